namespace Parley.Model;

/// <summary>
/// A half-open character range <c>[Start, End)</c> into a document's clean text.
/// Invariant: <c>0 &lt;= Start &lt;= End</c>; whether it lies within a given text is checked by
/// <see cref="IsWithin"/>, since a span does not know its text.
/// </summary>
public readonly record struct Span
{
    public Span(int start, int end)
    {
        if (start < 0 || end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"invalid span [{start}, {end})");
        }

        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsWithin(int textLength) => End <= textLength;

    public bool Contains(Span other) => Start <= other.Start && other.End <= End;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    public string Slice(string text) => text[Start..End];

    public override string ToString() => $"[{Start}, {End})";
}
