namespace Parley.Entities;

/// <summary>A dictionary phrase found at tokens <c>[First, First + Count)</c>, with every entry whose case rules the text meets.</summary>
public sealed record LexiconMatch(int First, int Count, IReadOnlyList<LexiconEntry> Entries)
{
    public int End => First + Count;

    public bool Has(EntryKind kind) => Find(kind) is not null;

    /// <summary>The country a place phrase stands in: a country's own code, or the country of a city or place ("Goma"); null when the phrase can be a person's name.</summary>
    public string? CountryOfPlace() =>
        Has(EntryKind.Person) ? null : Find(EntryKind.CountryName)?.Country?.Code ?? Find(EntryKind.Place)?.Place?.Country;

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
