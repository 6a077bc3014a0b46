namespace Parley.Model;

/// <summary>What is known about an article besides its text.</summary>
public sealed record DocumentMetadata
{
    public string? Source { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    /// <summary>Publication date; null when unknown (relative dates are then left unresolved).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>True when <see cref="Published"/> was supplied by a default (<c>--date</c>), not by the article.</summary>
    public bool PublishedInferred { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>ISO 639-1 code such as "en", or null when not known.</summary>
    public string? Language { get; init; }

    public IReadOnlyList<Caption> Captions { get; init; } = [];

    /// <summary>Reporters, writers and editors named in credit lines (moved out of the body).</summary>
    public IReadOnlyList<Credit> Credits { get; init; } = [];

    /// <summary>Where the article came from: a file path, with "#line" for JSONL lines.</summary>
    public string? Origin { get; init; }
}
