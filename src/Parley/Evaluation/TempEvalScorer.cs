namespace Parley.Evaluation;

/// <summary>
/// Scores system time expressions against gold ones in the TempEval-3 way: a relaxed match is any
/// character overlap (each gold and system expression used once, in text order), a strict match
/// the same span; values are compared case-insensitively after trimming.
/// </summary>
public static class TempEvalScorer
{
    public static TempEvalScore Score(IReadOnlyList<ScoredTimex> gold, IReadOnlyList<ScoredTimex> system, List<(ScoredTimex? Gold, ScoredTimex? System)>? errors = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var used = new bool[system.Count];
        int relaxed = 0, strict = 0, value = 0, type = 0;
        foreach (var g in gold)
        {
            var match = -1;
            for (var s = 0; s < system.Count; s++)
            {
                if (!used[s] && system[s].Start < g.End && g.Start < system[s].End)
                {
                    match = s;
                    break;
                }
            }

            if (match < 0)
            {
                errors?.Add((g, null));
                continue;
            }

            used[match] = true;
            var sys = system[match];
            relaxed++;
            strict += sys.Start == g.Start && sys.End == g.End ? 1 : 0;
            var sameValue = string.Equals(sys.Value.Trim(), g.Value.Trim(), StringComparison.OrdinalIgnoreCase);
            value += sameValue ? 1 : 0;
            type += string.Equals(sys.Type, g.Type, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            if (!sameValue || sys.Start != g.Start || sys.End != g.End)
            {
                errors?.Add((g, sys));
            }
        }

        for (var s = 0; s < system.Count; s++)
        {
            if (!used[s])
            {
                errors?.Add((null, system[s]));
            }
        }

        return new TempEvalScore(gold.Count, system.Count, relaxed, strict, value, type);
    }
}
