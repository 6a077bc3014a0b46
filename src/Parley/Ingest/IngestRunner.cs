using System.Diagnostics;
using System.Threading.Channels;
using Parley.Extract;
using Parley.Identify;
using Parley.Model;
using Parley.Read;
using Parley.Store;

namespace Parley.Ingest;

/// <summary>
/// Reads inputs, analyzes documents in parallel and stores them through one writer, as a bounded
/// channel pipeline: memory stays flat however large the input. Each batch is committed on its own,
/// so a killed run keeps everything written before it; re-running stores nothing twice. Documents
/// are written in input order whichever worker finishes first, so the same inputs give the same
/// store: which of two copies is the original, and which cluster an event joins, never depend on timing.
/// </summary>
public sealed class IngestRunner(IngestOptions options)
{
    /// <summary>
    /// Items in flight between stages: a fraction of a second of work, enough to keep the workers
    /// busy through a commit. More only holds documents long enough for the garbage collector to
    /// promote them to its oldest generation, where they die and wait for a full collection.
    /// </summary>
    private const int ChannelCapacity = 64;

    /// <summary>
    /// Items read but not yet written. The writer holds back items that finish before an earlier one, so
    /// this bounds what it may hold: as many as the two channels held before writes were put in order.
    /// </summary>
    private const int MaxInFlight = 2 * ChannelCapacity;

    /// <summary>Ingests the files and folders at <paramref name="paths"/>.</summary>
    public Task<IngestSummary> RunAsync(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellation = default) =>
        RunAsync(InputFiles.Expand(paths), progress, cancellation);

    /// <summary>
    /// How long a written batch may wait for more documents: keeps transactions large when analysis
    /// is slower than writing, and progress and durability within a quarter second of the work.
    /// </summary>
    private static readonly TimeSpan MaxBatchDelay = TimeSpan.FromMilliseconds(250);

    private sealed record Processed(long Sequence, PreparedDocument? Document, InputProblem? Problem, ArticleCandidate? Candidate);

    private sealed record Numbered(long Sequence, ArticleCandidate Candidate);

    /// <summary>Ingests inputs already expanded by <see cref="InputFiles.Expand"/>: files, and problems to report.</summary>
    public async Task<IngestSummary> RunAsync(IEnumerable<ReadItem> inputs, IProgress<IngestProgress>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var candidates = Channel.CreateBounded<Numbered>(new BoundedChannelOptions(ChannelCapacity) { SingleWriter = true });
        var results = Channel.CreateBounded<Processed>(new BoundedChannelOptions(MaxInFlight) { SingleReader = true });
        using var inFlight = new SemaphoreSlim(MaxInFlight);

        var reading = Task.Run(() => ReadAllAsync(inputs, candidates.Writer, results.Writer, inFlight, cancellation), cancellation);
        var workers = Enumerable.Range(0, Math.Max(1, options.Workers))
            .Select(_ => Task.Run(() => ProcessAsync(candidates.Reader, results.Writer, cancellation), cancellation))
            .ToArray();
        var completion = Task.WhenAll(workers.Append(reading)).ContinueWith(
            task => results.Writer.TryComplete(task.Exception?.GetBaseException()),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        var summary = await Task.Run(() => WriteAllAsync(results.Reader, inFlight, progress, clock, cancellation), cancellation).ConfigureAwait(false);
        await completion.ConfigureAwait(false);
        return summary;
    }

    /// <summary>Numbers the items in input order; an item may be read only when fewer than <see cref="MaxInFlight"/> wait to be written.</summary>
    private async Task ReadAllAsync(IEnumerable<ReadItem> inputs, ChannelWriter<Numbered> candidates, ChannelWriter<Processed> results, SemaphoreSlim inFlight, CancellationToken cancellation)
    {
        var reader = new ArticleReader(options.Read);
        long sequence = 0;
        try
        {
            foreach (var input in inputs)
            {
                var items = input is InputFile file ? reader.Read(file) : [input];
                foreach (var item in items)
                {
                    switch (item)
                    {
                        case ArticleCandidate candidate:
                            await inFlight.WaitAsync(cancellation).ConfigureAwait(false);
                            await candidates.WriteAsync(new Numbered(sequence++, candidate), cancellation).ConfigureAwait(false);
                            break;
                        case InputProblem problem:
                            await inFlight.WaitAsync(cancellation).ConfigureAwait(false);
                            await results.WriteAsync(new Processed(sequence++, null, problem, null), cancellation).ConfigureAwait(false);
                            break;
                    }
                }
            }
        }
        finally
        {
            candidates.Complete();
        }
    }

    private async Task ProcessAsync(ChannelReader<Numbered> candidates, ChannelWriter<Processed> results, CancellationToken cancellation)
    {
        var factory = new DocumentFactory(options.Read);
        await foreach (var (sequence, candidate) in candidates.ReadAllAsync(cancellation).ConfigureAwait(false))
        {
            Processed processed;
            try
            {
                var made = factory.Create(candidate);
                processed = made.Document is { } document
                    ? new Processed(sequence, PreparedDocument.From(options.Pipeline.Run(document)), null, candidate)
                    : new Processed(sequence, null, made.Problem, candidate);
            }
#pragma warning disable CA1031 // One article hitting a bug must not stop the batch; it is reported as rejected.
            catch (Exception e)
#pragma warning restore CA1031
            {
                processed = new Processed(sequence, null, new InputProblem(candidate.Origin, candidate.Line, $"internal error while analyzing ({e.GetType().Name}: {e.Message}); please report it"), candidate);
            }

            await results.WriteAsync(processed, cancellation).ConfigureAwait(false);
        }
    }

    private async Task<IngestSummary> WriteAllAsync(ChannelReader<Processed> results, SemaphoreSlim inFlight, IProgress<IngestProgress>? progress, Stopwatch clock, CancellationToken cancellation)
    {
        int read = 0, stored = 0, duplicates = 0;
        long bytes = 0;
        var rejected = new List<InputProblem>();
        var skipped = new List<InputProblem>();
        var warnings = new List<InputWarning>();
        using var writer = new DocumentWriter(options.DatabasePath);
        var detector = CreateDetector(writer);
        var clusterer = new Link.EventClusterer(options.EventClusterWindowDays);
        foreach (var (cluster, cameo, source, target, date, place, published) in writer.RecentEvents(options.EventClusterHistory))
        {
            clusterer.Remember(cluster, cameo, source, target, date, place, published);
        }

        var nearDuplicates = 0;
        var pending = 0;

        // Each document is written as it arrives, in a transaction committed every batch: no
        // document waits in memory for its batch, so analyzed documents die young.
        void Flush()
        {
            if (!writer.InTransaction)
            {
                return;
            }

            writer.Commit();
            pending = 0;
            progress?.Report(new IngestProgress(read, stored, duplicates, rejected.Count, bytes, clock.Elapsed));
        }

        // Items finished before an earlier one wait here until it is written; at most MaxInFlight.
        var waiting = new Dictionary<long, Processed>();
        long next = 0;

        void Write(Processed ready)
        {
            if (ready.Candidate is { } candidate)
            {
                read++;
                bytes += candidate.ByteCount;
                warnings.AddRange(candidate.Warnings.Select(w => new InputWarning(candidate.Location, w)));
            }

            if (ready.Document is { } prepared)
            {
                var document = clusterer.Assign(prepared);
                var meta = document.Document;
                var link = detector?.Add(new DedupDocument(meta.Id, meta.Text, meta.Metadata.Published)) is { Exact: false } found ? found : null;
                switch (writer.Add(document, link?.DuplicateOf))
                {
                    case WriteOutcome.Stored:
                        stored++;
                        nearDuplicates += link is null ? 0 : 1;
                        break;
                    case WriteOutcome.AlreadyStored:
                        duplicates++;
                        break;
                }

                pending++;
            }
            else if (ready.Problem is { } problem)
            {
                (problem.Rejected ? rejected : skipped).Add(problem);
                writer.AddProblem(problem);
            }
        }

        var lastFlush = clock.Elapsed;
        while (true)
        {
            if (!results.TryRead(out var item))
            {
                var waited = clock.Elapsed - lastFlush;
                if (waited >= MaxBatchDelay)
                {
                    Flush();
                    lastFlush = clock.Elapsed;
                    waited = TimeSpan.Zero;
                }

                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                timeout.CancelAfter(MaxBatchDelay - waited);
                try
                {
                    if (!await results.WaitToReadAsync(timeout.Token).ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    // No item within the delay: loop to flush what is pending.
                }

                continue;
            }

            waiting.Add(item.Sequence, item);
            while (waiting.Remove(next, out var ready))
            {
                next++;
                Write(ready);
                inFlight.Release();
            }

            if (pending >= options.BatchSize)
            {
                Flush();
                lastFlush = clock.Elapsed;
            }
        }

        Flush();
        return new IngestSummary(read, stored, duplicates, nearDuplicates, rejected, skipped, warnings, bytes, clock.Elapsed);
    }

    /// <summary>
    /// A detector primed with the store's recent originals, oldest first so the earliest copy stays
    /// the original, and keeping no more than that history as the run goes on.
    /// </summary>
    private NearDuplicateDetector? CreateDetector(DocumentWriter writer)
    {
        if (options.NearDuplicates is null)
        {
            return null;
        }

        var detector = new NearDuplicateDetector(options.NearDuplicates with { MaxIndexed = options.NearDuplicates.MaxIndexed ?? options.NearDuplicateHistory });
        foreach (var (id, text, published) in writer.RecentOriginals(options.NearDuplicateHistory))
        {
            detector.Add(new DedupDocument(id, text, published));
        }

        return detector;
    }
}
