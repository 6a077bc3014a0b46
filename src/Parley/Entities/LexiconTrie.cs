namespace Parley.Entities;

/// <summary>
/// A trie over token sequences keyed by each token's dictionary form (<see cref="TokenText"/>).
/// Built once, then read by many threads: lookups never change it.
/// </summary>
internal sealed class LexiconTrie
{
    private readonly Node _root = new();

    public int PhraseCount { get; private set; }

    public void Add(IReadOnlyList<string> keys, LexiconEntry entry)
    {
        var node = _root;
        foreach (var key in keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Children[key] = child;
            }

            node = child;
        }

        node.Entries ??= [];
        if (!node.Entries.Contains(entry))
        {
            node.Entries.Add(entry);
            PhraseCount++;
        }
    }

    /// <summary>The root, for walking token by token with <see cref="Next"/>.</summary>
    public Node Root => _root;

    public static Node? Next(Node node, ReadOnlySpan<char> key) =>
        node.Children is { } children && children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var child) ? child : null;

    internal sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<LexiconEntry>? Entries { get; set; }
    }
}
