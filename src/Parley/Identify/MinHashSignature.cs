using System.Numerics;
using System.Runtime.InteropServices;

namespace Parley.Identify;

/// <summary>
/// A MinHash signature: for each of k hash functions, the smallest hash over a shingle set. The
/// share of positions where two signatures agree estimates the Jaccard similarity of the sets.
/// The k functions are one 64-bit shingle hash XOR-ed with k fixed seeds and passed through a
/// bijective 64-bit mixer, so a signature costs k cheap mixes per shingle and is the same on
/// every machine and run. Immutable.
/// </summary>
public sealed class MinHashSignature
{
    /// <summary>
    /// 128 values: the estimate's standard error is about sqrt(J(1-J)/128) ≈ 0.044 at J = 0.5,
    /// and 32 bands × 4 rows divide it evenly (see <see cref="LshIndex"/>). 1 KB per document.
    /// </summary>
    public const int DefaultLength = 128;

    private static readonly ulong[] Seeds = MakeSeeds(1024);

    private readonly ulong[] values;

    private MinHashSignature(ulong[] values) => this.values = values;

    public ReadOnlySpan<ulong> Values => values;

    public int Length => values.Length;

    /// <param name="shingles">Shingle hashes (any order; duplicates are harmless).</param>
    /// <param name="length">Number of hash functions, at most 1024.</param>
    public static MinHashSignature Compute(ReadOnlySpan<ulong> shingles, int length = DefaultLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Seeds.Length);
        var mins = new ulong[length];
        Array.Fill(mins, ulong.MaxValue);
        // The same mixes as the scalar loop, a vector of seeds at a time: identical values, several times faster.
        var lanes = Vector.IsHardwareAccelerated ? length / Vector<ulong>.Count * Vector<ulong>.Count : 0;
        var vectorMins = MemoryMarshal.Cast<ulong, Vector<ulong>>(mins.AsSpan(0, lanes));
        var vectorSeeds = MemoryMarshal.Cast<ulong, Vector<ulong>>(Seeds.AsSpan(0, lanes));
        foreach (var shingle in shingles)
        {
            var broadcast = new Vector<ulong>(shingle);
            for (var v = 0; v < vectorMins.Length; v++)
            {
                vectorMins[v] = Vector.Min(vectorMins[v], Mix(broadcast ^ vectorSeeds[v]));
            }

            for (var i = lanes; i < mins.Length; i++)
            {
                var h = Mix(shingle ^ Seeds[i]);
                if (h < mins[i])
                {
                    mins[i] = h;
                }
            }
        }

        return new MinHashSignature(mins);
    }

    /// <summary>Share of agreeing positions: an estimate of the Jaccard similarity of the two shingle sets.</summary>
    public double EstimateJaccard(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Length != Length)
        {
            throw new ArgumentException($"signatures of different lengths ({Length} and {other.Length}) cannot be compared", nameof(other));
        }

        var same = 0;
        for (var i = 0; i < values.Length; i++)
        {
            same += values[i] == other.values[i] ? 1 : 0;
        }

        return (double)same / values.Length;
    }

    /// <summary>
    /// A bijective 64-bit finalizer (xor-shift / odd-multiply rounds, constants from the
    /// SplitMix64 generator): flips about half the output bits per input bit, which is what makes
    /// the seeded variants behave as independent hash functions for MinHash.
    /// </summary>
    internal static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    private static Vector<ulong> Mix(Vector<ulong> x)
    {
        x ^= Vector.ShiftRightLogical(x, 30);
        x *= new Vector<ulong>(0xBF58476D1CE4E5B9UL);
        x ^= Vector.ShiftRightLogical(x, 27);
        x *= new Vector<ulong>(0x94D049BB133111EBUL);
        x ^= Vector.ShiftRightLogical(x, 31);
        return x;
    }

    private static ulong[] MakeSeeds(int count)
    {
        // Seeds from a fixed golden-ratio sequence: deterministic across runs and platforms.
        var seeds = new ulong[count];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < count; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
