namespace Parley.Time;

/// <summary>
/// The year of a calendar name said without one ("in March", "Aug. 21", "last spring"), from the
/// direction the text gives, the tense around it and the reference date.
/// </summary>
internal static class YearAnchor
{
    /// <summary>The year of a yearless calendar name: said direction first, then the tense, else the nearest past (or, for a day, the nearest).</summary>
    public static int For(TimexParse p, DateOnly r, int? relative, int tense)
    {
        if (relative == 0)
        {
            return r.Year;
        }

        // Position of the named period and of the reference within a year, on one scale.
        var (named, current) = p switch
        {
            { Month: { } m, Day: { } d } => ((m * 100) + d, (r.Month * 100) + r.Day),
            { Month: { } m } => (m, r.Month),
            { Quarter: { } q } => (((q - 1) * 3) + 1, r.Month),
            { Half: { } h } => (h == 1 ? 1 : 7, r.Month),
            { Season: { } s } => (SeasonRank(s), SeasonRank(r.Month)),
            _ => (0, 0),
        };

        if (relative is { } rel)
        {
            return rel < 0 ? (named < current ? r.Year : r.Year - 1) : (named > current ? r.Year : r.Year + 1);
        }

        if (p.Day is not null && tense > 0)
        {
            var thisYear = new DateOnly(r.Year, p.Month!.Value, Math.Min(p.Day.Value, DateTime.DaysInMonth(r.Year, p.Month.Value)));
            return thisYear >= r ? r.Year : r.Year + 1;
        }

        if (p.Day is not null)
        {
            // A date with a day: the occurrence nearest to the reference date. News gives days
            // close to publication on either side, and the tense cues are too noisy to beat that.
            var sameYear = new DateOnly(r.Year, p.Month!.Value, Math.Min(p.Day.Value, DateTime.DaysInMonth(r.Year, p.Month.Value)));
            var gap = sameYear.DayNumber - r.DayNumber;
            var year = gap > DaysInHalfYear ? r.Year - 1 : gap < -DaysInHalfYear ? r.Year + 1 : r.Year;
            var daysAhead = new DateOnly(year, p.Month.Value, Math.Min(p.Day.Value, DateTime.DaysInMonth(year, p.Month.Value))).DayNumber - r.DayNumber;

            // Past-tense verbs often report a coming date ("said it will pay Jan. 2"), but not one
            // months away: "the year ended March 31" read in November is the March gone by.
            return tense < 0 && daysAhead > DaysAheadPastTenseAllows ? year - 1 : year;
        }

        // As for days: a past-tense sentence may name next month ("said it will close in early November").
        if (tense < 0 && p.Month is not null && named > current && named - current <= MonthsAheadPastTenseAllows)
        {
            return r.Year;
        }

        if (p.Quarter is not null || p.Half is not null || tense < 0)
        {
            // Reports speak of the current or a past quarter, whatever the verb.
            return named <= current ? r.Year : r.Year - 1;
        }

        if (tense > 0)
        {
            return named >= current ? r.Year : r.Year + 1;
        }

        // A month or season with no cue: the nearer occurrence, the past one on a tie.
        var back = ((current - named + Period(p)) % Period(p));
        var ahead = ((named - current + Period(p)) % Period(p));
        return back <= ahead ? (named <= current ? r.Year : r.Year - 1) : (named >= current ? r.Year : r.Year + 1);
    }

    /// <summary>A past-tense sentence may name a day up to about a quarter ahead; further ahead it means the past one.</summary>
    private const int DaysAheadPastTenseAllows = 90;

    /// <summary>The same allowance for a month named without a day.</summary>
    private const int MonthsAheadPastTenseAllows = 1;

    /// <summary>A yearless day more than this far from the reference is taken in the adjacent year.</summary>
    private const int DaysInHalfYear = 183;

    /// <summary>Number of steps in a year on the scale <see cref="For"/> compares on.</summary>
    private static int Period(TimexParse p) => p.Season is not null ? 5 : 12;

    private static int SeasonRank(string s) => s switch { "SP" => 1, "SU" => 2, "FA" => 3, _ => 4 };

    /// <summary>January and February belong to the winter that began the year before: rank 0, before spring.</summary>
    private static int SeasonRank(int month) => month switch { <= 2 => 0, <= 5 => 1, <= 8 => 2, <= 11 => 3, _ => 4 };
}
