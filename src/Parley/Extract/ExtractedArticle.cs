using Parley.Model;

namespace Parley.Extract;

/// <summary>
/// The article as extraction sees it: the clean body and what the content itself says about the
/// article. Null fields were not found. <see cref="Problem"/> is set when no usable body was found.
/// </summary>
public sealed record ExtractedArticle(string Text)
{
    public string? Title { get; init; }

    public DateOnly? Published { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Language { get; init; }

    public string? SiteName { get; init; }

    public string? CanonicalUrl { get; init; }

    public IReadOnlyList<Caption> Captions { get; init; } = [];

    public IReadOnlyList<Credit> Credits { get; init; } = [];

    public IReadOnlyList<RemovedText> Removed { get; init; } = [];

    public string? Problem { get; init; }
}
