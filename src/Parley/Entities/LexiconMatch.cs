namespace Parley.Entities;

/// <summary>A dictionary phrase found at tokens <c>[First, First + Count)</c>, with every entry whose case rules the text meets.</summary>
public sealed record LexiconMatch(int First, int Count, IReadOnlyList<LexiconEntry> Entries)
{
    public int End => First + Count;

    public bool Has(EntryKind kind) => Entries.Any(e => e.Kind == kind);

    public LexiconEntry? Find(EntryKind kind) => Entries.FirstOrDefault(e => e.Kind == kind);
}
