namespace Parley.Time;

/// <summary>
/// Years and decades in digits: "1990", "1950-53", "1998-1999", "1990s", "'90s", "2019 first quarter";
/// and the year after a month or season name, in digits or in words ("March 1994", "spring of nineteen ninety").
/// </summary>
internal static class YearMatcher
{
    private const int MinYear = 1000;
    private const int MaxYear = 2199;

    /// <summary>"1990", "1950-53", "1998-1999", "1990s".</summary>
    public static TimexMatch? MatchYear(TokenView v, int i)
    {
        if (!IsYear(v, i) || v.IsPunct(i - 1, '$') || v.IsPunct(i + 1, '%') || v.IsPunct(i - 1, '.') || v.IsPunct(i - 1, ','))
        {
            return null;
        }

        // "closed at 2082.1": a decimal, not a year.
        if ((v.IsPunct(i + 1, '.') || v.IsPunct(i + 1, ',')) && v.TouchesNext(i) && v.TouchesNext(i + 1) && v.IsNumber(i + 2))
        {
            return null;
        }

        var year = v.Number(i);
        if (v.Is(i + 1, "s") && v.TouchesNext(i) && year % 10 == 0)
        {
            return new TimexMatch(i, i + 2, new TimexParse(ParseKind.Calendar) { Decade = year / 10 });
        }

        if (v.Lex(i + 1) is { Ordinal: > 0 and <= 4 } ord && (v.Is(i + 2, "quarter") || (v.Is(i + 2, "half") && ord.Ordinal <= 2)))
        {
            var parse = v.Is(i + 2, "quarter")
                ? new TimexParse(ParseKind.Calendar) { Year = year, Quarter = ord.Ordinal }
                : new TimexParse(ParseKind.Calendar) { Year = year, Half = ord.Ordinal };
            return new TimexMatch(i, i + 3, parse);
        }

        if (v.IsHyphen(i + 1) && v.IsNumber(i + 2) && v.TouchesNext(i) && v.TouchesNext(i + 1))
        {
            var endYear = v.DigitCount(i + 2) == 2 ? (year / 100 * 100) + v.Number(i + 2) : v.DigitCount(i + 2) == 4 ? v.Number(i + 2) : -1;
            if (endYear > year && endYear - year < 100)
            {
                return new TimexMatch(i, i + 3, new TimexParse(ParseKind.Calendar) { Year = year, EndYear = endYear });
            }

            return null;
        }

        // Digits glued to letters ("1990s" handled above, "2000mAh") or more digits are not years.
        if (v.TouchesNext(i) && (v.IsWord(i + 1) || v.IsNumber(i + 1)))
        {
            return null;
        }

        return YearNumberFollows(v, i) ? null : new TimexMatch(i, i + 1, new TimexParse(ParseKind.Calendar) { Year = year });
    }

    /// <summary>"'90s".</summary>
    public static TimexMatch? MatchShortDecade(TokenView v, int i)
    {
        if (!v.TouchesNext(i) || !v.IsNumber(i + 1) || v.DigitCount(i + 1) != 2 || !v.Is(i + 2, "s") || !v.TouchesNext(i + 1) || v.Number(i + 1) % 10 != 0)
        {
            return null;
        }

        var two = v.Number(i + 1);
        var century = two >= 30 ? 190 : 200;
        return new TimexMatch(i, i + 3, new TimexParse(ParseKind.Calendar) { Decade = century + (two / 10) });
    }

    /// <summary>A year in digits ("1994") or in words ("nineteen ninety-four").</summary>
    public static bool TryYear(TokenView v, int i, out int year, out int end)
    {
        if (IsYear(v, i))
        {
            year = v.Number(i);
            end = i + 1;
            return true;
        }

        var spoken = v.IsWord(i) ? SpokenYearMatcher.Match(v, i) : null;
        year = spoken?.Parse.Year ?? 0;
        end = spoken?.EndToken ?? i;
        return spoken is not null && year > 0;
    }

    public static bool IsYear(TokenView v, int i) =>
        v.IsNumber(i) && v.DigitCount(i) == 4 && v.Number(i) is >= MinYear and <= MaxYear;

    /// <summary>A year followed by a unit or more numbers is a count ("1990 people" is rare; "2000 years" is a duration).</summary>
    private static bool YearNumberFollows(TokenView v, int i) => v.Lex(i + 1) is { Unit: not null };
}
