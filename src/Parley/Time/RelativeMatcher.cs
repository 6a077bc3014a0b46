namespace Parley.Time;

/// <summary>
/// Expressions led by last/this/next/past/coming: "last week", "this month", "next year",
/// "last Friday", "next June", "this spring", "this morning", "last night",
/// "the past five years", "the next few days"; and by ordinals: "the first quarter", "the first nine months".
/// </summary>
internal static class RelativeMatcher
{
    public static TimexMatch? Match(TokenView v, int i)
    {
        var e = v.Lex(i);
        if (e is null)
        {
            return null;
        }

        if (e.RelativeOffset is { } offset)
        {
            return MatchRelative(v, i, offset);
        }

        return e.Ordinal > 0 ? MatchOrdinal(v, i, e.Ordinal) : null;
    }

    private static TimexMatch? MatchRelative(TokenView v, int i, int offset)
    {
        var j = i + 1;
        var isPast = v.Is(i, "past");
        var anaphoric = v.Is(i, "following") || v.Is(i, "previous") || v.Is(i, "preceding");
        var quantified = NumberReader.TryRead(v, j, allowArticle: false, out var amount, out var afterNumber);
        if (quantified && v.Lex(afterNumber) is { Unit: { } qUnit })
        {
            // "the past five years": a duration ending (or starting) at the reference date.
            return new TimexMatch(i, afterNumber + 1, new TimexParse(ParseKind.Duration) { Unit = qUnit, Amount = amount });
        }

        var next = v.Lex(j);
        if (next is null)
        {
            return null;
        }

        if (next.Weekday > 0 && !next.Ambiguous)
        {
            var weekday = new TimexParse(ParseKind.Weekday) { Weekday = next.Weekday, Relative = offset, Anaphoric = anaphoric };
            if (v.Lex(j + 1) is { PartOfDay: { Length: 2 } pod })
            {
                return new TimexMatch(i, j + 2, weekday with { PartOfDay = pod });
            }

            return new TimexMatch(i, j + 1, weekday);
        }

        if (next.Month > 0 && (!next.Ambiguous || v.IsCapitalized(j)))
        {
            return new TimexMatch(i, j + 1, new TimexParse(ParseKind.Calendar) { Month = next.Month, Relative = offset });
        }

        if (next.Season is { } season)
        {
            return CalendarMatcher.MatchSeason(v, j, season, offset)?.WithStart(i);
        }

        if (next.PartOfDay is { Length: 2 } part && !isPast)
        {
            // "this morning" is today, "last night" yesterday.
            var day = offset < 0 ? -1 : offset > 0 ? 1 : 0;
            return new TimexMatch(i, j + 1, new TimexParse(ParseKind.DayOffset) { DayOffset = day, PartOfDay = part });
        }

        if (next.Unit is { } unit)
        {
            var plural = v.Span(j).EndsWith("s", StringComparison.OrdinalIgnoreCase);
            if (plural)
            {
                // "the past weeks", "the coming months": a vague duration.
                return unit is "Y" or "M" or "W" or "D" or "DE" or "CE" or "Q" or "H" or "MIN"
                    ? new TimexMatch(i, j + 1, QuantityMatcher.Vague(unit))
                    : null;
            }

            if (isPast)
            {
                return new TimexMatch(i, j + 1, new TimexParse(ParseKind.Duration) { Unit = unit, Amount = 1 });
            }

            if (unit == "Y" && v.Is(j + 1, "'s") && v.Lex(j + 2) is { Ordinal: > 0 and <= 4 } ord && v.Is(j + 3, "quarter"))
            {
                return new TimexMatch(i, j + 4, new TimexParse(ParseKind.Calendar) { Quarter = ord.Ordinal, YearOffset = offset });
            }

            return unit is "D" or "H" or "MIN" or "S"
                ? null
                : new TimexMatch(i, j + 1, new TimexParse(ParseKind.RelativeUnit) { Unit = unit, Relative = offset, Anaphoric = anaphoric });
        }

        return null;
    }

    /// <summary>"first quarter", "third-quarter", "the first half of 2019", "the first nine months".</summary>
    private static TimexMatch? MatchOrdinal(TokenView v, int i, int ordinal)
    {
        var j = v.IsHyphen(i + 1) && v.TouchesNext(i) ? i + 2 : i + 1;
        if (v.Is(j, "fiscal"))
        {
            j++;
        }

        if (v.Is(j, "quarter") && ordinal <= 4 || v.Is(j, "half") && ordinal <= 2)
        {
            var parse = v.Is(j, "quarter")
                ? new TimexParse(ParseKind.Calendar) { Quarter = ordinal }
                : new TimexParse(ParseKind.Calendar) { Half = ordinal };
            var end = j + 1;
            var y = v.Is(end, "of") || v.IsPunct(end, ',') ? end + 1 : end;
            if (v.Is(y, "fiscal"))
            {
                y++;
            }

            if (YearMatcher.IsYear(v, y))
            {
                return new TimexMatch(i, y + 1, parse with { Year = v.Number(y) });
            }

            if (v.Is(end, "of") && v.Is(end + 1, "this") && v.Is(end + 2, "year"))
            {
                return new TimexMatch(i, end + 3, parse with { Relative = 0 });
            }

            if (v.Is(end, "of") && v.Is(end + 1, "last") && v.Is(end + 2, "year"))
            {
                return new TimexMatch(i, end + 3, parse with { Relative = -1 });
            }

            if (v.Is(end, "of") && v.Is(end + 1, "next") && v.Is(end + 2, "year"))
            {
                return new TimexMatch(i, end + 3, parse with { Relative = 1 });
            }

            return new TimexMatch(i, end, parse);
        }

        if (ordinal == 1 && NumberReader.TryRead(v, i + 1, allowArticle: false, out var amount, out var afterNumber)
            && v.Lex(afterNumber) is { Unit: { } unit })
        {
            return new TimexMatch(i, afterNumber + 1, new TimexParse(ParseKind.Duration) { Unit = unit, Amount = amount });
        }

        return null;
    }
}
