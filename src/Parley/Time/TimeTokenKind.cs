namespace Parley.Time;

internal enum TimeTokenKind : byte
{
    Word,
    Number,
    Punct,
}
