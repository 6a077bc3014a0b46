namespace Parley.Entities;

/// <summary>What a mention names (the output contract's mention types).</summary>
public enum MentionType : byte
{
    Person,
    Organization,
    Country,
    Location,
    Group,
    Other,
}
