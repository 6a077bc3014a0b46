namespace Parley.Extract;

/// <summary>What a page says about itself. Null or empty fields were not found.</summary>
public sealed record PageMetadata
{
    public string? Title { get; init; }

    public DateOnly? Published { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? SiteName { get; init; }

    public string? CanonicalUrl { get; init; }

    public string? Description { get; init; }

    /// <summary>The schema.org articleBody the page embeds as JSON-LD, used to find the body in the DOM.</summary>
    public string? EmbeddedBody { get; init; }
}
