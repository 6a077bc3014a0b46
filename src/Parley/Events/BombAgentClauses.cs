using Parley.Clauses;
using Parley.Entities;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Clauses of force whose agent is a bomb ("A roadside bombing near Samarra killed one U.S. soldier", "were killed by a car
/// bomb"): the bomb (the subject, or a passive's "by" phrase; events/bombing-nouns.tsv) says the act, a bombing of CAMEO 183, and
/// with no one named the place of the attack is the source.
/// </summary>
internal sealed class BombAgentClauses(string text, IReadOnlyList<Sentence> sentences, CameoCodebook codebook, PlaceGazetteer places, ClauseActorFinder actors)
{
    /// <summary>The clause's code and sources read from a bomb as its agent; <paramref name="code"/> and <paramref name="sources"/> when there is none.</summary>
    public (CameoCode Code, List<Actor> Sources) Recode(Clause clause, Span extent, CameoCode code, List<Actor> sources)
    {
        // "NATO's bombing campaign killed …": bombs of a state's forces are air raids or shelling, not the bombings of 183.
        var agent = clause.Passive ? clause.Arguments.FirstOrDefault(a => a.IsAgentPhrase)?.Span : clause.Subject is { } subject ? SubjectFromSentenceStart(clause, subject) : null;
        if (sources.Count > 0 && !UnconventionalViolence.Default.IsIrregular(sources[0]) || agent is not { } bomb || BombingAgents.Default.CodeOf(bomb.Slice(text)) is not { } bombing || codebook.Find(bombing) is not { } bombCode)
        {
            return (code, sources);
        }

        // With no town named, a country named only as the place ("killed by a roadside bomb in southern Lebanon") is the source.
        return sources.Count > 0 ? (bombCode, sources)
            : (BombingAgents.PlaceIn(text, bomb, places) ?? BombingAgents.PlaceIn(text, extent, places)) is { Country: { } country } place ? (bombCode, [new Actor(country, place.Name, country, null)])
            : actors.PlaceCountryOf(clause) is { } placeCountry ? (bombCode, [new Actor(placeCountry, placeCountry, placeCountry, null)])
            : (code, sources);
    }

    /// <summary>
    /// "A roadside bombing near the town of Samarra killed …": the subject finder takes the noun phrase next to the verb; when the
    /// sentence opens on a noun phrase whose preposition governs that subject, the phrase from the sentence's start is the subject.
    /// </summary>
    private Span SubjectFromSentenceStart(Clause clause, Span subject)
    {
        var start = sentences.At(clause.Sentence).Span.Start;
        var before = text.AsSpan(start, subject.Start - start).Trim();
        if (before.IsEmpty || before.Contains(',') || before.LastIndexOf(' ') is var last && last < 0)
        {
            return subject;
        }

        var lexicon = ClauseLexicon.Default;
        var first = before[..before.IndexOf(' ')].ToString().ToLowerInvariant();
        var preposition = before[(last + 1)..].ToString().ToLowerInvariant();
        return (!lexicon.TryFunctionWord(first, out var opener) || opener == WordClass.Determiner)
            && lexicon.TryFunctionWord(preposition, out var governing) && governing == WordClass.Preposition
            ? new Span(start, subject.End) : subject;
    }
}
