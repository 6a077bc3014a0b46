using Parley.Entities;
using Parley.Knowledge;

namespace Parley.Events;

/// <summary>
/// Two nationality words in a row name one community, not two parties: "Bosnian Serbs", "Croatian Serb refugees" are people
/// living in the first word's country, and "Bosnian Serb leaders" are that country's (BIHGOV), never Bosnia acting on
/// Serbia's government. A demonym of citizenship after an adjective of origin ("Greek Cypriot leaders",
/// <c>events/citizen-demonyms.txt</c>) names the community's country instead.
/// </summary>
internal static class ResidentPeoples
{
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> CitizenDemonyms =
        new(() => DataFiles.ReadWordLookup("events/citizen-demonyms.txt"));

    /// <summary>The mentions with each community of two nationality words made one mention of its country.</summary>
    public static Mention[] Merge(string text, Mention[] mentions)
    {
        var kept = new List<Mention>(mentions.Length);
        for (var i = 0; i < mentions.Length; i++)
        {
            var people = mentions[i];
            var origin = kept.Count > 0 ? kept[^1] : null;
            if (origin is null || !IsCommunity(text, origin, people))
            {
                kept.Add(people);
                continue;
            }

            if (CitizenDemonyms.Value.Contains(FirstWord(text, people)))
            {
                kept[^1] = people; // "Greek Cypriot leaders": Cyprus's
            }
            else if (people.Actor!.Role is { } role)
            {
                var country = origin.Actor!.Country!;
                kept[^1] = people with { Span = new(origin.Span.Start, people.Span.End), Actor = people.Actor with { Code = country + role, Name = origin.Actor.Name, Country = country } };
            }

            // else "Bosnian Serbs": the people is dropped, its place's country stays.
        }

        return [.. kept];
    }

    /// <summary>
    /// A people right after another country's bare name or adjective, with only spaces between: named by its name ("Serbs") or
    /// with a role ("Serb leaders").
    /// </summary>
    private static bool IsCommunity(string text, Mention origin, Mention people) =>
        origin is { Actor: { Role: null, Country: not null }, Form: MentionForm.Name }
        && people.Actor is { Country: not null } && (people is { Type: MentionType.Group, Form: MentionForm.Name } || people.Actor.Role is not null)
        && origin.Actor.Country != people.Actor.Country && origin.Span.End < people.Span.Start
        && text.AsSpan(origin.Span.End, people.Span.Start - origin.Span.End).IsWhiteSpace();

    private static ReadOnlySpan<char> FirstWord(string text, Mention mention)
    {
        var words = text.AsSpan(mention.Span.Start, mention.Span.Length);
        var space = words.IndexOf(' ');
        return space < 0 ? words : words[..space];
    }
}
