using Parley.Pipeline;
using Parley.Read;

namespace Parley.Ingest;

/// <summary>How an ingest run reads, analyzes and stores.</summary>
public sealed record IngestOptions(string DatabasePath, ReadOptions Read, AnalysisPipeline Pipeline)
{
    /// <summary>Analysis workers; reading and writing each have one more thread of their own.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Documents per write transaction. Larger batches amortize the commit (an fsync of the WAL);
    /// 256 keeps a batch of typical articles around a megabyte, cheap to lose if a run is killed.
    /// </summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Near-duplicate detection (syndicated copies of one story); null turns it off.</summary>
    public Identify.NearDuplicateOptions? NearDuplicates { get; init; } = new();

    /// <summary>
    /// How many of the most recently stored originals a run compares new documents against. Keeps
    /// memory bounded on large stores (~4 KB each); copies of a story usually arrive within days.
    /// </summary>
    public int NearDuplicateHistory { get; init; } = 20_000;

    /// <summary>How many of the store's most recent events new events may join as reports of the same real-world event.</summary>
    public int EventClusterHistory { get; init; } = 200_000;

    /// <summary>
    /// Days before the newest publication date within which events stay joinable (see
    /// <see cref="Link.EventClusterer.DefaultWindowDays"/>); older ones are forgotten, so the
    /// clustering index stays flat on long runs and large stores. Null keeps every event of the run.
    /// </summary>
    public int? EventClusterWindowDays { get; init; } = Link.EventClusterer.DefaultWindowDays;
}
