namespace Parley.Ingest;

/// <summary>A running count, reported after each written batch.</summary>
public sealed record IngestProgress(int Read, int Stored, int Duplicates, int Rejected, long Bytes, TimeSpan Elapsed)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? (Stored + Duplicates) / Elapsed.TotalSeconds : 0;
}
