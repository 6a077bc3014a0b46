using Parley.Clauses;
using Parley.Entities;
using Parley.Knowledge;
using Parley.Model;

namespace Parley.Events;

/// <summary>
/// "Protesters clashed with police", "demonstrators attacked the US consulate": force whose agent is named as protesters
/// (<c>events/protester-nouns.txt</c>) is a protest turned violent, CAMEO 145, not fighting or an assault; "troops opened fire on
/// protesters": a state's force against them is violent repression, 175; protesters who gather, or students who occupy a building,
/// demonstrate (141). Immutable once loaded.
/// </summary>
internal sealed class ViolentProtests
{
    /// <summary>CAMEO 145: protest violently, riot.</summary>
    private const string RiotCode = "145";

    private static readonly Lazy<ViolentProtests> DefaultInstance = new(() => new ViolentProtests());

    /// <summary>Nouns of people protesting: <c>events/protester-nouns.txt</c>.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nouns = DataFiles.ReadWordLookup("events/protester-nouns.txt");

    /// <summary>Nouns of groups whose force is a riot, though their being shot at is no protest: <c>events/riot-agent-nouns.txt</c>.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _riotAgents = DataFiles.ReadWordLookup("events/riot-agent-nouns.txt");

    /// <summary>Verbs of people coming together: <c>events/gathering-verbs.txt</c>.</summary>
    private readonly HashSet<string> _gatheringVerbs = DataFiles.ReadWordSet("events/gathering-verbs.txt", StringComparer.Ordinal);

    public static ViolentProtests Default => DefaultInstance.Value;

    /// <summary>The gathering verb that takes the place held as its object ("students occupied the parliament building").</summary>
    private const string OccupyVerb = "occupy";

    /// <summary>CAMEO 141: demonstrate or rally.</summary>
    private const string DemonstrationCode = "141";

    /// <summary>CAMEO 175: use tactics of violent repression.</summary>
    private const string RepressionCode = "175";

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
        return agent is { } span && text.AsSpan(span.Start, span.End - span.Start) is var phrase && (Names(_nouns, phrase) || Names(_riotAgents, phrase))
            && codebook.Find(RiotCode) is { } riot ? riot : code;
    }

    /// <summary>
    /// 141 when protesters, students or youths named as the subject gather, assemble, converge or occupy a place ("thousands of
    /// protesters gathered on the square", "students occupied the parliament building"): their gathering is a demonstration, not a
    /// meeting or an occupation of territory; otherwise <paramref name="code"/>.
    /// </summary>
    /// <remarks>Only "occupy" takes an object: "protesters gathered signatures for a petition" demonstrate nothing.</remarks>
    public CameoCode Rally(CameoCode code, string text, Clause clause, CameoCodebook codebook) =>
        !clause.Passive && _gatheringVerbs.Contains(clause.Verb) && (clause.DirectObject is null || clause.Verb == OccupyVerb) && clause.Subject is { } span
        && text.AsSpan(span.Start, span.End - span.Start) is var subject && (Names(_nouns, subject) || Names(_riotAgents, subject))
        && codebook.Find(DemonstrationCode) is { } rally
            ? rally
            : code;

    /// <summary>
    /// 175 when <paramref name="code"/> is generic force by the state or its forces (<paramref name="source"/>) turned on protesters or a
    /// crowd: the object, a phrase of aim ("fired into crowds"), or a passive's subject; otherwise <paramref name="code"/>.
    /// </summary>
    public CameoCode Repression(CameoCode code, string text, Clause clause, Actor source, CameoCodebook codebook)
    {
        if (!CameoRoots.IsGenericForce(code.Code) || !source.IsStateActor())
        {
            return code;
        }

        foreach (var span in AimedPhrases.Of(clause))
        {
            if (Names(_nouns, text.AsSpan(span.Start, span.End - span.Start)))
            {
                return codebook.Find(RepressionCode) ?? code;
            }
        }

        return code;
    }

    private static bool Names(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> nouns, ReadOnlySpan<char> phrase)
    {
        foreach (var range in phrase.SplitAny(" ,;"))
        {
            if (nouns.Contains(phrase[range]))
            {
                return true;
            }
        }

        return false;
    }
}
