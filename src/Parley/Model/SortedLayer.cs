namespace Parley.Model;

/// <summary>Lookups in an annotation layer kept in text order.</summary>
public static class SortedLayer
{
    /// <summary>The index of the first item starting at or after <paramref name="start"/> in <paramref name="items"/>, sorted by start (a binary search).</summary>
    public static int FirstAt<T>(IReadOnlyList<T> items, int start, Func<T, int> startOf)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = startOf(items[mid]) < start ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }
}
