namespace Parley.Time;

/// <summary>Everything the lexicon knows about one word; a word may play several roles ("fall", "second").</summary>
internal sealed class LexEntry
{
    public int Month { get; set; }

    public int Weekday { get; set; }

    /// <summary>True when the month or weekday form is also an ordinary word ("may", "march", "sun").</summary>
    public bool Ambiguous { get; set; }

    /// <summary>Numeric value of a number word; <see cref="double.NaN"/> for vague ones ("several").</summary>
    public double? Number { get; set; }

    public string? NumberRole { get; set; }

    public int Ordinal { get; set; }

    public string? Unit { get; set; }

    public string? Season { get; set; }

    public string? PartOfDay { get; set; }

    public int? RelativeOffset { get; set; }

    /// <summary>Day offset of a deictic day word (today 0, yesterday -1), with its part of day for "tonight".</summary>
    public int? DayWord { get; set; }

    public string? DayWordPart { get; set; }

    /// <summary>TimeML SET value of a frequency adverb ("weekly" → P1W).</summary>
    public string? SetValue { get; set; }

    /// <summary>+1 future, -1 past, 0 none.</summary>
    public int TenseCue { get; set; }
}
