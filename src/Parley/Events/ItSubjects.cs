using Parley.Clauses;
using Parley.Entities;
using Parley.Model;

namespace Parley.Events;

/// <summary>
/// Reads a clause whose subject is "it". Coreference links such an "it" to an actor named before, but a story's "it" is as
/// often the firm, bill, move or campaign the sentence speaks of, which is no actor; these checks catch the readings in which it must be.
/// </summary>
internal sealed class ItSubjects(string text, IReadOnlyList<Clause> clauses, ClauseActorFinder actors, IReadOnlyDictionary<int, List<Actor>> sourcesByClause)
{
    /// <summary>
    /// "The airline said it had agreed a loan", "Nissan says it will offer …": the "it" a speaker says something of is that
    /// speaker, so when the speaker is named by words that are no actor, so is the "it", whatever country coreference found before.
    /// </summary>
    public bool SpeakerNamesNoActor(Clause clause) =>
        clause.Kind == ClauseKind.Complement && IsIt(clause.Subject) && clause.Parent >= 0
        && clauses[clause.Parent].Subject is { } speaker && !IsIt(speaker) && !actors.IsPronoun(speaker)
        && sourcesByClause.GetValueOrDefault(clause.Parent) is null or { Count: 0 };

    /// <summary>
    /// "Russia said the move would heighten tensions … and it would likely …", "she thinks it could still be successful": a
    /// possible act whose "it" is not the actor that says it ("China said it could retaliate") is what a thing might bring about.
    /// </summary>
    public bool IsThingsPossibleEffect(Clause clause, Actor source) =>
        IsIt(clause.Subject) && !(clause.Parent >= 0 && sourcesByClause.GetValueOrDefault(clause.Parent) is { } speakers && speakers.Any(s => s.Code == source.Code));

    private bool IsIt(Span? span) => span is { } s && s.Slice(text) is "it" or "It";
}
