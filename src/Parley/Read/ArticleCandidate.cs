namespace Parley.Read;

/// <summary>
/// An article as read and decoded, before cleaning: its content and whatever metadata the input
/// stated (a JSONL line's fields, a sidecar entry). Null fields were not stated.
/// </summary>
public sealed record ArticleCandidate(string Origin, int? Line, ArticleFormat Format, string Content) : ReadItem(Origin, Line)
{
    public string? Title { get; init; }

    public string? Url { get; init; }

    public DateOnly? Published { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<string>? Authors { get; init; }

    public string? Language { get; init; }

    /// <summary>The id the input gave the article (JSONL "id"), kept as metadata; Parley's id is its own.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Things worth telling the user that did not stop the article, e.g. replaced bytes.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Size of the input in bytes, for throughput figures.</summary>
    public long ByteCount { get; init; }
}
