namespace Parley.Text;

public enum SentenceKind : byte
{
    Body,

    /// <summary>A dateline opening a story ("HANOI (Reuters) -", "BRUSSELS, March 9 (AP) —").</summary>
    Dateline,
}
