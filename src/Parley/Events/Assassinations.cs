using Parley.Clauses;
using Parley.Entities;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// "Gunmen shot dead the governor of Punjab", "Indira Gandhi was gunned down by her bodyguards": killing a person named by a
/// position of political weight (<c>events/assassination-titles.txt</c>) is an assassination, CAMEO 186, not generic force; force
/// shooting or bombing such a person's motorcade is an attempt (185). Immutable once loaded.
/// </summary>
internal sealed class Assassinations
{
    /// <summary>CAMEO 186: assassinate.</summary>
    private const string AssassinationCode = "186";

    /// <summary>CAMEO 185: attempt to assassinate.</summary>
    private const string AttemptCode = "185";

    /// <summary>Nouns of the vehicle a person of position travels in: <c>events/leader-vehicles.txt</c>.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _vehicles = DataFiles.ReadWordLookup("events/leader-vehicles.txt");

    /// <summary>Verbs of shooting or bombing, with which force on a leader's vehicle is an attempt on his life: <c>events/attempt-verbs.txt</c>.</summary>
    private readonly HashSet<string> _attemptVerbs = DataFiles.ReadWordSet("events/attempt-verbs.txt", StringComparer.Ordinal);

    private static readonly Lazy<Assassinations> DefaultInstance = new(() => new Assassinations());

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles = DataFiles.ReadWordLookup("events/assassination-titles.txt");

    /// <summary>Verbs of killing with the word that must follow them, or null: <c>events/killing-verbs.txt</c>.</summary>
    private readonly Dictionary<string, string?> _verbs = DataFiles.ReadDataLines("events/killing-verbs.txt")
        .Select(l => l.Trim().Split(' ', 2)).Where(p => p[0].Length > 0).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : null, StringComparer.Ordinal);

    public static Assassinations Default => DefaultInstance.Value;

    /// <summary>Whether <paramref name="lemma"/> is a verb of killing (<c>events/killing-verbs.txt</c>; "shoot" only with "dead").</summary>
    public bool IsKillingVerb(string lemma) => _verbs.TryGetValue(lemma, out var particle) && particle is null;

    /// <summary>
    /// 186 when <paramref name="code"/> is generic force by a verb of killing on a political actor (<paramref name="target"/>) named by a
    /// position; otherwise <paramref name="code"/>.
    /// </summary>
    public CameoCode Recode(CameoCode code, string text, IReadOnlyList<Token> tokens, Clause clause, Actor? target, CameoCodebook codebook)
    {
        if (!CameoRoots.IsGenericForce(code.Code) || clause.Negated || target is null || !IsPolitical(target))
        {
            return code;
        }

        if (AimsAtVehicle(text, tokens, clause))
        {
            // "Gunmen opened fire on President Mubarak's motorcade": shooting at a titled person's car is an attempt on his life.
            return codebook.Find(AttemptCode) ?? code;
        }

        if (!_verbs.TryGetValue(clause.Verb, out var particle))
        {
            return code;
        }

        var killed = clause.Passive ? clause.Subject : clause.DirectObject;
        if (killed is not { } phrase)
        {
            return code;
        }

        var first = SortedLayer.FirstAt(tokens, phrase.Start, t => t.Span.Start);
        var particleFirst = particle is not null && first < tokens.Count && tokens[first].In(text).SequenceEqual(particle);
        if (particle is not null && !(particleFirst || clause.Passive && WordAfterVerb(text, tokens, clause).SequenceEqual(particle)))
        {
            return code;
        }

        // The phrase of the one killed ends before what is said of him ("the governor of Punjab province", "the mayor, who …"); its
        // last word before that, or before a name, is its head ("Prime Minister Indira Gandhi").
        var headIsTitle = false;
        for (var i = particleFirst ? first + 1 : first; i < tokens.Count && tokens[i].Span.End <= phrase.End; i++)
        {
            var word = tokens[i].In(text);
            if (word is "of" or "," or "in" or "at" or "on" or "and" or "who" or "(")
            {
                break;
            }

            if (tokens[i].Kind == TokenKind.Clitic)
            {
                // "the governor's brother" names the brother; "Burundi's president" names the president.
                if (headIsTitle)
                {
                    return code;
                }

                continue;
            }

            if (word.Length > 0 && char.IsUpper(word[0]) && headIsTitle && !_titles.Contains(word))
            {
                break;
            }

            headIsTitle = _titles.Contains(word);
        }

        return headIsTitle ? codebook.Find(AssassinationCode) ?? code : code;
    }

    /// <summary>
    /// Whether a verb of shooting or bombing is turned on a titled person's vehicle (<see cref="AimedPhrases"/>): a word of position,
    /// then "'s" and a noun of <c>events/leader-vehicles.txt</c> ("President Mubarak's motorcade"). A raid on a home is a raid.
    /// </summary>
    private bool AimsAtVehicle(string text, IReadOnlyList<Token> tokens, Clause clause)
    {
        if (!_attemptVerbs.Contains(clause.Verb))
        {
            return false;
        }

        foreach (var span in AimedPhrases.Of(clause))
        {
            var titled = false;
            for (var i = SortedLayer.FirstAt(tokens, span.Start, t => t.Span.Start); i + 1 < tokens.Count && tokens[i + 1].Span.End <= span.End; i++)
            {
                titled |= _titles.Contains(tokens[i].In(text));
                if (titled && tokens[i + 1].Kind == TokenKind.Clitic && i + 2 < tokens.Count && tokens[i + 2].Span.End <= span.End && _vehicles.Contains(tokens[i + 2].In(text)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A state's agent, a legislator, an elite, a party or opposition, an armed group or an international body's people.</summary>
    private static bool IsPolitical(Actor actor) =>
        actor.Role is not { Length: >= 3 } role || Actor.IsStateRole(role) || role.AsSpan(0, 3) is "LEG" or "ELI" or "OPP" or "PTY"
        || UnconventionalViolence.Default.IsIrregular(actor) || actor.Code.StartsWith("IGO", StringComparison.Ordinal);

    /// <summary>"was shot dead", "was gunned down": the word after a passive verb.</summary>
    private static ReadOnlySpan<char> WordAfterVerb(string text, IReadOnlyList<Token> tokens, Clause clause)
    {
        var next = SortedLayer.FirstAt(tokens, clause.VerbToken.End, t => t.Span.Start);
        return next < tokens.Count ? tokens[next].In(text) : [];
    }
}
