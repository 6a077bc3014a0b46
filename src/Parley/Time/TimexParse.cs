namespace Parley.Time;

/// <summary>
/// The meaning of a matched expression, independent of the reference date. Fields not relevant to
/// <see cref="Kind"/> stay null. <see cref="Relative"/> is the offset given by last/this/next
/// (-1, 0, +1) when the text says it, else null (then the tense of the sentence decides).
/// </summary>
internal sealed record TimexParse(ParseKind Kind)
{
    public string? FixedValue { get; init; }

    public TimexType FixedType { get; init; }

    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public int? EndYear { get; init; }

    /// <summary>Year relative to the reference year, for "July last year" (-1).</summary>
    public int? YearOffset { get; init; }

    public int? EndMonth { get; init; }

    public int? EndDay { get; init; }

    /// <summary>First three digits of a decade ("199" for the 1990s).</summary>
    public int? Decade { get; init; }

    /// <summary>First two digits of a century.</summary>
    public int? Century { get; init; }

    public string? Season { get; init; }

    public int? Quarter { get; init; }

    public int? Half { get; init; }

    public int? Weekday { get; init; }

    public int? Relative { get; init; }

    public int DayOffset { get; init; }

    /// <summary>Unit code from units.tsv (Y, M, W, D, H, MIN, S, Q, DE, CE, WE, W2).</summary>
    public string? Unit { get; init; }

    /// <summary>Quantity; <see cref="double.NaN"/> when vague ("several", "years").</summary>
    public double Amount { get; init; } = 1;

    /// <summary>Direction of a shift: -1 ago/earlier, +1 later/from now.</summary>
    public int Direction { get; init; }

    public string? PartOfDay { get; init; }

    public int? Hour { get; init; }

    public int? Minute { get; init; }

    public string? Mod { get; init; }

    /// <summary>True for "the following …", "the previous …": counted from the last date the text named.</summary>
    public bool Anaphoric { get; init; }
}
