using Parley.Entities;
using Parley.Knowledge;

namespace Parley.Events;

/// <summary>
/// Codes each event's actors and place by the state their territory belonged to on the article's date
/// (<see cref="KnowledgeBase.StateOn"/>): "Sudanese rebels shelled Juba" in 1996 happened in Sudan, and "Kosovo
/// Albanians" of 1998 are Yugoslavia's (Serbia's), as the CAMEO dictionaries date-restrict these codes.
/// </summary>
internal static class TerritoryStates
{
    public static void Apply(List<CodedEvent> events, DateOnly? published, KnowledgeBase knowledge)
    {
        if (published is null)
        {
            return;
        }

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var source = OnDate(e.Source, published, knowledge);
            var target = e.Target is null ? null : OnDate(e.Target, published, knowledge);
            var location = e.Location is { Country: { } place } && knowledge.StateOn(place, published) is var state && state != place
                ? e.Location with { Country = state }
                : e.Location;
            if (!ReferenceEquals(source, e.Source) || !ReferenceEquals(target, e.Target) || !ReferenceEquals(location, e.Location))
            {
                events[i] = e with { Source = source, Target = target, Location = location };
            }
        }
    }

    private static Actor OnDate(Actor actor, DateOnly? published, KnowledgeBase knowledge)
    {
        if (actor.Country is not { } territory || knowledge.StateOn(territory, published) is var state && state == territory)
        {
            return actor;
        }

        var code = actor.Code.StartsWith(territory, StringComparison.Ordinal) ? state + actor.Code[territory.Length..] : actor.Code;
        var name = actor.Name is not null && actor.Name == knowledge.Country(territory)?.Name ? knowledge.Country(state)?.Name : actor.Name;
        return actor with { Code = code, Country = state, Name = name };
    }
}
