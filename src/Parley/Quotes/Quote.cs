using Parley.Entities;
using Parley.Model;

namespace Parley.Quotes;

/// <summary>
/// Words attributed to a speaker. For a direct quote, <see cref="Span"/> covers the quoted words
/// without the quotation marks (and without a trailing comma that belongs to the attribution);
/// for reported speech it covers the reported clause ("the US wants to keep sanctions in place").
/// The speaker is found first as text (<see cref="SpeakerSpan"/>, which may be a pronoun such as
/// "he") and then resolved, when a mentions layer exists, to an entity and a CAMEO actor.
/// <see cref="Via"/> names a medium that relays the speaker's words ("KCNA said Kim stressed …").
/// </summary>
public sealed record Quote(Span Span, bool Direct, int SentenceIndex) : IAnnotation
{
    public Span? SpeakerSpan { get; init; }

    public string? SpeakerText { get; init; }

    /// <summary>The per-document entity of the speaker (shared by coreferent mentions), when resolved.</summary>
    public int? SpeakerEntity { get; init; }

    /// <summary>The speaker as a CAMEO actor on the document's date, when resolved.</summary>
    public Actor? Speaker { get; init; }

    /// <summary>The attribution phrase as written ("said", "told reporters", "according to"); null when inferred.</summary>
    public string? Verb { get; init; }

    public Span? ViaSpan { get; init; }

    public string? ViaText { get; init; }

    public Actor? Via { get; init; }
}
