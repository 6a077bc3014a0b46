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

    /// <summary>Set by language identification after extraction, or by the page's own declaration.</summary>
    public string? Language { get; init; }

    public string? SiteName { get; init; }

    public string? CanonicalUrl { get; init; }

    public string? Description { get; init; }

    /// <summary>Image captions and their credits, kept out of <see cref="Text"/>.</summary>
    public IReadOnlyList<Caption> Captions { get; init; } = [];

    /// <summary>People named in credit lines (plain-text inputs).</summary>
    public IReadOnlyList<Credit> Credits { get; init; } = [];

    /// <summary>Boilerplate removed from a plain-text input.</summary>
    public IReadOnlyList<RemovedText> Removed { get; init; } = [];

    /// <summary>Elements taken out of a page as furniture, in the order they were found.</summary>
    public IReadOnlyList<PrunedElement> PrunedElements { get; init; } = [];

    /// <summary>Maps offsets in <see cref="Text"/> back to the raw HTML.</summary>
    public TextOffsetMap OffsetMap { get; init; } = TextOffsetMap.Empty;

    public string? Problem { get; init; }
}
