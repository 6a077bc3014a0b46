namespace Parley.Clean;

/// <summary>
/// Reads credit lines ("Reporting by A in CITY and B; additional reporting by C; Editing by D",
/// "X contributed to this report") and bylines ("By A and B, Agency") into people with roles and
/// places. A block is a credit line only if every part of it parses as one: a story sentence
/// that begins "Reporting by the committee found…" fails on its names and stays in the body.
/// </summary>
internal static class CreditLineReader
{
    /// <summary>Credit lines are one or two sentences.</summary>
    private const int MaxCreditWords = 80;

    /// <summary>A byline names a few people and perhaps an agency.</summary>
    private const int MaxBylineWords = 14;

    /// <summary>Personal names rarely have more than five parts ("Maria del Carmen de la Cruz" aside).</summary>
    private const int MaxNameTokens = 5;

    private const int MaxPlaceTokens = 4;

    private static readonly string[] NameParticles = ["de", "da", "del", "der", "van", "von", "al", "al-", "bin", "el", "le", "la", "di", "du", "dos", "y", "ibn"];

    public static List<CreditedPerson>? TryReadCreditLine(TextUnit unit, CleaningCues cues)
    {
        if (unit.WordCount > MaxCreditWords)
        {
            return null;
        }

        var text = Unwrap(unit.Text);
        var folded = CueText.Fold(text);
        var openers = FindOpeners(folded, cues);
        if (openers.Count == 0)
        {
            return ReadContributed(text, folded, cues);
        }

        if (folded[..openers[0].At].Any(char.IsLetterOrDigit))
        {
            return null;
        }

        var people = new List<CreditedPerson>();
        for (var k = 0; k < openers.Count; k++)
        {
            var from = openers[k].At + openers[k].Length;
            var to = k + 1 < openers.Count ? openers[k + 1].At : text.Length;
            var names = text[from..to].Trim().Trim(';', ',', '.', ' ');
            if (!TryReadNames(names, openers[k].Role, people))
            {
                return null;
            }
        }

        return people.Count > 0 ? people : null;
    }

    public static List<CreditedPerson>? TryReadByline(TextUnit unit, CleaningCues cues)
    {
        if (unit.WordCount > MaxBylineWords)
        {
            return null;
        }

        foreach (var phrase in cues.BylinePhrases)
        {
            if (!unit.Folded.StartsWith(phrase + " ", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = unit.Text[(phrase.Length + 1)..];
            var end = rest.IndexOfAny([',', '|', '(']);
            var dash = rest.IndexOf(" - ", StringComparison.Ordinal);
            end = end < 0 ? dash : dash < 0 ? end : Math.Min(end, dash);
            var names = (end < 0 ? rest : rest[..end]).Trim();
            var people = new List<CreditedPerson>();
            return TryReadNames(names, CreditRole.Byline, people) ? people : null;
        }

        return null;
    }

    private static List<CreditedPerson>? ReadContributed(string text, string folded, CleaningCues cues)
    {
        foreach (var phrase in cues.ContributedPhrases)
        {
            var at = folded.IndexOf(" " + phrase, StringComparison.Ordinal);
            if (at < 0 || folded[(at + phrase.Length + 1)..].Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var before = text[..at];
            var beforeFolded = folded[..at];
            foreach (var descriptor in cues.CreditDescriptors)
            {
                var d = beforeFolded.LastIndexOf(" " + descriptor + " ", StringComparison.Ordinal);
                if (d >= 0)
                {
                    before = text[(d + descriptor.Length + 2)..at];
                    break;
                }
            }

            var people = new List<CreditedPerson>();
            return TryReadNames(before.Trim(), CreditRole.AdditionalReporter, people) ? people : null;
        }

        return null;
    }

    private static List<(int At, int Length, CreditRole Role)> FindOpeners(string folded, CleaningCues cues)
    {
        var found = new List<(int At, int Length, CreditRole Role)>();
        foreach (var (phrase, role) in cues.CreditOpeners)
        {
            var from = 0;
            int at;
            while ((at = folded.IndexOf(phrase, from, StringComparison.Ordinal)) >= 0)
            {
                from = at + phrase.Length;
                var boundedLeft = at == 0 || !char.IsLetter(folded[at - 1]);
                var boundedRight = from < folded.Length && folded[from] == ' ';
                if (boundedLeft && boundedRight && !found.Any(f => at < f.At + f.Length && f.At < from))
                {
                    found.Add((at, phrase.Length, role));
                }
            }
        }

        found.Sort((a, b) => a.At.CompareTo(b.At));
        return found;
    }

    /// <summary>"A in X and B, C in Y": a place applies to the names listed before it without one.</summary>
    private static bool TryReadNames(string list, CreditRole role, List<CreditedPerson> people)
    {
        var items = list.Replace(" & ", ", ", StringComparison.Ordinal)
            .Replace(", and ", ", ", StringComparison.Ordinal)
            .Replace(" and ", ", ", StringComparison.Ordinal)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length == 0)
        {
            return false;
        }

        var parsed = new List<(string Name, string? Place)>();
        foreach (var item in items)
        {
            var inAt = item.LastIndexOf(" in ", StringComparison.Ordinal);
            var name = inAt < 0 ? item : item[..inAt].Trim();
            var place = inAt < 0 ? null : item[(inAt + 4)..].Trim();
            if (!IsName(name, MaxNameTokens) || (place is not null && !IsName(place, MaxPlaceTokens)))
            {
                return false;
            }

            parsed.Add((name, place));
        }

        string? carried = null;
        var withPlaces = new string?[parsed.Count];
        for (var i = parsed.Count - 1; i >= 0; i--)
        {
            carried = parsed[i].Place ?? carried;
            withPlaces[i] = carried;
        }

        for (var i = 0; i < parsed.Count; i++)
        {
            people.Add(new CreditedPerson(parsed[i].Name, role, withPlaces[i]));
        }

        return true;
    }

    private static bool IsName(string text, int maxTokens)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length >= 1 && tokens.Length <= maxTokens
            && char.IsUpper(tokens[0][0]) && char.IsUpper(tokens[^1][0])
            && tokens.All(t => char.IsUpper(t[0]) || NameParticles.Contains(t, StringComparer.Ordinal))
            && tokens.All(t => t.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'));
    }

    private static string Unwrap(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        return trimmed.StartsWith('(') && trimmed.EndsWith(')') ? trimmed[1..^1].Trim() : trimmed;
    }
}
