namespace Parley.Time;

/// <summary>
/// A token of the time tagger's own light tokenization: a run of letters (apostrophes inside kept),
/// a run of digits (<see cref="Number"/> holds its value, -1 when longer than 9 digits), or one other
/// character. <see cref="BreakBefore"/> is true when a line break separates it from the previous token.
/// </summary>
internal readonly record struct TimeToken(int Start, int End, TimeTokenKind Kind, int Number, bool BreakBefore)
{
    public int Length => End - Start;
}
