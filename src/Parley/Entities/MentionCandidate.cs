using Parley.Model;

namespace Parley.Entities;

/// <summary>
/// A mention as the finder sees it, before coreference: where it is, what it names and every
/// clue coreference and actor resolution use (the person or country it names, the office a title
/// names, gender and number, whether it is a sentence's subject or inside a quotation).
/// <see cref="Actor"/> is set when the mention resolves on its own ("U.S. President Donald
/// Trump"); pronouns, surnames and descriptions get theirs from coreference.
/// </summary>
public sealed record MentionCandidate(Span Span, MentionType Type, MentionForm Form, int Sentence) : IAnnotation
{
    /// <summary>The name's own words ("Moon Jae-in" in "South Korean President Moon Jae-in").</summary>
    public Span Head { get; init; }

    public Actor? Actor { get; init; }

    public string? PersonId { get; init; }

    /// <summary>The country the mention names or its title names ("South Korean" → KOR).</summary>
    public string? Country { get; init; }

    /// <summary>CAMEO role code from agent words ("officials" → GOV, "military" → MIL).</summary>
    public string? Role { get; init; }

    /// <summary>The office a title names (a people.tsv role such as head_of_state), if any.</summary>
    public string? Office { get; init; }

    /// <summary>The country a title deals with ("envoy for North Korea" → PRK).</summary>
    public string? ForCountry { get; init; }

    public string? PlaceName { get; init; }

    public NominalEntry? Nominal { get; init; }

    /// <summary>'m', 'f', 'n' (things), '*' (any) or '\0' (unknown).</summary>
    public char Gender { get; init; }

    public bool Plural { get; init; }

    public bool Possessive { get; init; }

    public bool Indefinite { get; init; }

    public bool Former { get; init; }

    public bool IsSubject { get; init; }

    public bool InQuote { get; init; }

    /// <summary>For "his special envoy": the span of the possessive pronoun, whose antecedent gives the country.</summary>
    public Span? Possessor { get; init; }

    /// <summary>"Howard", "Mr Howard": a one-word name the lexicon read as a known person, whom other people may share.</summary>
    public bool IsLoneSurname(string text) =>
        Form == MentionForm.Name && PersonId is not null && !text.AsSpan(Head.Start, Head.Length).Contains(' ');
}
