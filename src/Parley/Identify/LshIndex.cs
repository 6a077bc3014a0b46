using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Parley.Identify;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: each signature is cut into bands of rows;
/// two documents become candidates when all rows of at least one band agree. With b bands of r
/// rows, documents of Jaccard similarity s become candidates with probability 1 − (1 − s^r)^b.
/// For the default 32 × 4 that is 0.23 at s = 0.3, 0.56 at 0.4, 0.87 at 0.5, 0.99 at 0.6 and
/// 1.00 from 0.7: the S-curve's midpoint (1/b)^(1/r) ≈ 0.42 sits just below the 0.5 Jaccard
/// that confirms a duplicate, so few true copies are missed while unrelated pairs (s &lt; 0.1,
/// probability &lt; 0.004) rarely cost an exact comparison.
/// Documents are numbered 0, 1, 2… in the order added. With a capacity, only the most recent
/// <c>capacity</c> documents stay candidates: adding one more forgets the oldest, so memory stays
/// flat however many documents pass through. Not thread-safe for concurrent adds.
/// </summary>
public sealed class LshIndex
{
    public const int DefaultBands = 32;

    public const int DefaultRows = 4;

    // One dictionary for all bands (the band number seeds the key hash) keeps the head of each
    // bucket's chain; chain[slot * bands + band] links to the previous document in that bucket, and
    // keys[slot * bands + band] is the bucket, to unlink a forgotten document. A document's slot is
    // its number modulo the capacity, so the lists are rings once full.
    private readonly Dictionary<ulong, int> heads = [];
    private readonly List<int> chain = [];
    private readonly List<ulong> keys = [];
    private readonly int capacity;

    /// <param name="capacity">How many of the most recent documents stay candidates; null keeps all.</param>
    public LshIndex(int bands = DefaultBands, int rows = DefaultRows, int? capacity = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity ?? 1, 1);
        Bands = bands;
        Rows = rows;
        this.capacity = capacity ?? int.MaxValue;
    }

    public int Bands { get; }

    public int Rows { get; }

    /// <summary>Documents added, forgotten ones included: the next document's number.</summary>
    public int Count { get; private set; }

    /// <summary>The number of the oldest document still a candidate.</summary>
    public int Oldest => Count <= capacity ? 0 : Count - capacity;

    /// <summary>Adds a document and returns its number; with a full capacity, forgets the oldest.</summary>
    public int Add(MinHashSignature signature)
    {
        CheckLength(signature);
        var id = Count++;
        var slot = Slot(id) * Bands;
        var reuse = slot < chain.Count;
        for (var band = 0; band < Bands; band++)
        {
            if (reuse && heads.TryGetValue(keys[slot + band], out var head) && head == id - capacity)
            {
                // The forgotten document heads its bucket: nothing newer shares it, so the bucket goes.
                heads.Remove(keys[slot + band]);
            }

            var key = BandKey(signature, band);
            var previous = heads.TryGetValue(key, out var last) ? last : -1;
            heads[key] = id;
            if (reuse)
            {
                chain[slot + band] = previous;
                keys[slot + band] = key;
            }
            else
            {
                chain.Add(previous);
                keys.Add(key);
            }
        }

        return id;
    }

    /// <summary>Numbers of stored documents sharing at least one band with the signature, ascending.</summary>
    public List<int> Candidates(MinHashSignature signature)
    {
        CheckLength(signature);
        var found = new HashSet<int>();
        var oldest = Oldest;
        for (var band = 0; band < Bands; band++)
        {
            if (!heads.TryGetValue(BandKey(signature, band), out var doc))
            {
                continue;
            }

            // A chain runs from newer to older documents: the first forgotten one ends it.
            while (doc >= oldest)
            {
                found.Add(doc);
                doc = chain[(Slot(doc) * Bands) + band];
            }
        }

        var sorted = found.ToList();
        sorted.Sort();
        return sorted;
    }

    /// <summary>Where document <paramref name="id"/> sits in lists kept beside the index: its number modulo the capacity, reused once it is forgotten.</summary>
    public int Slot(int id) => id % capacity;

    private ulong BandKey(MinHashSignature signature, int band) =>
        XxHash3.HashToUInt64(MemoryMarshal.AsBytes(signature.Values.Slice(band * Rows, Rows)), band);

    private void CheckLength(MinHashSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        if (signature.Length != Bands * Rows)
        {
            throw new ArgumentException($"a signature of {signature.Length} values does not fill {Bands} bands of {Rows} rows", nameof(signature));
        }
    }
}
