using Parley.Knowledge;

namespace Parley.Entities;

/// <summary>
/// One phrase of the <see cref="MentionLexicon"/>: its kind, the knowledge it stands for (only
/// the field matching <see cref="Kind"/> is set) and, per token, whether the text must be
/// capitalized ("Moon", not "moon") or all capitals ("US", not "us") to match.
/// </summary>
public sealed record LexiconEntry(EntryKind Kind, string Surface, CaseRule[] CaseRules)
{
    public PersonEntry? Person { get; init; }

    public CountryEntry? Country { get; init; }

    public OrganizationEntry? Organization { get; init; }

    public PlaceEntry? Place { get; init; }

    public AgentEntry? Agent { get; init; }

    public PronounEntry? Pronoun { get; init; }

    public NominalEntry? Nominal { get; init; }

    /// <summary>The gender an honorific gives ("Mrs." → 'f'), or '\0'.</summary>
    public char Gender { get; init; }
}
