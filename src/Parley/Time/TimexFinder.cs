namespace Parley.Time;

/// <summary>
/// Finds time expressions in one left-to-right pass over the tokens: at each token the matchers are
/// tried and the longest match wins; extent words TimeML includes ("the", "early", "nearly",
/// "the end of") are taken in when what follows is of a kind that takes them.
/// </summary>
public sealed class TimexFinder
{
    /// <summary>How many extent words may stack before an expression ("the very end of", "the early").</summary>
    private const int MaxPrefixDepth = 3;

    internal TimexFinder(TimeLexicon lexicon)
    {
        Lexicon = lexicon;
    }

    public TimexFinder()
        : this(TimeLexicon.Default)
    {
    }

    internal TimeLexicon Lexicon { get; }

    internal List<TimexMatch> FindMatches(TokenView v)
    {
        var found = new List<TimexMatch>();
        var i = 0;
        while (i < v.Count)
        {
            if (MatchAt(v, i, MaxPrefixDepth) is { } m && m.EndToken > i)
            {
                found.Add(m);
                i = m.EndToken;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private TimexMatch? MatchAt(TokenView v, int i, int depth)
    {
        if (i >= v.Count)
        {
            return null;
        }

        var best = Core(v, i);
        if (depth == 0 || !v.IsWord(i))
        {
            return best;
        }

        if (v.Is(i, "the") && MatchAt(v, i + 1, depth - 1) is { } afterThe && TakesThe(afterThe.Parse))
        {
            best = Longer(best, afterThe.WithStart(i));
        }

        foreach (var prefix in Lexicon.Prefixes)
        {
            if (!StartsWith(v, i, prefix.Words))
            {
                continue;
            }

            var k = i + prefix.Words.Length;
            if (v.IsHyphen(k) && v.TouchesNext(k - 1))
            {
                k++; // "mid-1990s", "mid-afternoon"
            }

            if (prefix.BeforeQuantity && (v.Is(k, "the") || v.Lex(k)?.RelativeOffset is not null))
            {
                continue; // "over the past five years": "over" is a preposition here
            }

            if (MatchAt(v, k, depth - 1) is { } inner && (prefix.BeforeQuantity ? IsQuantity(inner.Parse) : IsPoint(inner.Parse)))
            {
                best = Longer(best, inner.WithStart(i, inner.Parse with { Mod = prefix.Mod ?? inner.Parse.Mod }));
                break;
            }
        }

        return best;
    }

    private static TimexMatch? Core(TokenView v, int i)
    {
        TimexMatch? best = null;
        best = Longer(best, ClockMatcher.Match(v, i));
        best = Longer(best, CalendarMatcher.Match(v, i));
        best = Longer(best, RelativeMatcher.Match(v, i));
        best = Longer(best, QuantityMatcher.Match(v, i));
        best = Longer(best, PhraseMatcher.Match(v, i));
        best = Longer(best, SpokenYearMatcher.Match(v, i));
        return best;
    }

    private static TimexMatch? Longer(TimexMatch? a, TimexMatch? b) =>
        a is null ? b : b is null ? a : b.Value.EndToken - b.Value.StartToken > a.Value.EndToken - a.Value.StartToken ? b : a;

    private static bool StartsWith(TokenView v, int i, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!v.Is(i + k, words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TakesThe(TimexParse p) => p.Kind switch
    {
        ParseKind.Calendar => p.Quarter is not null || p.Half is not null || p.Decade is not null || p.Century is not null || p.Season is not null,
        ParseKind.Duration => true,
        ParseKind.Weekday => p.Anaphoric, // "the previous Friday"
        ParseKind.RelativeUnit or ParseKind.YearAgoPeriod or ParseKind.ContextQuarter => true,
        _ => false,
    };

    private static bool IsQuantity(TimexParse p) => p.Kind is ParseKind.Duration or ParseKind.Shift;

    private static bool IsPoint(TimexParse p) =>
        p.Kind is ParseKind.Calendar or ParseKind.RelativeUnit or ParseKind.Weekday or ParseKind.DayOffset or ParseKind.ContextQuarter or ParseKind.Shift;
}
