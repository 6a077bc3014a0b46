using Parley.Clauses;

namespace Parley.Events;

/// <summary>
/// The verb pattern of the act a clause names, matched on the words after its verb to the end of its extent: what an infinitive
/// asks for, threatens or refuses ("urged China to release …", "threatened to expel …", "refused to negotiate"). Several
/// readers ask about the same infinitive, so each clause of the document is matched once.
/// </summary>
internal sealed class ActPatterns(ClauseExtents extents, PatternMatcher matcher)
{
    private readonly Dictionary<int, VerbPattern?> _byClause = [];

    /// <summary>The pattern the clause's verb and the words after it match; null for none.</summary>
    public VerbPattern? Of(Clause clause)
    {
        if (!_byClause.TryGetValue(clause.Index, out var pattern))
        {
            pattern = matcher.Match(clause.Verb, clause.Negated, extents.WordsAfterVerb(clause));
            _byClause[clause.Index] = pattern;
        }

        return pattern;
    }

    /// <summary>Whether <paramref name="pattern"/> codes an act: it is neither "no event" nor a statement that announces none.</summary>
    public static bool IsAct(VerbPattern? pattern) =>
        pattern is { } found && found.Code != VerbPattern.NoEvent && !found.Code.StartsWith(CameoRoots.Statement, StringComparison.Ordinal);

    /// <summary>The code of the act the clause names; null when it is negated ("urged Iran not to …"), no event or a statement.</summary>
    public string? CodeOf(Clause clause) => !clause.Negated && Of(clause) is var pattern && IsAct(pattern) ? pattern!.Code : null;
}
