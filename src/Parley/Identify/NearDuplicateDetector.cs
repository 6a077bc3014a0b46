namespace Parley.Identify;

/// <summary>
/// Links each document to the earliest stored document it duplicates: the same id (exact copy),
/// or MinHash/LSH candidates confirmed by the exact Jaccard similarity of their shingle sets,
/// published within the date window. Originals and copies that drifted from their original are
/// indexed, so a later copy resembling a drifted copy still finds it; near-identical copies are
/// not indexed again (see <see cref="RedundantCopyJaccard"/>). Keeps per indexed document its id,
/// date and sorted shingle hashes (8 bytes per distinct shingle) plus its LSH bucket entries;
/// signatures are used once and dropped. With <see cref="NearDuplicateOptions.MaxIndexed"/>, only
/// that many of the most recently indexed documents are kept, so memory stays flat however long
/// the run. Not thread-safe for concurrent adds.
/// </summary>
public sealed class NearDuplicateDetector
{
    /// <summary>
    /// A copy this close to the document it duplicates adds nothing a later copy could match that
    /// the original does not (almost), while indexing it would make every popular wire story's
    /// bucket grow with each reprint, and each new document's candidate list with it.
    /// </summary>
    public const double RedundantCopyJaccard = 0.9;

    private readonly NearDuplicateOptions options;
    private readonly LshIndex index;
    private readonly List<Indexed> indexed = [];
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    public NearDuplicateDetector(NearDuplicateOptions? options = null)
    {
        this.options = options ?? new NearDuplicateOptions();
        index = new LshIndex(this.options.Bands, this.options.Rows, this.options.MaxIndexed);
    }

    /// <summary>Documents added, copies included.</summary>
    public int Count => ids.Count;

    /// <summary>Documents whose shingles are kept for comparison.</summary>
    public int IndexedCount => indexed.Count;

    /// <summary>Adds the document and returns what it duplicates, or null for a first copy.</summary>
    public DuplicateLink? Add(DedupDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!ids.Add(document.Id))
        {
            return new DuplicateLink(document.Id, 1.0, Exact: true);
        }

        var shingles = WordShingles.Of(document.CleanText, options.ShingleSize);
        if (shingles.Length == 0)
        {
            // Nothing to compare is not a match, and nothing to index.
            return null;
        }

        var signature = MinHashSignature.Compute(shingles, options.Bands * options.Rows);
        var link = FindEarliest(shingles, signature, document.Published);
        if (link is null || link.Jaccard < RedundantCopyJaccard)
        {
            var number = index.Add(signature);
            var entry = new Indexed(document.Id, document.Published, shingles);
            var slot = index.Slot(number);
            if (slot == indexed.Count)
            {
                indexed.Add(entry);
            }
            else
            {
                indexed[slot] = entry;
            }
        }

        return link;
    }

    /// <summary>Adds the documents in order; the result holds, for each, its link or null.</summary>
    public List<DuplicateLink?> AddAll(IEnumerable<DedupDocument> documents) => [.. documents.Select(Add)];

    private DuplicateLink? FindEarliest(ulong[] shingles, MinHashSignature signature, DateOnly? published)
    {
        foreach (var candidate in index.Candidates(signature))
        {
            var other = indexed[index.Slot(candidate)];
            if (!WithinWindow(published, other.Published))
            {
                continue;
            }

            var jaccard = ShingleSimilarity.Jaccard(shingles, other.Shingles);
            if (jaccard >= options.MinJaccard)
            {
                return new DuplicateLink(other.Id, jaccard, Exact: false);
            }
        }

        return null;
    }

    private bool WithinWindow(DateOnly? a, DateOnly? b) =>
        options.DateWindowDays is not { } days || a is null || b is null
        || Math.Abs(a.Value.DayNumber - b.Value.DayNumber) <= days;

    private sealed record Indexed(string Id, DateOnly? Published, ulong[] Shingles);
}
