using Parley.Clauses;

namespace Parley.Events;

/// <summary>
/// The specific code of an appeal, demand or refusal that the codebook gives by the act it is about: "urged China to release
/// the journalists" is 0253 (appeal for release), "demanded that Russia withdraw its troops" 1056, "refused to negotiate" 125.
/// The act is read from the infinitive the clause governs, or for appeals and demands also from its that-clause; the act's
/// code is mirrored through <see cref="IntentCodes.Appeals"/>, <see cref="IntentCodes.Demands"/> or <see cref="IntentCodes.Refusals"/>.
/// </summary>
internal sealed class RequestedActs(IReadOnlyList<Clause> clauses, ClauseExtents extents, ActPatterns acts, CameoCodebook codebook)
{
    /// <summary>
    /// <paramref name="code"/> refined by the act the clause asks for or refuses, or <paramref name="code"/> itself. A curated row
    /// that gives a specific code, or names two or more words after its verb ("failed to reach an agreement"), keeps it; a
    /// curated residual row of one word ("resisted calls" 120, "wants sanctions" 100) and PETRARCH's guesses from the noun
    /// ("rejected calls …" 122, "rejected an offer …" 127) give way to the act asked for.
    /// </summary>
    public CameoCode Recode(Clause clause, CameoCode code, VerbPattern pattern)
    {
        var mirror = code.Root switch
        {
            CameoRoots.Appeal => IntentCodes.Appeals,
            CameoRoots.Demand => IntentCodes.Demands,
            CameoRoots.Reject => IntentCodes.Refusals,
            _ => null,
        };
        var residual = code.Code.Length == 3 && code.Code[2] == '0';
        if (mirror is null || pattern.Curated && (!residual || pattern.Words.Count > 1)
            || ActOf(clause, withComplement: code.Root != CameoRoots.Reject) is not { } act)
        {
            return code;
        }

        var refined = mirror.IntentOf(act);
        return refined != act && refined.StartsWith(code.Root, StringComparison.Ordinal) && codebook.Find(refined) is { } found ? found : code;
    }

    /// <summary>
    /// The code of the first act among the clause's governed infinitives (and complement, when asked) that is neither negated
    /// ("urged Iran not to …" asks for no act), a statement nor no event.
    /// </summary>
    private string? ActOf(Clause clause, bool withComplement)
    {
        foreach (var i in extents.GovernedInfinitives(clause))
        {
            if (acts.CodeOf(clauses[i]) is { } code)
            {
                return code;
            }
        }

        if (!withComplement)
        {
            return null;
        }

        for (var i = clause.Index + 1; i < clauses.Count && clauses[i].Sentence == clause.Sentence; i++)
        {
            if (clauses[i].Parent == clause.Index && clauses[i].Kind == ClauseKind.Complement)
            {
                return acts.CodeOf(clauses[i]);
            }
        }

        return null;
    }
}
