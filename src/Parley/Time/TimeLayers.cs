using Parley.Model;

namespace Parley.Time;

public static class TimeLayers
{
    public static readonly LayerKey<Timex> Timexes = new("timexes");
}
