using Parley.Model;

namespace Parley.Stances;

public static class StanceLayers
{
    public static readonly LayerKey<Stance> Stances = new("stances");
}
