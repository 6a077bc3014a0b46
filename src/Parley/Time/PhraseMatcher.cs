namespace Parley.Time;

/// <summary>
/// Word-led expressions with little structure: fixed phrases ("now", "recently", "the future"),
/// fixed-date holidays, day words ("today", "yesterday morning", "tonight"), frequencies
/// ("every week", "daily") and the period under discussion ("the quarter", "the year-ago quarter").
/// </summary>
internal static class PhraseMatcher
{
    public static TimexMatch? Match(TokenView v, int i)
    {
        if (!v.IsWord(i))
        {
            return null;
        }

        return MatchFixed(v, i) ?? MatchDayWord(v, i) ?? MatchSet(v, i) ?? MatchPeriod(v, i);
    }

    private static TimexMatch? MatchFixed(TokenView v, int i)
    {
        var phrases = v.Lexicon.PhrasesStartingWith(v.Span(i));
        if (phrases is null)
        {
            return null;
        }

        foreach (var p in phrases)
        {
            var ok = true;
            for (var k = 1; k < p.Words.Length && ok; k++)
            {
                ok = v.Is(i + k, p.Words[k]);
            }

            if (!ok)
            {
                continue;
            }

            var end = i + p.Words.Length;

            // "as soon as", "soon after": conjunctions, not times.
            if (v.Is(i, "soon") && (v.Is(i - 1, "as") || v.Is(end, "after")))
            {
                return null;
            }

            if (p.IsHoliday)
            {
                var month = int.Parse(p.Value.AsSpan(0, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
                var day = int.Parse(p.Value.AsSpan(3, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
                var parse = new TimexParse(ParseKind.Calendar) { Month = month, Day = day };
                return YearMatcher.IsYear(v, end) ? new TimexMatch(i, end + 1, parse with { Year = v.Number(end) }) : new TimexMatch(i, end, parse);
            }

            return new TimexMatch(i, end, new TimexParse(ParseKind.Fixed) { FixedValue = p.Value, FixedType = p.Type });
        }

        return null;
    }

    private static TimexMatch? MatchDayWord(TokenView v, int i)
    {
        // "afternoon yesterday", "(mid-)morning Friday"
        if (v.Lex(i) is { PartOfDay: { Length: 2 } part } && v.Lex(i + 1) is { } day && (day.DayWord is not null || (day.Weekday > 0 && !day.Ambiguous)))
        {
            var parse0 = day.DayWord is { } off
                ? new TimexParse(ParseKind.DayOffset) { DayOffset = off, PartOfDay = part }
                : new TimexParse(ParseKind.Weekday) { Weekday = day.Weekday, PartOfDay = part };
            return new TimexMatch(i, i + 2, parse0);
        }

        if (v.Lex(i) is not { DayWord: { } offset } e)
        {
            return null;
        }

        var parse = new TimexParse(ParseKind.DayOffset) { DayOffset = offset, PartOfDay = e.DayWordPart };
        if (e.DayWordPart is null && v.Lex(i + 1) is { PartOfDay: { Length: 2 } pod })
        {
            return new TimexMatch(i, i + 2, parse with { PartOfDay = pod });
        }

        return new TimexMatch(i, i + 1, parse);
    }

    private static TimexMatch? MatchSet(TokenView v, int i)
    {
        if (v.Lex(i) is { SetValue: { } value })
        {
            return new TimexMatch(i, i + 1, new TimexParse(ParseKind.Set) { FixedValue = value });
        }

        if (!v.Is(i, "every") && !v.Is(i, "each"))
        {
            return null;
        }

        var j = v.Is(i + 1, "other") ? i + 2 : i + 1;
        var step = j == i + 2 ? 2 : 1;
        if (NumberReader.TryRead(v, j, allowArticle: false, out var amount, out var afterNumber) && !double.IsNaN(amount) && v.Lex(afterNumber) is { Unit: { } u })
        {
            return new TimexMatch(i, afterNumber + 1, new TimexParse(ParseKind.Set) { Unit = u, Amount = amount });
        }

        var e = v.Lex(j);
        if (e?.Unit is { } unit && unit != "WE")
        {
            return new TimexMatch(i, j + 1, new TimexParse(ParseKind.Set) { Unit = unit, Amount = step });
        }

        if (e is { Month: > 0 } && (!e.Ambiguous || v.IsCapitalized(j)))
        {
            return new TimexMatch(i, j + 1, new TimexParse(ParseKind.Set) { FixedValue = $"XXXX-{e.Month:00}" });
        }

        if (e is { Weekday: > 0, Ambiguous: false })
        {
            return new TimexMatch(i, j + 1, new TimexParse(ParseKind.Set) { Weekday = e.Weekday });
        }

        return null;
    }

    /// <summary>Words after "the year" that make it another year: "the year before", "the year earlier".</summary>
    private static bool IsShiftOrBound(TokenView v, int i) =>
        v.Is(i, "before") || v.Is(i, "after") || v.Is(i, "earlier") || v.Is(i, "later") || v.Is(i, "ago") || v.Is(i, "ended") || v.Is(i, "ending") || v.Is(i, "following") || v.Is(i, "prior");

    /// <summary>"the quarter", "the latest quarter", "the year-ago quarter", "year-earlier", "the year-earlier period".</summary>
    private static TimexMatch? MatchPeriod(TokenView v, int i)
    {
        if (v.Is(i, "year") && v.IsHyphen(i + 1) && (v.Is(i + 2, "ago") || v.Is(i + 2, "earlier")) && v.TouchesNext(i))
        {
            // "the year-ago third quarter": that quarter of the year before.
            if (v.Lex(i + 3) is { Ordinal: > 0 and <= 4 } ordinal && v.Is(i + 4, "quarter"))
            {
                return new TimexMatch(i, i + 5, new TimexParse(ParseKind.Calendar) { Quarter = ordinal.Ordinal, YearOffset = -1 });
            }

            var end = v.Is(i + 3, "quarter") || v.Is(i + 3, "period") ? i + 4 : i + 3;
            return new TimexMatch(i, end, new TimexParse(ParseKind.YearAgoPeriod));
        }

        if (v.Is(i, "the") && v.Is(i + 1, "weekend"))
        {
            return new TimexMatch(i, i + 2, new TimexParse(ParseKind.RelativeUnit) { Unit = "WE" });
        }

        if (v.Is(i, "year") && ((v.IsHyphen(i + 1) && v.TouchesNext(i)) || v.Is(i + 1, "'s")) && v.Is(i + 2, "end"))
        {
            return new TimexMatch(i, i + 3, new TimexParse(ParseKind.RelativeUnit) { Unit = "Y", Relative = 0, Mod = "END" });
        }

        if (v.Is(i, "year") && v.Is(i + 1, "end"))
        {
            return new TimexMatch(i, i + 2, new TimexParse(ParseKind.RelativeUnit) { Unit = "Y", Relative = 0, Mod = "END" });
        }

        // "in the morning", "by mid afternoon": a part of the reference day.
        if ((v.Is(i, "the") || v.Is(i, "mid")) && v.Lex(i + 1) is { PartOfDay: { Length: 2 } part } && !v.Is(i + 1, "night")
            && (v.Is(i - 1, "in") || v.Is(i - 1, "by") || v.Is(i - 1, "during") || v.Is(i - 1, "until")))
        {
            return new TimexMatch(i, i + 2, new TimexParse(ParseKind.DayOffset) { PartOfDay = part });
        }

        if (v.Is(i, "the") && (v.Is(i + 1, "latest") || v.Is(i + 1, "recent")) && (v.Is(i + 2, "quarter") || v.Is(i + 2, "period")))
        {
            return new TimexMatch(i, i + 3, new TimexParse(ParseKind.ContextQuarter));
        }

        // "the fiscal year ended March 31": a twelve-month period that is no calendar year, so a duration.
        var y = v.Is(i + 1, "fiscal") ? i + 2 : i + 1;
        if (v.Is(i, "the") && v.Is(y, "year") && (v.Is(y + 1, "ended") || v.Is(y + 1, "ending")) && !(v.Is(y + 2, "dec") || v.Is(y + 2, "december")))
        {
            return new TimexMatch(i, y + 1, new TimexParse(ParseKind.Fixed) { FixedType = TimexType.Duration, FixedValue = "P1Y" });
        }

        // "for the year", "the full year", "the end of the year": in news, the year of the report ("the year 1999",
        // "the year of the flood", "the year when …" name another).
        var full = v.Is(i + 1, "full") || v.Is(i + 1, "fiscal") ? i + 2 : i + 1;
        if (v.Is(i, "the") && v.Is(full, "year") && !v.IsHyphen(full + 1) && !IsShiftOrBound(v, full + 1)
            && !YearMatcher.IsYear(v, full + 1) && !v.Is(full + 1, "of") && !v.Is(full + 1, "when") && !v.Is(full + 1, "since"))
        {
            return new TimexMatch(i, full + 1, new TimexParse(ParseKind.RelativeUnit) { Unit = "Y", Relative = 0 });
        }

        // "that year": the year the story last named.
        if (v.Is(i, "that") && v.Is(i + 1, "year") && !v.IsHyphen(i + 2))
        {
            return new TimexMatch(i, i + 2, new TimexParse(ParseKind.RelativeUnit) { Unit = "Y", Relative = 0, Anaphoric = true });
        }

        // "the 1988 quarter", "the 1989 period": the reported quarter in the year named.
        if (v.Is(i, "the") && YearMatcher.IsYear(v, i + 1) && (v.Is(i + 2, "quarter") || v.Is(i + 2, "period")))
        {
            return new TimexMatch(i, i + 3, new TimexParse(ParseKind.ContextQuarter) { Year = v.Number(i + 1) });
        }

        if (v.Is(i, "the") && v.Is(i + 1, "quarter") && !v.Is(i + 2, "of") && !v.IsHyphen(i + 2))
        {
            return new TimexMatch(i, i + 2, new TimexParse(ParseKind.ContextQuarter));
        }

        return null;
    }
}
