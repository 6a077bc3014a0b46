using Parley.Clauses;
using Parley.Entities;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// The counterpart of a comment or accusation whose clause names none (discourse-target-codes.tsv):
/// the country of the nearest actor named before the clause, in its sentence or the one before,
/// that is not the source's own. "Kim said … He cited a UN panel that warned of illegal transfers":
/// the warning concerns the country the text is speaking of.
/// </summary>
internal sealed class DiscourseCounterpart(IReadOnlyList<Sentence> sentences, ClauseActorFinder actors)
{
    /// <summary>A counterpart read from the sentences around is a guess.</summary>
    private const double GuessConfidence = 0.5;

    private static readonly Lazy<HashSet<string>> Codes = new(() =>
    {
        var table = Knowledge.TsvTable.Read("events/discourse-target-codes.tsv");
        return new(table.Rows.Select(r => table.Cell(r, "code")), StringComparer.Ordinal);
    });

    public Actor? For(Clause clause, CameoCode code, Actor source)
    {
        if (!Codes.Value.Contains(code.Code))
        {
            return null;
        }

        // The clause's own sentence before it, then the sentence before; within each, the latest country named first.
        var own = SentenceAt(clause.Sentence)?.Span.Start ?? clause.Span.Start;
        return Latest(new Span(own, Math.Max(own, clause.Span.Start)), source)
            ?? (SentenceAt(clause.Sentence - 1) is { } previous ? Latest(previous.Span, source) : null);
    }

    private Actor? Latest(Span span, Actor source)
    {
        var named = actors.ActorsIn(span);
        for (var i = named.Count - 1; i >= 0; i--)
        {
            if (named[i].Country is { Length: 3 } country && country != source.Country && named[i].Code != source.Code)
            {
                return new Actor(country, country, country, null) { Confidence = GuessConfidence };
            }
        }

        return null;
    }

    private Sentence? SentenceAt(int index) =>
        index < 0 ? null : index < sentences.Count && sentences[index].Index == index ? sentences[index] : sentences.FirstOrDefault(s => s.Index == index);
}
