using Parley.Clauses;
using Parley.Entities;
using Parley.Model;

namespace Parley.Events;

/// <summary>
/// Reads a clause whose subject is a pronoun. Coreference links an "it" to an actor named before, but a story's "it" is as
/// often the firm, bill, move or campaign the sentence speaks of, which is no actor; and a "he" or "they" left without an
/// actor may stand for a person the story names who is none. These checks catch the readings in which the pronoun is no actor.
/// </summary>
internal sealed class PronounSubjects(string text, IReadOnlyList<Clause> clauses, ClauseActorFinder actors, IReadOnlyDictionary<int, List<Actor>> sourcesByClause, IReadOnlyList<Mention> mentions)
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
    /// possible act whose "it" is not the actor that says it, nor of its country ("China said it could retaliate", "Seoul said it might
    /// expel the ambassador"), is what a thing might bring about. After a report that follows another act ("Tokyo condemned the
    /// missile test, saying it could threaten Japan") only the speaker's very code makes the "it" the speaker's.
    /// </summary>
    public bool IsThingsPossibleEffect(Clause clause, Actor source) =>
        IsIt(clause.Subject) && !(clause.Parent >= 0 && sourcesByClause.GetValueOrDefault(clause.Parent) is { } speakers
            && speakers.Any(s => s.Code == source.Code || s.Country is not null && s.Country == source.Country && clauses[clause.Parent].Kind != ClauseKind.Relative));

    /// <summary>
    /// "Sam Younger, chairman of the Electoral Commission, … He called for …": a pronoun that coreference tied to someone the story
    /// names, none of whose mentions is an actor, stands for that person or body, not for the last actor named.
    /// </summary>
    public bool NamesKnownNonActor(Span pronoun) => PronounsOfNamedNonActors.Contains(pronoun.Start);

    private HashSet<int> PronounsOfNamedNonActors => field ??= FindPronounsOfNamedNonActors();

    private HashSet<int> FindPronounsOfNamedNonActors()
    {
        var named = new HashSet<int>();
        var actorEntities = new HashSet<int>();
        foreach (var mention in mentions)
        {
            if (mention.Actor is not null)
            {
                actorEntities.Add(mention.Entity);
            }
            else if (mention.Form == MentionForm.Name)
            {
                named.Add(mention.Entity);
            }
        }

        return [.. mentions.Where(m => m.Form == MentionForm.Pronoun && named.Contains(m.Entity) && !actorEntities.Contains(m.Entity)).Select(m => m.Span.Start)];
    }

    /// <summary>Whether <paramref name="span"/> is the word "it".</summary>
    public bool IsIt(Span? span) => span is { } s && text.AsSpan(s.Start, s.Length) is "it" or "It";
}
