namespace Parley.Read;

/// <summary>Limits and defaults for reading inputs.</summary>
public sealed record ReadOptions
{
    /// <summary>
    /// The largest single article accepted, in bytes after decompression. News articles are rarely
    /// over 1 MB even as HTML; 16 MB leaves room for heavy pages while keeping memory per worker
    /// bounded. JSONL files may be larger: the limit applies to each line.
    /// </summary>
    public long MaxArticleBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Metadata by file name (a sidecar file), applied to articles read from that file.</summary>
    public MetadataSidecar? Sidecar { get; init; }

    /// <summary>Publication date for articles that state none.</summary>
    public DateOnly? DefaultPublished { get; init; }
}
