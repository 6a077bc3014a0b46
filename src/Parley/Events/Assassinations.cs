using Parley.Clauses;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// "Gunmen shot dead the governor of Punjab", "Indira Gandhi was gunned down by her bodyguards": killing a person named by a
/// position of political weight (<c>events/assassination-titles.txt</c>) is an assassination, CAMEO 186, not generic force.
/// Immutable once loaded.
/// </summary>
internal sealed class Assassinations
{
    /// <summary>CAMEO 186: assassinate.</summary>
    private const string AssassinationCode = "186";

    private static readonly Lazy<Assassinations> DefaultInstance = new(() => new Assassinations());

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles = DataFiles.ReadWordLookup("events/assassination-titles.txt");
    private readonly HashSet<string> _verbs = DataFiles.ReadWordSet("events/killing-verbs.txt", StringComparer.Ordinal);

    public static Assassinations Default => DefaultInstance.Value;

    /// <summary>186 when <paramref name="code"/> is generic force by a verb of killing on one named by a position; otherwise <paramref name="code"/>.</summary>
    public CameoCode Recode(CameoCode code, string text, IReadOnlyList<Token> tokens, Clause clause, CameoCodebook codebook)
    {
        if (!CameoRoots.IsGenericForce(code.Code) || !_verbs.Contains(clause.Verb) || clause.Negated)
        {
            return code;
        }

        var killed = clause.Passive ? clause.Subject : clause.DirectObject;
        if (killed is not { } phrase)
        {
            return code;
        }

        var first = SortedLayer.FirstAt(tokens, phrase.Start, t => t.Span.Start);
        var dead = first < tokens.Count && tokens[first].In(text) is "dead";
        if (clause.Verb == "shoot" && !(dead || clause.Passive && FollowedByDead(text, tokens, clause)))
        {
            return code;
        }

        for (var i = dead ? first + 1 : first; i < tokens.Count && tokens[i].Span.End <= phrase.End; i++)
        {
            // The phrase of the one killed ends before what is said of him: "the governor of Punjab province", "the mayor, who …".
            var word = tokens[i].In(text);
            if (word is "of" or "," or "in" or "at" or "on" or "and" or "who" or "(")
            {
                break;
            }

            if (_titles.Contains(word))
            {
                return codebook.Find(AssassinationCode) ?? code;
            }
        }

        return code;
    }

    /// <summary>"was shot dead": the word after a passive verb.</summary>
    private static bool FollowedByDead(string text, IReadOnlyList<Token> tokens, Clause clause)
    {
        var next = SortedLayer.FirstAt(tokens, clause.VerbToken.End, t => t.Span.Start);
        return next < tokens.Count && tokens[next].In(text) is "dead";
    }
}
