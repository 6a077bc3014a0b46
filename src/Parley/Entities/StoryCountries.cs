namespace Parley.Entities;

/// <summary>
/// The countries a story mentions: the set (for "the North", which needs a Korea in the story),
/// the focus (the most mentioned, for "the government"), and the country a description such as
/// "the country" or "the repressive nation" most likely stands for at a given point.
/// </summary>
internal sealed class StoryCountries
{
    /// <summary>A country named outright weighs this much more than one inside a title ("South Korean President").</summary>
    private const double NamedWeight = 2.0;

    /// <summary>
    /// The country codes of people who serve no state (a UN secretary-general is IGO): no country of the story, so "the
    /// government" never stands for theirs ("Annan sent his condolences to the government and people of Pakistan").
    /// </summary>
    private static readonly HashSet<string> NonStates = new(["IGO", "NGO"], StringComparer.Ordinal);

    public StoryCountries(string text, IReadOnlyList<MentionCandidate> candidates)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.Country is { Length: 3 } code && c.Nominal is null && !NonStates.Contains(code))
            {
                counts[code] = counts.GetValueOrDefault(code) + 1;
                if (!c.IsLoneSurname(text))
                {
                    NamedApartFromSurnames.Add(code);
                }
            }
        }

        Codes = counts.Keys.ToHashSet(StringComparer.Ordinal);
        Focus = counts.OrderByDescending(p => p.Value).Select(p => p.Key).FirstOrDefault();
    }

    public HashSet<string> Codes { get; }

    /// <summary>
    /// The countries the story names other than through the known person a lone surname was read as ("Mr Howard" read as John
    /// Howard names no Australia).
    /// </summary>
    public HashSet<string> NamedApartFromSurnames { get; } = new(StringComparer.Ordinal);

    public string? Focus { get; }

    /// <summary>
    /// The country mentioned most, and most recently, in the last sentences before
    /// <paramref name="index"/>, leaving out the country of the sentence's own subject: "Trump
    /// … didn't rule out easing shortages in the repressive nation" is not about his own.
    /// </summary>
    public static string? RecentCountry(IReadOnlyList<MentionCandidate> candidates, IReadOnlyList<TrackedEntity?> entities, int index)
    {
        var sentence = candidates[index].Sentence;
        string? subjectCountry = null;
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var k = index - 1; k >= 0 && sentence - candidates[k].Sentence <= EntityTracker.LookBackSentences; k--)
        {
            var c = candidates[k];
            var code = entities[k]?.Actor?.Country ?? c.Country;
            if (c.Sentence == sentence && c.IsSubject)
            {
                subjectCountry = code;
            }

            if (code is null || c.Type == MentionType.Location || c.Form == MentionForm.Pronoun)
            {
                continue;
            }

            var weight = c.Type is MentionType.Country or MentionType.Organization ? NamedWeight : 1.0;
            scores[code] = scores.GetValueOrDefault(code) + (weight / (1 << (sentence - c.Sentence)));
        }

        return scores.Where(p => p.Key != subjectCountry).OrderByDescending(p => p.Value).Select(p => p.Key).FirstOrDefault();
    }
}
