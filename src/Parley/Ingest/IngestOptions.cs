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
}
