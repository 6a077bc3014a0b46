using Parley.Clauses;
using Parley.Knowledge;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// "when officials give the order to shut down factories, it gets done": a present-simple temporal clause with a
/// present-simple main clause states a rule, not an act on a date, so it and the infinitives it governs code no event.
/// Introducers are data (<c>events/habitual-introducers.txt</c>).
/// </summary>
internal sealed class HabitualClauses(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Clause> clauses)
{
    private static readonly Lazy<HashSet<string>> Introducers = new(() =>
        DataFiles.ReadWordSet("events/habitual-introducers.txt", StringComparer.Ordinal));

    /// <summary>True when <paramref name="clause"/> is, or is an infinitive under, a generic temporal clause.</summary>
    public bool IsGeneric(Clause clause)
    {
        var up = clause;
        while (up.Kind == ClauseKind.Infinitive && up.Parent >= 0)
        {
            up = clauses[up.Parent];
        }

        if (!IsPresentSimple(up))
        {
            return false;
        }

        if (IntroducerOf(up) is not { } introducer || !EndsWithHabitualIntroducer(introducer))
        {
            return false;
        }

        // "…, it gets done" after a fronted or mid-sentence "(so) when …" clause, which the tagger may leave a main clause.
        var matrix = up.Kind == ClauseKind.Adverbial && up.Parent >= 0 ? clauses[up.Parent] : NextMainClause(up);
        return matrix is not null && IsPresentSimple(matrix);
    }

    /// <summary>The clause's introducer, or for a sentence's first clause the words before its subject ("When").</summary>
    private string? IntroducerOf(Clause clause)
    {
        if (clause.Introducer is { } introducer)
        {
            return introducer;
        }

        var start = sentences.At(clause.Sentence).Span.Start;
        return clause.Span.Start > start ? text.AsSpan(start, clause.Span.Start - start).Trim().ToString() : null;
    }

    private static bool EndsWithHabitualIntroducer(string introducer)
    {
        var words = introducer.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (Introducers.Value.Contains(words[^1]) || words.Length > 1 && Introducers.Value.Contains(words[^2] + " " + words[^1]));
    }

    private Clause? NextMainClause(Clause clause)
    {
        for (var i = clause.Index + 1; i < clauses.Count && clauses[i].Sentence == clause.Sentence; i++)
        {
            if (clauses[i].Kind == ClauseKind.Main)
            {
                return clauses[i];
            }
        }

        return null;
    }

    private static bool IsPresentSimple(Clause clause) => clause.Tense == Tense.Present && clause.Modal is null;
}
