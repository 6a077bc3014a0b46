using System.Text.Json.Serialization;
using Parley.Model;

namespace Parley.Clauses;

/// <summary>
/// One clause of a sentence: its predicate (the verb group, with negation, modal, tense and
/// voice), its main verb's lemma, subject, object and prepositional arguments. <see cref="Span"/>
/// runs from the subject (or the predicate) to the end of the clause's own words; an embedded
/// clause has the index of its <see cref="Parent"/> in the document's clause layer (-1 for none),
/// and <see cref="Introducer"/> holds the words that introduce it ("that", "only if", "unless").
/// A relative clause whose pronoun is its subject names its <see cref="Antecedent"/>.
/// </summary>
public sealed record Clause(
    [property: JsonIgnore] Span Span,
    int Index,
    int Sentence,
    ClauseKind Kind,
    int Parent,
    string Verb,
    Span Predicate,
    Span VerbToken,
    bool Negated,
    string? Modal,
    Tense Tense,
    bool Passive,
    Span? Subject,
    Span? DirectObject,
    IReadOnlyList<ClauseArgument> Arguments,
    Span Tail,
    string? Introducer) : IAnnotation
{
    /// <summary>The noun phrase a relative clause without a subject of its own says something of ("a UN panel that warned …").</summary>
    [JsonIgnore]
    public Span? Antecedent { get; init; }

    /// <summary>
    /// Whether the clause is what a noun of allegation, report or demand says ("reports that Baghdad would reject …", "demands that
    /// he step down"): content, never an act told.
    /// </summary>
    [JsonIgnore]
    public bool NounContent { get; init; }
}
