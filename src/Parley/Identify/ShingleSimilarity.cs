namespace Parley.Identify;

/// <summary>Exact set similarity of sorted, distinct shingle-hash arrays.</summary>
public static class ShingleSimilarity
{
    /// <summary>|A ∩ B| / |A ∪ B|; 0 when both are empty (nothing to compare is not a match).</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 0;
        }

        var shared = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / (a.Length + b.Length - shared);
    }
}
