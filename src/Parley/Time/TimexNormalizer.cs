namespace Parley.Time;

/// <summary>
/// Turns matched meanings into TimeML values against one document's reference date. Stateful per
/// document: it remembers the last quarter the text named, which "the quarter" and "a year earlier"
/// refer back to, and the last date, which "the following month" counts from. Without a reference date, anything that needs one comes out with X placeholders
/// and Resolved = false.
/// </summary>
internal sealed class TimexNormalizer(DateOnly? referenceDate)
{
    /// <summary>
    /// The reference date, when a day, week or month can be counted from it in either direction: one at the
    /// calendar's edge (an input's unset date read as 0001-01-01, "the year 1" as a story's last date) counts as none.
    /// </summary>
    private readonly DateOnly? reference = referenceDate is { Year: > 1 and < 9999 } ? referenceDate : null;

    private readonly StoryAnchor story = new();
    private (int Year, int Quarter)? lastQuarter;

    public NormalizedValue Normalize(TimexParse p, int tense)
    {
        // "that year" before the story named any: counted from the reference date, but not resolved, so no event
        // takes it as a date read from the text.
        var n = !p.Anaphoric ? Meaning(p, tense)
            : story.At(AnchorPrecision(p)) is { } anchor ? new TimexNormalizer(anchor).Meaning(p with { Anaphoric = false }, tense)
            : Meaning(p, tense) with { Resolved = false };
        story.Note(n);
        return n;
    }

    /// <summary>How precisely the story must have named a date for an anaphoric expression to count from it.</summary>
    private static TimexPrecision AnchorPrecision(TimexParse p) => p.Unit switch
    {
        "Y" or "DE" or "CE" when p.Kind == ParseKind.RelativeUnit => TimexPrecision.Year,
        "M" or "Q" when p.Kind == ParseKind.RelativeUnit => TimexPrecision.Month,
        _ => TimexPrecision.Day,
    };

    private NormalizedValue Meaning(TimexParse p, int tense) => p.Kind switch
    {
        ParseKind.Fixed => new(p.FixedType, p.FixedValue!, true, TimexPrecision.None),
        ParseKind.Duration => new(TimexType.Duration, TimexValues.Duration(p.Amount, p.Unit!), true, TimexPrecision.None),
        ParseKind.Set => Set(p),
        ParseKind.Calendar => Calendar(p, tense),
        ParseKind.Weekday => Weekday(p, tense),
        ParseKind.DayOffset => DayOffset(p),
        ParseKind.RelativeUnit => Relative(p.Unit!, p.Relative ?? WeekendOffset(tense)),
        ParseKind.Shift => Shift(p),
        ParseKind.ContextQuarter => ContextQuarter(p.Year),
        _ => YearAgoPeriod(),
    };

    private static NormalizedValue Set(TimexParse p)
    {
        if (p.FixedValue is { } v)
        {
            return new(TimexType.Set, v, true, TimexPrecision.None);
        }

        return p.Weekday is { } d
            ? new(TimexType.Set, $"XXXX-WXX-{d}", true, TimexPrecision.None)
            : new(TimexType.Set, TimexValues.Duration(p.Amount, p.Unit!), true, TimexPrecision.None);
    }

    private NormalizedValue Calendar(TimexParse p, int tense)
    {
        if (p.Century is { } c)
        {
            return new(TimexType.Date, c.ToString("00", System.Globalization.CultureInfo.InvariantCulture), true, TimexPrecision.Century);
        }

        if (p.Decade is { } dec)
        {
            return new(TimexType.Date, dec.ToString("000", System.Globalization.CultureInfo.InvariantCulture), true, TimexPrecision.Decade);
        }

        var resolved = p.Year is not null || reference is not null;
        var year = p.Year ?? (reference is { } r ? (p.YearOffset is { } yo ? r.Year + yo : YearAnchor.For(p, r, p.Relative, tense)) : (int?)null);
        var y = year is { } yy ? TimexValues.Year(yy) : "XXXX";
        if (p.Quarter is { } q)
        {
            if (year is { } qy)
            {
                Remember(qy, q);
            }

            return new(TimexType.Date, $"{y}-Q{q}", resolved, TimexPrecision.Quarter);
        }

        if (p.Half is { } h)
        {
            return new(TimexType.Date, $"{y}-H{h}", resolved, TimexPrecision.Half);
        }

        if (p.Season is { } s)
        {
            return new(TimexType.Date, $"{y}-{s}", resolved, TimexPrecision.Season);
        }

        if (p.Month is not { } m)
        {
            var end = p.EndYear is { } ey ? TimexValues.Year(ey) : null;
            return new(TimexType.Date, y, resolved, TimexPrecision.Year, end);
        }

        if (p.Day is not { } d)
        {
            return new(TimexType.Date, $"{y}-{m:00}", resolved, TimexPrecision.Month);
        }

        var day = $"{y}-{m:00}-{d:00}";
        var endDay = p.EndDay is { } ed ? $"{y}-{p.EndMonth ?? m:00}-{ed:00}" : null;
        if (p.Hour is not null)
        {
            return new(TimexType.Time, TimexValues.WithTime(day, p.Hour, p.Minute, null), resolved, TimexPrecision.Minute, endDay);
        }

        return new(TimexType.Date, day, resolved, TimexPrecision.Day, endDay);
    }

    private NormalizedValue Weekday(TimexParse p, int tense)
    {
        var type = p.PartOfDay is not null || p.Hour is not null ? TimexType.Time : TimexType.Date;
        var precision = type == TimexType.Time ? TimexPrecision.PartOfDay : TimexPrecision.Day;
        var wd = p.Weekday!.Value;
        if (reference is not { } r)
        {
            return new(type, TimexValues.WithTime($"XXXX-WXX-{wd}", p.Hour, p.Minute, p.PartOfDay), false, precision);
        }

        var cur = TimexValues.IsoDayOfWeek(r);
        var back = (cur - wd + 7) % 7;
        var ahead = (wd - cur + 7) % 7;
        var shift = p.Relative switch
        {
            < 0 => -(back == 0 ? 7 : back),
            > 0 => ahead == 0 ? 7 : ahead,
            0 => wd - cur,
            _ => tense > 0 ? ahead : -back,
        };
        var date = TimexValues.Day(r.AddDays(shift));
        return new(type, TimexValues.WithTime(date, p.Hour, p.Minute, p.PartOfDay), true, precision);
    }

    private NormalizedValue DayOffset(TimexParse p)
    {
        var type = p.PartOfDay is not null || p.Hour is not null ? TimexType.Time : TimexType.Date;
        var precision = p.Hour is not null ? TimexPrecision.Minute : p.PartOfDay is not null ? TimexPrecision.PartOfDay : TimexPrecision.Day;
        var date = reference is { } r ? TimexValues.Day(r.AddDays(p.DayOffset)) : "XXXX-XX-XX";
        return new(type, TimexValues.WithTime(date, p.Hour, p.Minute, p.PartOfDay), reference is not null, precision);
    }

    private NormalizedValue Relative(string unit, int offset)
    {
        if (reference is not { } r)
        {
            return unit switch
            {
                "M" => new(TimexType.Date, "XXXX-XX", false, TimexPrecision.Month),
                "W" => new(TimexType.Date, "XXXX-WXX", false, TimexPrecision.Week),
                "WE" => new(TimexType.Date, "XXXX-WXX-WE", false, TimexPrecision.Week),
                "Q" => new(TimexType.Date, "XXXX-QX", false, TimexPrecision.Quarter),
                "DE" => new(TimexType.Date, "XXX", false, TimexPrecision.Decade),
                "CE" => new(TimexType.Date, "XX", false, TimexPrecision.Century),
                _ => new(TimexType.Date, "XXXX", false, TimexPrecision.Year),
            };
        }

        return unit switch
        {
            "M" => new(TimexType.Date, MonthValue(r.AddMonths(offset)), true, TimexPrecision.Month),
            "W" or "W2" => new(TimexType.Date, TimexValues.Week(r.AddDays(7 * offset)), true, TimexPrecision.Week),
            "WE" => new(TimexType.Date, TimexValues.Week(r.AddDays(7 * offset)) + "-WE", true, TimexPrecision.Week),
            "Q" => QuarterValue(r.AddMonths(3 * offset)),
            "DE" => new(TimexType.Date, ((r.Year / 10) + offset).ToString("000", System.Globalization.CultureInfo.InvariantCulture), true, TimexPrecision.Decade),
            "CE" => new(TimexType.Date, ((r.Year / 100) + offset).ToString("00", System.Globalization.CultureInfo.InvariantCulture), true, TimexPrecision.Century),
            _ => new(TimexType.Date, TimexValues.Year(r.Year + offset), true, TimexPrecision.Year),
        };
    }

    private NormalizedValue Shift(TimexParse p)
    {
        var amount = p.Amount;
        if (double.IsNaN(amount) || amount != Math.Floor(amount) || !StaysInCalendar(p))
        {
            return new(TimexType.Duration, TimexValues.Duration(amount, p.Unit!), true, TimexPrecision.None);
        }

        var n = (int)amount * p.Direction;
        if (p.Unit == "Y" && lastQuarter is { } lq)
        {
            // "a year earlier" in a report about a quarter is that quarter a year before.
            return new(TimexType.Date, $"{TimexValues.Year(lq.Year + n)}-Q{lq.Quarter}", true, TimexPrecision.Quarter);
        }

        if (reference is not { } r)
        {
            var byDay = p.Unit is "D" or "H" or "MIN" or "S";
            var unresolved = Relative(byDay ? "Y" : p.Unit!, n);
            return byDay ? unresolved with { Value = "XXXX-XX-XX", Precision = TimexPrecision.Day } : unresolved;
        }

        return p.Unit switch
        {
            "D" => new(TimexType.Date, TimexValues.Day(r.AddDays(n)), true, TimexPrecision.Day),
            "H" or "MIN" or "S" => new(TimexType.Date, TimexValues.Day(r), true, TimexPrecision.Day),
            "DE" => new(TimexType.Date, ((r.Year + (10 * n)) / 10).ToString("000", System.Globalization.CultureInfo.InvariantCulture), true, TimexPrecision.Decade),
            "CE" => new(TimexType.Date, ((r.Year + (100 * n)) / 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture), true, TimexPrecision.Century),
            _ => Relative(p.Unit!, n),
        };
    }

    /// <summary>
    /// Whether the shift lands in a year a date can be written in (0001–9999): "20191950 weeks ago"
    /// does not, and is only a duration. Days and weeks count as 365-day years, erring towards the duration.
    /// </summary>
    private bool StaysInCalendar(TimexParse p)
    {
        var from = p.Unit == "Y" && lastQuarter is { } lq ? lq.Year : reference?.Year;
        var yearsPerUnit = p.Unit switch
        {
            "D" => 1.0 / 365,
            "W" or "WE" => 7.0 / 365,
            "W2" => 14.0 / 365,
            "M" => 1.0 / 12,
            "Q" => 0.25,
            "DE" => 10,
            "CE" => 100,
            "H" or "MIN" or "S" => 0,
            _ => 1,
        };
        return from is not { } year || year + (p.Amount * p.Direction * yearsPerUnit) is > 1 and < 9999;
    }

    private NormalizedValue ContextQuarter(int? year)
    {
        if (year is { } y)
        {
            return lastQuarter is { } named
                ? new(TimexType.Date, $"{TimexValues.Year(y)}-Q{named.Quarter}", true, TimexPrecision.Quarter)
                : new(TimexType.Date, TimexValues.Year(y), true, TimexPrecision.Year);
        }

        if (lastQuarter is { } lq)
        {
            return new(TimexType.Date, $"{TimexValues.Year(lq.Year)}-Q{lq.Quarter}", true, TimexPrecision.Quarter);
        }

        // With no quarter named yet, "the quarter" of a report is the last one completed.
        return reference is { } r ? QuarterValue(r.AddMonths(-3)) : new(TimexType.Date, "XXXX-QX", false, TimexPrecision.Quarter);
    }

    private NormalizedValue YearAgoPeriod()
    {
        if (lastQuarter is { } lq)
        {
            return new(TimexType.Date, $"{TimexValues.Year(lq.Year - 1)}-Q{lq.Quarter}", true, TimexPrecision.Quarter);
        }

        return reference is { } r
            ? new(TimexType.Date, TimexValues.Year(r.Year - 1), true, TimexPrecision.Year)
            : new(TimexType.Date, "XXXX", false, TimexPrecision.Year);
    }

    /// <summary>"the weekend" said in the past is the last one; on a weekend day or ahead, this week's.</summary>
    private int WeekendOffset(int tense) =>
        tense < 0 && reference is { } r && TimexValues.IsoDayOfWeek(r) < 6 ? -1 : 0;

    /// <summary>
    /// Makes a named quarter the one later "a year ago" and "the quarter" refer back to, unless it
    /// has not ended by the reference date: a report speaks of a finished quarter, and the current
    /// or a coming one is named in forecasts ("fourth-quarter results will be weaker").
    /// </summary>
    private void Remember(int year, int quarter)
    {
        if (reference is { } r && new DateOnly(year, quarter * 3, 1).AddMonths(1) > r)
        {
            return;
        }

        // An earlier quarter named after the reported one is a comparison ("up from a flat second quarter").
        if (lastQuarter is { } current && (year * 4) + quarter < (current.Year * 4) + current.Quarter)
        {
            return;
        }

        lastQuarter = (year, quarter);
    }

    private static string MonthValue(DateOnly d) => TimexValues.Month(d.Year, d.Month);

    private NormalizedValue QuarterValue(DateOnly d)
    {
        var q = ((d.Month - 1) / 3) + 1;
        Remember(d.Year, q);
        return new(TimexType.Date, $"{TimexValues.Year(d.Year)}-Q{q}", true, TimexPrecision.Quarter);
    }
}
