using Parley.Entities;
using Parley.Model;

namespace Parley.Events;

public static class EventLayers
{
    public static readonly LayerKey<CodedEvent> Events = new("events");

    /// <summary>
    /// The mentions event coding took actors from, in text order: coreferent mentions with an actor, country adjectives of
    /// ordinary nouns ("tariffs on Chinese goods") and titled people placed by the story's country. Kept in memory only, so
    /// that later stages (stances) see the same actors as the events.
    /// </summary>
    public static readonly LayerKey<Mention> ActorMentions = new("event_actor_mentions", stored: false);
}
