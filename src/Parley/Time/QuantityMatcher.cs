namespace Parley.Time;

/// <summary>
/// Quantities of calendar units: durations ("three days", "two and a half days", "five-year", "24 hours"),
/// shifts ("two years ago", "a year earlier", "three days from now") and vague plurals after a cue
/// ("for years", "months ago").
/// </summary>
internal static class QuantityMatcher
{
    private static readonly string[] DurationFollowers = ["later", "ago", "earlier", "before", "after", "or", "and", "of", "to", "in", "for", "on", "at", "the"];

    private static bool IsDurationFollower(TokenView v, int i) => DurationFollowers.Any(word => v.Is(i, word));

    public static TimexMatch? Match(TokenView v, int i)
    {
        if (v.Lex(i) is { Unit: { } bareUnit } && IsPlural(v, i))
        {
            return MatchBarePlural(v, i, bareUnit);
        }

        if (!NumberReader.TryRead(v, i, allowArticle: true, out var amount, out var j))
        {
            return null;
        }

        var hyphenated = v.IsHyphen(j) && v.TouchesNext(j - 1) && v.TouchesNext(j);
        var u = hyphenated ? j + 1 : j;
        if (v.Is(u, "more") || v.Is(u, "full") || v.Is(u, "straight") || v.Is(u, "consecutive"))
        {
            u++;
        }

        if (v.Lex(u) is not { Unit: { } unit } || (unit == "D" && v.Is(u, "night") && !hyphenated))
        {
            return null;
        }

        // "the 1988 second quarter": "second" is an ordinal unless it counts one second.
        if (unit == "S" && v.Is(u, "second") && amount != 1)
        {
            return null;
        }

        // "a second summit": before a noun, "second" is the ordinal. Only a following particle or
        // shift word ("a second later", "a second or two") keeps it a duration.
        if (unit == "S" && v.Is(u, "second") && v.IsWord(u + 1) && !IsDurationFollower(v, u + 1))
        {
            return null;
        }

        // "a year-earlier loss" is the period a year before, not a quantity.
        if (v.IsHyphen(u + 1) && v.TouchesNext(u) && (v.Is(u + 2, "earlier") || v.Is(u + 2, "ago")))
        {
            return null;
        }

        // "37 years old" is an age, "three-quarters" a fraction, "700 seats a week" a rate; but
        // "from $93 million a year earlier" is a shift, whatever number stands before it.
        var isRate = v.Is(i, "a") && (v.IsNumber(i - 1) || v.IsNumber(i - 2) || v.IsPunct(i - 1, '%')) && !TryShift(v, u + 1, out _, out _);
        if (v.Is(u + 1, "old") || (unit == "Q" && hyphenated) || isRate)
        {
            return null;
        }

        // "a day" is fine, "a days" is not; plural units need a plural quantity.
        if (IsPlural(v, u) && !double.IsNaN(amount) && amount <= 1 && !hyphenated)
        {
            return null;
        }

        if (!IsPlural(v, u) && double.IsNaN(amount))
        {
            return null;
        }

        // A bare article is only a quantity in clearly temporal uses ("a week", "an hour"), not "a day care".
        var end = u + 1;
        if (!hyphenated && TryShift(v, end, out var direction, out var afterShift))
        {
            if (double.IsNaN(amount))
            {
                return new TimexMatch(i, afterShift, Vague(unit));
            }

            return new TimexMatch(i, afterShift, new TimexParse(ParseKind.Shift) { Unit = unit, Amount = amount, Direction = direction });
        }

        if (hyphenated && v.IsHyphen(end) && v.Is(end + 1, "old"))
        {
            return null; // "a 6-year-old": an age, which TimeML does not tag
        }

        return new TimexMatch(i, end, new TimexParse(ParseKind.Duration) { Unit = unit, Amount = amount });
    }

    public static TimexParse Vague(string unit) => new(ParseKind.Duration) { Unit = unit, Amount = double.NaN };

    /// <summary>"ago", "earlier", "later", "before", "after", "from now" after a quantity.</summary>
    public static bool TryShift(TokenView v, int i, out int direction, out int end)
    {
        end = i + 1;
        direction = 0;
        if (v.Is(i, "ago") || v.Is(i, "earlier"))
        {
            direction = -1;
        }
        else if (v.Is(i, "later"))
        {
            direction = 1;
        }
        else if (v.Is(i, "from") && v.Is(i + 1, "now"))
        {
            direction = 1;
            end = i + 2;
        }

        return direction != 0;
    }

    /// <summary>"years", "months ago", "for decades": a vague duration, only where the context says it is one.</summary>
    private static TimexMatch? MatchBarePlural(TokenView v, int i, string unit)
    {
        if (unit is "WE")
        {
            return null;
        }

        if (TryShift(v, i + 1, out _, out var end) || v.Is(i + 1, "before") || v.Is(i + 1, "after"))
        {
            return new TimexMatch(i, TryShift(v, i + 1, out _, out _) ? end : i + 1, Vague(unit));
        }

        var p = i - 1;
        if (v.Is(p, "for") || v.Is(p, "in") || v.Is(p, "over") || v.Is(p, "within") || v.Is(p, "after") || v.Is(p, "took") || v.Is(p, "take"))
        {
            // "in years" must not steal "in years past"; "for years to come" is still a duration.
            return new TimexMatch(i, i + 1, Vague(unit));
        }

        return null;
    }

    private static bool IsPlural(TokenView v, int i)
    {
        var s = v.Span(i);
        return s.Length > 2 && (s[^1] == 's' || s[^1] == 'S') || s.Equals("centuries", StringComparison.OrdinalIgnoreCase);
    }
}
