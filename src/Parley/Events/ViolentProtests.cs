using Parley.Clauses;
using Parley.Entities;
using Parley.Knowledge;
using Parley.Model;

namespace Parley.Events;

/// <summary>
/// "Protesters clashed with police", "demonstrators attacked the US consulate": force whose agent is named as protesters
/// (<c>events/protester-nouns.txt</c>) is a protest turned violent, CAMEO 145, not fighting or an assault; "troops opened fire on
/// protesters": a state's force against them is violent repression, 175. Immutable once loaded.
/// </summary>
internal sealed class ViolentProtests
{
    /// <summary>CAMEO 145: protest violently, riot.</summary>
    private const string RiotCode = "145";

    private static readonly Lazy<ViolentProtests> DefaultInstance = new(() => new ViolentProtests("events/protester-nouns.txt"));

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nouns;

    private ViolentProtests(string path) =>
        _nouns = DataFiles.ReadWordLookup(path);

    public static ViolentProtests Default => DefaultInstance.Value;

    /// <summary>CAMEO 175: use tactics of violent repression.</summary>
    private const string RepressionCode = "175";

    /// <summary>Prepositions whose phrase names those force is turned on ("fired on", "shot at", "fired into").</summary>
    private static readonly string[] AimPrepositions = ["on", "at", "into", "against"];

    /// <summary>CAMEO 1712 destroy property and 182 physically assault: what a riot does ("rioters torched shops", "protesters beat a policeman").</summary>
    private static bool IsRiotersAct(string code) => code is "1712" or "182";

    /// <summary>
    /// 145 when <paramref name="code"/> is generic force, destruction of property or an assault done by protesters, the clause's subject
    /// or a passive's "by" phrase; otherwise <paramref name="code"/>.
    /// </summary>
    public CameoCode Recode(CameoCode code, string text, Clause clause, CameoCodebook codebook)
    {
        if (!CameoRoots.IsGenericForce(code.Code) && !IsRiotersAct(code.Code))
        {
            return code;
        }

        var agent = clause.Passive ? clause.Arguments.FirstOrDefault(a => a.IsAgentPhrase)?.Span : clause.Subject;
        return agent is { } span && NamesProtesters(text.AsSpan(span.Start, span.End - span.Start)) && codebook.Find(RiotCode) is { } riot ? riot : code;
    }

    /// <summary>
    /// 175 when <paramref name="code"/> is generic force by the state or its forces (<paramref name="source"/>) turned on protesters or a
    /// crowd: the object, a phrase of aim ("fired into crowds"), or a passive's subject; otherwise <paramref name="code"/>.
    /// </summary>
    public CameoCode Repression(CameoCode code, string text, Clause clause, Actor source, CameoCodebook codebook)
    {
        if (!CameoRoots.IsGenericForce(code.Code) || !(source.Role is null ? source.Country is not null : Actor.IsStateRole(source.Role)))
        {
            return code;
        }

        var aimed = clause.Passive ? [clause.Subject]
            : clause.Arguments.Where(a => Array.IndexOf(AimPrepositions, a.Preposition) >= 0).Select(a => (Span?)a.Span).Prepend(clause.DirectObject);
        foreach (var phrase in aimed)
        {
            if (phrase is { } span && NamesProtesters(text.AsSpan(span.Start, span.End - span.Start)))
            {
                return codebook.Find(RepressionCode) ?? code;
            }
        }

        return code;
    }

    private bool NamesProtesters(ReadOnlySpan<char> phrase)
    {
        foreach (var range in phrase.SplitAny(" ,;"))
        {
            if (_nouns.Contains(phrase[range]))
            {
                return true;
            }
        }

        return false;
    }
}
