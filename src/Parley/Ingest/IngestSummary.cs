using Parley.Read;

namespace Parley.Ingest;

/// <summary>What an ingest run did: counts, and every problem by input.</summary>
public sealed record IngestSummary(
    int Read,
    int Stored,
    int Duplicates,
    int NearDuplicates,
    IReadOnlyList<InputProblem> Rejected,
    IReadOnlyList<InputProblem> Skipped,
    IReadOnlyList<InputWarning> Warnings,
    long Bytes,
    TimeSpan Elapsed);
