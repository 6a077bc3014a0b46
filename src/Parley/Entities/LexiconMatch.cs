namespace Parley.Entities;

/// <summary>A dictionary phrase found at tokens <c>[First, First + Count)</c>, with every entry whose case rules the text meets.</summary>
public sealed record LexiconMatch(int First, int Count, IReadOnlyList<LexiconEntry> Entries)
{
    public int End => First + Count;

    public bool Has(EntryKind kind) => Find(kind) is not null;

    public LexiconEntry? Find(EntryKind kind)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Kind == kind)
            {
                return Entries[i];
            }
        }

        return null;
    }

    /// <summary>Whether every entry is of <paramref name="kind"/>.</summary>
    public bool IsOnly(EntryKind kind)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Kind != kind)
            {
                return false;
            }
        }

        return true;
    }
}
