using Parley.Knowledge;

namespace Parley.Quotes;

/// <summary>A case-insensitive set of words read from a data file, looked up by span.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordSet(IEnumerable<string> words) =>
        _lookup = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static WordSet Read(string path) => new(DataFiles.ReadDataLines(path).Select(line => line.Trim()));

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
