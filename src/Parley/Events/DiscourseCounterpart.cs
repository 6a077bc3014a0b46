using Parley.Clauses;
using Parley.Entities;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// The counterpart of a comment or accusation whose clause names none (discourse-target-codes.tsv):
/// the country of the nearest actor named before the clause in its own sentence that is neither the
/// source's own nor a news outlet. "He cited a UN panel that warned of illegal transfers", "North
/// Korea expelled inspectors after U.S. officials alleged that …": the comment concerns the country
/// whose actor the sentence is about. The sentence before is not read: across sentences the
/// subject changes too often ("Hain warned of complacency" after a sentence on Sudan).
/// </summary>
internal sealed class DiscourseCounterpart(IReadOnlyList<Sentence> sentences, ClauseActorFinder actors)
{
    /// <summary>A counterpart read from the sentences around is a guess.</summary>
    private const double GuessConfidence = 0.5;

    /// <summary>A news outlet reports the comment; it is not whom the comment concerns.</summary>
    public const string MediaRole = "MED";

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

        var own = sentences.At(clause.Sentence).Span.Start;
        var named = actors.ActorsIn(new Span(own, Math.Max(own, clause.Span.Start)));
        for (var i = named.Count - 1; i >= 0; i--)
        {
            if (named[i] is { Country: { Length: 3 } country, Role: not MediaRole } && country != source.Country && named[i].Code != source.Code)
            {
                return new Actor(country, country, country, null) { Confidence = GuessConfidence };
            }
        }

        return null;
    }
}
