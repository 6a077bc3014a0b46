namespace Parley.Clauses;

public enum Tense : byte
{
    Present,
    Past,
    Future,

    /// <summary>A non-finite verb group ("to ease", "easing") has no tense of its own.</summary>
    None,
}
