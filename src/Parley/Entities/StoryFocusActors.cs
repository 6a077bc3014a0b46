namespace Parley.Entities;

/// <summary>
/// Actors for titled people and role groups that name no country ("President Yoweri Museveni",
/// "court sources", "the military") when the knowledge files do not know them: news about an
/// unnamed country's office-holders is most often about the country the story names most, so
/// they take that country with their title's role, at a lower confidence.
/// </summary>
public static class StoryFocusActors
{
    /// <summary>A guessed country is right less often than a named one.</summary>
    private const double GuessConfidence = 0.5;

    /// <summary>The word that marks a demonym as an ethnic group rather than a nation ("ethnic Albanians").</summary>
    private const string EthnicWord = "ethnic";

    /// <summary>
    /// The mentions of <paramref name="mentions"/> without an actor whose candidate has a role but no
    /// country nor possessor ("its troops" belong to the possessor's country), as mentions with an actor of the story's focus country; none when the story names no country.
    /// </summary>
    public static List<Mention> Guess(IReadOnlyList<Mention> mentions, IReadOnlyList<MentionCandidate> candidates, IReadOnlyList<Mention> modifiers, ActorResolver resolver)
    {
        if (Focus(mentions, candidates, modifiers, null) is not { } focus)
        {
            return [];
        }

        var roles = new Dictionary<(int, int), MentionCandidate>();
        foreach (var c in candidates)
        {
            if (c.Role is not null && c.Country is null && c.Actor is null && c.Possessor is null && c.Type is MentionType.Person or MentionType.Group)
            {
                roles.TryAdd((c.Span.Start, c.Span.End), c);
            }
        }

        var guessed = new List<Mention>();
        foreach (var m in mentions)
        {
            if (m.Actor is null && roles.TryGetValue((m.Span.Start, m.Span.End), out var c))
            {
                guessed.Add(m with { Actor = resolver.ForCountry(focus, c.Former ? "ELI" : c.Role) with { Confidence = GuessConfidence } });
            }
        }

        return guessed;
    }

    /// <summary>
    /// "Ethnic Albanians … near Macedonia's border", "ethnic Turks … Sweden's decision": an ethnic group is
    /// coded by the country it lives in, the story's focus other than its own, with all its coreferent
    /// mentions; the mentions are returned with those actors replaced.
    /// </summary>
    public static List<Mention> Resettle(string text, IReadOnlyList<Mention> mentions, IReadOnlyList<MentionCandidate> candidates, IReadOnlyList<Mention> modifiers, ActorResolver resolver)
    {
        var result = mentions.ToList();
        foreach (var m in mentions)
        {
            // "ethnic Indian activists" keep their role in the country they live in; "ethnic Serb police" serve a state, whose they are.
            if (m.Actor is not { Country: { } own } named || !(named.Role is null ? m.Type == MentionType.Group && m.Form == MentionForm.Name : !Actor.IsStateRole(named.Role))
                || !AfterWord(text, m.Span.Start, EthnicWord) || Focus(mentions, candidates, modifiers, own) is not { } home)
            {
                continue;
            }

            var actor = resolver.ForCountry(home, named.Role) with { Confidence = GuessConfidence };
            for (var i = 0; i < result.Count; i++)
            {
                if (result[i].Entity == m.Entity && result[i].Actor?.Country == own)
                {
                    result[i] = result[i] with { Actor = actor };
                }
            }
        }

        return result;
    }

    private static bool AfterWord(string text, int start, string word)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        return before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)]));
    }

    /// <summary>The country named most often (by name, adjective, place or actor) apart from <paramref name="exclude"/>, the first named on a tie.</summary>
    private static string? Focus(IReadOnlyList<Mention> mentions, IReadOnlyList<MentionCandidate> candidates, IReadOnlyList<Mention> modifiers, string? exclude)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        void Count(string? code, int at)
        {
            if (code is { Length: 3 } && code != exclude)
            {
                var (n, first) = counts.GetValueOrDefault(code, (0, at));
                counts[code] = (n + 1, Math.Min(first, at));
            }
        }

        foreach (var m in mentions)
        {
            if (m.Form != MentionForm.Pronoun)
            {
                Count(m.Actor?.Country, m.Span.Start);
            }
        }

        foreach (var c in candidates)
        {
            if (c.Type == MentionType.Location)
            {
                Count(c.Country, c.Span.Start);
            }
        }

        foreach (var m in modifiers)
        {
            Count(m.Actor?.Country, m.Span.Start);
        }

        return counts.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First).Select(p => p.Key).FirstOrDefault();
    }
}
