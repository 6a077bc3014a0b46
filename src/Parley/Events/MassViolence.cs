using System.Globalization;
using Parley.Clauses;
using Parley.Entities;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// "Libya expelled 30,000 Egyptian workers", "forces killed thousands of civilians": an expulsion (CAMEO 174, or 166 for a
/// bare "expel") or a killing (generic force by a verb of killing) of people counted in thousands is a mass expulsion (201) or
/// a mass killing (202); "expelled two diplomats", "killed 40 soldiers" stay what they are. Immutable once loaded.
/// </summary>
internal sealed class MassViolence
{
    /// <summary>CAMEO 174: expel or deport individuals.</summary>
    private const string ExpulsionCode = "174";

    /// <summary>CAMEO 166: expel or withdraw, not specified below (PETRARCH's reading of a bare "expel").</summary>
    private const string GenericExpulsionCode = "166";

    /// <summary>"deport": a removal by law, which the codebook keeps at 174 however many are removed.</summary>
    private const string DeportVerb = "deport";

    /// <summary>CAMEO 201: engage in mass expulsion.</summary>
    private const string MassExpulsionCode = "201";

    /// <summary>CAMEO 202: engage in mass killings.</summary>
    private const string MassKillingCode = "202";

    /// <summary>The least figure counted as a mass: the codebook's "large numbers", read as thousands.</summary>
    private const double MassFigure = 1000;

    /// <summary>How many words from its start a phrase's count may reach ("an estimated tens of thousands of …").</summary>
    private const int MaxCountWords = 6;

    private static readonly Lazy<MassViolence> DefaultInstance = new(() => new MassViolence());

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _countWords = DataFiles.ReadWordLookup("events/mass-count-words.txt");

    public static MassViolence Default => DefaultInstance.Value;

    /// <summary>
    /// 201 or 202 when <paramref name="code"/> expels or kills (<paramref name="kills"/>: the clause's verb is one of killing) those
    /// its object (a passive's subject) counts in thousands; otherwise <paramref name="code"/>. A deportation is a legal act (174
    /// whatever its size: "deported 1,500 failed asylum seekers"), killing armed men in thousands is fighting ("killed 1,000
    /// insurgents"), and an act with no one it is done to (<paramref name="target"/>) is left as it is.
    /// </summary>
    public CameoCode Recode(CameoCode code, string text, IReadOnlyList<Token> tokens, Clause clause, bool kills, Actor? target, CameoCodebook codebook)
    {
        var mass = code.Code is ExpulsionCode or GenericExpulsionCode && clause.Verb != DeportVerb ? MassExpulsionCode
            : kills && CameoRoots.IsGenericForce(code.Code) && !IsArmed(target) ? MassKillingCode
            : null;
        if (mass is null || target is null || clause.Negated || (clause.Passive ? clause.Subject : clause.DirectObject) is not { } counted
            || !IsCountedInThousands(text, tokens, counted.Start, clause.Span.End))
        {
            return code;
        }

        return codebook.Find(mass) ?? code;
    }

    /// <summary>Soldiers, police or an armed group: those whose killing in numbers is fighting, not a massacre.</summary>
    private static bool IsArmed(Actor? actor) =>
        actor is not null && (actor.Role is { Length: >= 3 } role && (role.StartsWith("MIL", StringComparison.Ordinal) || role.StartsWith("COP", StringComparison.Ordinal))
            || UnconventionalViolence.Default.IsIrregular(actor));

    /// <summary>
    /// Whether the phrase at <paramref name="start"/> opens with a count of a thousand or more: a figure ("8,000", "1.5 million") or a
    /// word of <c>events/mass-count-words.txt</c>. The count may run past the object the clause reader ended at its first "of"
    /// ("hundreds of thousands of workers"), not past the clause's end.
    /// </summary>
    private bool IsCountedInThousands(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        var first = SortedLayer.FirstAt(tokens, start, t => t.Span.Start);
        for (var i = first; i < tokens.Count && i - first < MaxCountWords && tokens[i].Span.End <= end; i++)
        {
            var word = tokens[i].In(text);
            if (_countWords.Contains(word))
            {
                return true;
            }

            // "1.5 million", "two million" count with the word after their figure; "two of thousands of demonstrators" counts two.
            var lower = word.ToString().ToLowerInvariant();
            var figure = 0.0;
            if (tokens[i].Kind == TokenKind.Number && double.TryParse(word, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out figure)
                || ClauseLexicon.Default.IsNumberWord(lower) && !ClauseLexicon.Default.IsQuantityNoun(lower))
            {
                return figure >= MassFigure || i + 1 < tokens.Count && tokens[i + 1].Span.End <= end && _countWords.Contains(tokens[i + 1].In(text));
            }

            // Only the words of an amount lead to its count ("an estimated tens of thousands of"); "two journalists from the
            // 5,000-strong mission" counts two.
            if (lower != "of" && !PatternMatcher.IsApproximator(lower) && !ClauseLexicon.Default.IsQuantityNoun(lower))
            {
                return false;
            }
        }

        return false;
    }
}
