using Parley.Clauses;
using Parley.Knowledge;

namespace Parley.Events;

/// <summary>
/// "agreed that the talks had failed", "will agree with this assessment": agreement with a proposition or an opinion is
/// accord (CAMEO 019), not the intent to cooperate (030) the bare verb is coded with. Verbs are data (<c>events/accord-verbs.txt</c>).
/// Agreeing that something should or will be done ("agreed that their countries should cooperate") is agreeing on a course of
/// action, which the bare verb's code keeps.
/// </summary>
internal sealed class AccordClauses(IReadOnlyList<Clause> clauses, ClauseActorFinder actors)
{
    /// <summary>CAMEO 019, express accord.</summary>
    public const string AccordCode = "019";

    private const string WithPreposition = "with";

    private static readonly Lazy<HashSet<string>> Verbs = new(() =>
        DataFiles.ReadWordSet("events/accord-verbs.txt", StringComparer.Ordinal));

    /// <summary>The accord pattern that replaces <paramref name="pattern"/> for <paramref name="clause"/>, or <paramref name="pattern"/> itself.</summary>
    public VerbPattern? Recode(Clause clause, VerbPattern? pattern)
    {
        if (pattern is null || clause.Negated || !Verbs.Value.Contains(clause.Verb) || pattern.Words.Count > 1
            || pattern.Words.Count == 1 && pattern.Words[0] != WithPreposition)
        {
            return pattern;
        }

        var agreedWithThing = pattern.Words.Count == 1 && clause.Arguments.FirstOrDefault(a => a.Preposition == WithPreposition) is { } with
            && actors.ActorsIn(with.Span).Count == 0;
        var agreedProposition = pattern.Words.Count == 0 && ThatClause(clause) is { Modal: not ("should" or "would" or "will" or "must" or "shall") };
        return agreedWithThing || agreedProposition
            ? new VerbPattern(clause.Verb, false, [WithPreposition], AccordCode, Curated: true)
            : pattern;
    }

    private Clause? ThatClause(Clause clause)
    {
        for (var i = clause.Index + 1; i < clauses.Count && clauses[i].Sentence == clause.Sentence; i++)
        {
            if (clauses[i].Parent == clause.Index && clauses[i].Kind == ClauseKind.Complement)
            {
                return clauses[i];
            }
        }

        return null;
    }
}
