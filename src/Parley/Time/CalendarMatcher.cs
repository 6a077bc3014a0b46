namespace Parley.Time;

/// <summary>
/// Absolute and name-based dates: "Feb. 27-28", "March 5, 2019", "5 March 2019", "2019-02-27",
/// "June", "June 2018", "Wednesday", "Friday morning", "summer 2018"; bare years and decades
/// ("1990", "1950-53", "the 1990s") through <see cref="YearMatcher"/>.
/// </summary>
internal static class CalendarMatcher
{
    public static TimexMatch? Match(TokenView v, int i)
    {
        if (v.IsNumber(i))
        {
            return MatchIso(v, i) ?? MatchDayMonth(v, i) ?? YearMatcher.MatchYear(v, i);
        }

        if (v.IsPunct(i, '\'') || v.IsPunct(i, '\u2019'))
        {
            return YearMatcher.MatchShortDecade(v, i);
        }

        var e = v.Lex(i);
        if (e is null)
        {
            return null;
        }

        if (e.Weekday > 0)
        {
            return MatchWeekday(v, i, e);
        }

        if (e.Month > 0)
        {
            return MatchMonth(v, i, e);
        }

        return e.Season is not null ? MatchSeason(v, i, e.Season, relative: null) : null;
    }

    /// <summary>"Month [.] [day[-day]] [,] [year]", or a month alone when it is clearly a month.</summary>
    public static TimexMatch? MatchMonth(TokenView v, int i, LexEntry e)
    {
        var j = i + 1;
        var abbreviation = v[i].Length <= 4 && !v.Is(i, "june") && !v.Is(i, "july") && !v.Is(i, "may");
        if (abbreviation && v.IsPunct(j, '.') && v.TouchesNext(i))
        {
            j++;
        }

        if (e.Ambiguous && !v.IsCapitalized(i))
        {
            return null;
        }

        if (abbreviation && e.Ambiguous && j == i + 1)
        {
            return null; // "Mar", "Sun" without a period are words
        }

        if (TryDay(v, j, out var day, out var afterDay))
        {
            var parse = new TimexParse(ParseKind.Calendar) { Month = e.Month, Day = day };
            j = afterDay;
            if (v.IsHyphen(j) && TryDay(v, j + 1, out var endDay, out var afterEnd) && endDay > day)
            {
                parse = parse with { EndMonth = e.Month, EndDay = endDay };
                j = afterEnd;
            }

            var k = v.IsPunct(j, ',') ? j + 1 : j;
            if (YearMatcher.IsYear(v, k))
            {
                parse = parse with { Year = v.Number(k), EndYear = parse.EndDay is null ? null : v.Number(k) };
                j = k + 1;
            }

            return new TimexMatch(i, j, parse);
        }

        var y = v.IsPunct(j, ',') ? j + 1 : v.Is(j, "of") ? j + 1 : j;
        if (YearMatcher.TryYear(v, y, out var monthYear, out var afterYear))
        {
            return new TimexMatch(i, afterYear, new TimexParse(ParseKind.Calendar) { Month = e.Month, Year = monthYear });
        }

        if (v.Lex(j) is { RelativeOffset: { } rel } && v.Is(j + 1, "year"))
        {
            return new TimexMatch(i, j + 2, new TimexParse(ParseKind.Calendar) { Month = e.Month, YearOffset = rel });
        }

        // "Jan" without a period, day or year is more often a name than a month.
        if (abbreviation && j == i + 1)
        {
            return null;
        }

        if (e.Ambiguous && !MonthContext(v, i))
        {
            return null;
        }

        return new TimexMatch(i, j, new TimexParse(ParseKind.Calendar) { Month = e.Month });
    }

    public static TimexMatch? MatchSeason(TokenView v, int i, string season, int? relative)
    {
        var j = i + 1;
        var y = v.Is(j, "of") ? j + 1 : j;
        if (YearMatcher.TryYear(v, y, out var year, out var afterYear))
        {
            return new TimexMatch(i, afterYear, new TimexParse(ParseKind.Calendar) { Season = season, Year = year });
        }

        // A bare season word is often a verb or noun ("fall", "spring"): only after a time preposition.
        if (relative is null && !SeasonContext(v, i))
        {
            return null;
        }

        return new TimexMatch(i, j, new TimexParse(ParseKind.Calendar) { Season = season, Relative = relative });
    }

    public static TimexMatch? MatchWeekday(TokenView v, int i, LexEntry e)
    {
        if (e.Ambiguous && !(v.IsCapitalized(i) && v.IsPunct(i + 1, '.')))
        {
            return null;
        }

        var j = i + 1;
        if (v.IsPunct(j, '.') && v[i].Length <= 5)
        {
            j++;
        }

        // "Wednesday, March 5": the date carries the meaning.
        var k = v.IsPunct(j, ',') ? j + 1 : j;
        if (v.Lex(k) is { Month: > 0 } m && MatchMonth(v, k, m) is { Parse.Day: not null } date)
        {
            return new TimexMatch(i, date.EndToken, date.Parse);
        }

        var parse = new TimexParse(ParseKind.Weekday) { Weekday = e.Weekday };
        if (v.Lex(j) is { PartOfDay: { } pod } && pod.Length == 2)
        {
            parse = parse with { PartOfDay = pod };
            j++;
        }

        return new TimexMatch(i, j, parse);
    }

    /// <summary>"5 March 2019", "5 March".</summary>
    private static TimexMatch? MatchDayMonth(TokenView v, int i)
    {
        if (!TryDay(v, i, out var day, out var j) || v.Lex(j) is not { Month: > 0 } m || (m.Ambiguous && !v.IsCapitalized(j)))
        {
            return null;
        }

        j++;
        if (v.IsPunct(j, '.') && v.TouchesNext(j - 1))
        {
            j++;
        }

        var y = v.IsPunct(j, ',') ? j + 1 : j;
        return YearMatcher.IsYear(v, y)
            ? new TimexMatch(i, y + 1, new TimexParse(ParseKind.Calendar) { Day = day, Month = m.Month, Year = v.Number(y) })
            : new TimexMatch(i, j, new TimexParse(ParseKind.Calendar) { Day = day, Month = m.Month });
    }

    /// <summary>"2019-02-27" and "2/27/2019" (US order).</summary>
    private static TimexMatch? MatchIso(TokenView v, int i)
    {
        if (v.DigitCount(i) == 4 && v.IsHyphen(i + 1) && v.IsNumber(i + 2) && v.IsHyphen(i + 3) && v.IsNumber(i + 4)
            && v.TouchesNext(i) && v.TouchesNext(i + 1) && v.TouchesNext(i + 2) && v.TouchesNext(i + 3)
            && ValidDate(v.Number(i), v.Number(i + 2), v.Number(i + 4)))
        {
            return new TimexMatch(i, i + 5, new TimexParse(ParseKind.Calendar) { Year = v.Number(i), Month = v.Number(i + 2), Day = v.Number(i + 4) });
        }

        if (v.IsPunct(i + 1, '/') && v.IsNumber(i + 2) && v.IsPunct(i + 3, '/') && v.IsNumber(i + 4) && v.DigitCount(i + 4) == 4
            && v.TouchesNext(i) && v.TouchesNext(i + 1) && v.TouchesNext(i + 2) && v.TouchesNext(i + 3)
            && ValidDate(v.Number(i + 4), v.Number(i), v.Number(i + 2)))
        {
            return new TimexMatch(i, i + 5, new TimexParse(ParseKind.Calendar) { Year = v.Number(i + 4), Month = v.Number(i), Day = v.Number(i + 2) });
        }

        return null;
    }

    private static bool TryDay(TokenView v, int i, out int day, out int end)
    {
        day = 0;
        end = i;
        if (!v.IsNumber(i) || v.DigitCount(i) > 2 || v.Number(i) is < 1 or > 31)
        {
            return false;
        }

        day = v.Number(i);
        end = i + 1;

        // "5th", "21st"
        if (v.TouchesNext(i) && (v.Is(end, "th") || v.Is(end, "st") || v.Is(end, "nd") || v.Is(end, "rd")))
        {
            end++;
        }
        else if (v.TouchesNext(i) && v.IsWord(end))
        {
            return false; // "5pm" and the like
        }

        return !((v.IsPunct(end, ':') || v.IsPunct(end, '.')) && v.TouchesNext(end) && v.IsNumber(end + 1));
    }

    private static bool ValidDate(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), m);

    private static bool MonthContext(TokenView v, int i) =>
        v.Is(i - 1, "in") || v.Is(i - 1, "since") || v.Is(i - 1, "until") || v.Is(i - 1, "by") || v.Is(i - 1, "of")
        || v.Is(i - 1, "early") || v.Is(i - 1, "late") || v.Is(i - 1, "mid") || v.Is(i - 1, "last") || v.Is(i - 1, "next")
        || v.Is(i - 1, "this") || v.Is(i - 1, "through") || v.Is(i - 1, "from") || v.Is(i - 1, "during");

    private static bool SeasonContext(TokenView v, int i)
    {
        var p = v.Is(i - 1, "the") ? i - 2 : i - 1;
        return v.Is(p, "in") || v.Is(p, "during") || v.Is(p, "since") || v.Is(p, "until") || v.Is(p, "by")
            || v.Is(p, "early") || v.Is(p, "late") || v.Is(p, "mid") || v.Is(p, "over") || v.Is(p, "through") || v.Is(p, "this") || v.Is(p, "into");
    }
}
