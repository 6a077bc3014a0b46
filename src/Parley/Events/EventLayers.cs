using Parley.Model;

namespace Parley.Events;

public static class EventLayers
{
    public static readonly LayerKey<CodedEvent> Events = new("events");
}
