namespace Parley.Identify;

/// <summary>Settings of <see cref="NearDuplicateDetector"/>; the defaults are argued at each value.</summary>
public sealed record NearDuplicateOptions
{
    /// <summary>
    /// 0.5: a copy that keeps at least half of the union of shingles. Syndicated copies of one wire
    /// story with a different headline, byline, boilerplate and a trimmed paragraph score 0.75–0.95
    /// on 5-word shingles of clean text; different stories on the same topic (same actors, same
    /// words) score below 0.1, because they share phrases, not runs of five words. 0.5 sits in the
    /// wide gap and still catches a copy cut to half its length (a subset of half the size scores 0.5).
    /// </summary>
    public double MinJaccard { get; init; } = 0.5;

    /// <summary>
    /// 7 days: reprints of a wire story appear within hours to days; a text reused weeks later is
    /// usually a follow-up that quotes the earlier story and is worth counting on its own.
    /// Null disables the window. Documents without a date match any date.
    /// </summary>
    public int? DateWindowDays { get; init; } = 7;

    /// <summary>
    /// How many of the most recently indexed documents a new one is compared against; older ones
    /// are forgotten so memory stays flat on a long run (about 5 KB each). Null keeps all.
    /// </summary>
    public int? MaxIndexed { get; init; }

    public int ShingleSize { get; init; } = WordShingles.DefaultSize;

    public int Bands { get; init; } = LshIndex.DefaultBands;

    public int Rows { get; init; } = LshIndex.DefaultRows;
}
