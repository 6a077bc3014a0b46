namespace Parley.Read;

public enum ProblemKind
{
    /// <summary>The input held (or should have held) an article that was not stored.</summary>
    Rejected,

    /// <summary>A file found in a folder that is not an article format; not an error.</summary>
    Skipped,
}
