namespace Parley.Model;

/// <summary>
/// One article: a stable id, its metadata, the immutable clean text every annotation points into,
/// and the raw input kept for audit. The id depends only on the clean text (see
/// <see cref="Identify.DocumentIdentity"/>), so the same article read twice is one document.
/// </summary>
public sealed record Document
{
    public required string Id { get; init; }

    public required DocumentMetadata Metadata { get; init; }

    public required string Text { get; init; }

    public RawInput? Raw { get; init; }

    /// <summary>Boilerplate removed while cleaning, in input order.</summary>
    public IReadOnlyList<RemovedText> Removed { get; init; } = [];

    /// <summary>Id of an earlier document this one repeats (a near-duplicate), or null.</summary>
    public string? DuplicateOf { get; init; }
}
