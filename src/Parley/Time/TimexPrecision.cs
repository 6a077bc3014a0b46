namespace Parley.Time;

/// <summary>The calendar granularity a value names; <see cref="None"/> for durations, sets and fuzzy references.</summary>
public enum TimexPrecision
{
    None,
    Century,
    Decade,
    Year,
    Half,
    Season,
    Quarter,
    Month,
    Week,
    Day,
    PartOfDay,
    Minute,
}
