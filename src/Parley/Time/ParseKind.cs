namespace Parley.Time;

/// <summary>What kind of meaning a matched expression has, before it is normalized.</summary>
internal enum ParseKind
{
    /// <summary>A phrase with a fixed value (PRESENT_REF, PXY…).</summary>
    Fixed,

    /// <summary>Calendar fields (year, month, day, season, quarter, half, decade, century); missing year means anchoring.</summary>
    Calendar,

    /// <summary>A weekday name, optionally with last/this/next.</summary>
    Weekday,

    /// <summary>today (0), yesterday (-1), tomorrow (+1).</summary>
    DayOffset,

    /// <summary>A unit shifted by last/this/next: "last week", "this year".</summary>
    RelativeUnit,

    /// <summary>A quantity of units before or after the reference: "two years ago".</summary>
    Shift,

    /// <summary>A length of time: "three days".</summary>
    Duration,

    /// <summary>"the quarter", "the latest quarter": the quarter the document is talking about.</summary>
    ContextQuarter,

    /// <summary>"the year-ago quarter", "year-earlier": the same period one year before.</summary>
    YearAgoPeriod,

    /// <summary>A recurring time: "every week", "daily".</summary>
    Set,
}
