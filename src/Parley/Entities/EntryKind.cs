namespace Parley.Entities;

/// <summary>What a dictionary phrase of the <see cref="MentionLexicon"/> names.</summary>
public enum EntryKind : byte
{
    Person,
    CountryName,
    CountryAdjective,
    Demonym,
    GovernmentMetonym,
    MilitaryMetonym,
    Organization,
    Place,
    Agent,
    Honorific,
    Pronoun,
    Nominal,
}
