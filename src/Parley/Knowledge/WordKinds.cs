namespace Parley.Knowledge;

/// <summary>A data file of cue words with their kind (columns <c>word</c> and <c>kind</c>), read once, asked for the words of some kinds.</summary>
internal sealed class WordKinds(ILookup<string, string> wordsByKind)
{
    public static WordKinds Read(string path)
    {
        var table = TsvTable.Read(path);
        return new(table.Rows.ToLookup(r => table.Cell(r, "kind"), r => table.Cell(r, "word"), StringComparer.Ordinal));
    }

    /// <summary>The words of the given kinds, compared with <paramref name="comparer"/>.</summary>
    public HashSet<string> Of(StringComparer comparer, params string[] kinds) => new(kinds.SelectMany(k => wordsByKind[k]), comparer);
}
