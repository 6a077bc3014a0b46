namespace Parley.Extract;

/// <summary>
/// Maps offsets in the clean text back to the raw HTML. Each entry says: the clean text from
/// <c>TextStart</c> up to the next entry's start came from the source at <c>SourceStart</c>. A source
/// position is exact when the run was found verbatim in the HTML, and otherwise the start tag of
/// the element holding the run. Immutable; entries are sorted by text start.
/// </summary>
public sealed class TextOffsetMap
{
    private readonly int[] textStarts;
    private readonly int[] sourceStarts;
    private readonly bool[] exact;

    public TextOffsetMap(IReadOnlyList<(int TextStart, int SourceStart, bool Exact)> entries)
    {
        textStarts = new int[entries.Count];
        sourceStarts = new int[entries.Count];
        exact = new bool[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0 && entries[i].TextStart < entries[i - 1].TextStart)
            {
                throw new ArgumentException("entries must be sorted by text start", nameof(entries));
            }

            textStarts[i] = entries[i].TextStart;
            sourceStarts[i] = entries[i].SourceStart;
            exact[i] = entries[i].Exact;
        }
    }

    public static TextOffsetMap Empty { get; } = new([]);

    public int Count => textStarts.Length;

    public IEnumerable<(int TextStart, int SourceStart, bool Exact)> Entries =>
        textStarts.Select((t, i) => (t, sourceStarts[i], exact[i]));

    /// <summary>
    /// The raw-HTML position of a clean-text offset: for a run found verbatim, its source start plus
    /// the distance into the run (exact up to the first entity or collapsed space); otherwise the
    /// start tag of the element holding the run. Null before the first run.
    /// </summary>
    public int? ToSource(int textOffset)
    {
        var index = Array.BinarySearch(textStarts, textOffset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        if (index < 0)
        {
            return null;
        }

        return exact[index] ? sourceStarts[index] + (textOffset - textStarts[index]) : sourceStarts[index];
    }
}
