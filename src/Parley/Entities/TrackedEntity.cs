namespace Parley.Entities;

/// <summary>An entity of one document while coreference runs: what it is and where it was mentioned.</summary>
internal sealed class TrackedEntity(int id, string key, MentionType type)
{
    public int Id { get; } = id;

    /// <summary>What makes two mentions the same entity by name: "person:kim-jong-un", "country:PRK", "name:Holland".</summary>
    public string Key { get; } = key;

    public MentionType Type { get; set; } = type;

    public string? PersonId { get; set; }

    public Actor? Actor { get; set; }

    public char Gender { get; set; }

    public bool Plural { get; set; }

    /// <summary>The words of the entity's names, for matching "Moon" to "Moon Jae-in".</summary>
    public HashSet<string> NameWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Sentence index and subject flag of every mention so far, in text order.</summary>
    public List<(int Sentence, bool Subject)> Mentions { get; } = [];

    public int FirstSentence => Mentions.Count > 0 ? Mentions[0].Sentence : int.MaxValue;
}
