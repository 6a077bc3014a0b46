using Parley.Clauses;
using Parley.Entities;
using Parley.Model;

namespace Parley.Events;

/// <summary>What an event takes from the clauses around its own: dating scopes, the sentence's clauses, the subjects of its complements.</summary>
internal sealed class ClauseNeighbours(IReadOnlyList<Clause> clauses, ClauseActorFinder actors)
{
    private readonly IReadOnlyList<Clause> _clauses = clauses;
    private readonly ClauseActorFinder _actors = actors;

    /// <summary>Where an event's date is looked for: its own clause, then the clauses it is embedded in ("said on Tuesday he wants…").</summary>
    public List<Span> DatingScopes(Clause clause, Span extent)
    {
        var scopes = new List<Span> { extent };
        for (var up = clause; ; up = _clauses[up.Parent])
        {
            if (up != clause)
            {
                scopes.Add(up.Span);
            }

            if (Front(up) is { } front)
            {
                scopes.Add(front);
            }

            if (up.Parent < 0 || up.Kind is not (ClauseKind.Complement or ClauseKind.Infinitive))
            {
                break;
            }
        }

        return scopes;
    }

    /// <summary>
    /// The words between the clause before and this one ("said that, at a party meeting on Wednesday, Kim
    /// stressed …"): a phrase fronted before the subject belongs to this clause; null when none.
    /// </summary>
    private Span? Front(Clause clause)
    {
        var from = -1;
        for (var i = clause.Index - 1; i >= 0 && _clauses[i].Sentence == clause.Sentence; i--)
        {
            if (_clauses[i].Span.End <= clause.Span.Start)
            {
                from = Math.Max(from, _clauses[i].Span.End);
            }
        }

        return from >= 0 && from < clause.Span.Start ? new Span(from, clause.Span.Start) : null;
    }

    /// <summary>The spans of the clauses of the sentence <paramref name="clause"/> is in (clauses are in text order).</summary>
    public List<Span> SentenceClauseSpans(Clause clause)
    {
        var first = clause.Index;
        while (first > 0 && _clauses[first - 1].Sentence == clause.Sentence)
        {
            first--;
        }

        var spans = new List<Span>();
        for (var i = first; i < _clauses.Count && _clauses[i].Sentence == clause.Sentence; i++)
        {
            spans.Add(_clauses[i].Span);
        }

        return spans;
    }

    public Actor? ObligedActor(Clause clause, List<Actor> sources)
    {
        for (var i = clause.Index + 1; i < _clauses.Count && _clauses[i].Sentence == clause.Sentence; i++)
        {
            if (_clauses[i].Parent == clause.Index && _clauses[i].Kind == ClauseKind.Complement && _clauses[i].Modal is "must" && !_clauses[i].Negated)
            {
                return ComplementSubjects(clause, sources).FirstOrDefault();
            }
        }

        return null;
    }

    public List<Actor> ComplementSubjects(Clause clause, List<Actor> sources) => ChildSubjects(clause, ClauseKind.Complement, sources);

    /// <summary>"threatened to stop talks if the United States goes ahead": the one a conditional act is aimed at is the condition's subject.</summary>
    public List<Actor> ConditionSubjects(Clause clause, List<Actor> sources) => ChildSubjects(clause, ClauseKind.Condition, sources);

    private List<Actor> ChildSubjects(Clause clause, ClauseKind kind, List<Actor> sources)
    {
        for (var i = clause.Index + 1; i < _clauses.Count && _clauses[i].Sentence == clause.Sentence; i++)
        {
            if (_clauses[i].Parent == clause.Index && _clauses[i].Kind == kind && _clauses[i].Subject is { } subject)
            {
                return [.. _actors.ActorsIn(subject).Where(a => !sources.Any(s => s.Code == a.Code))];
            }
        }

        return [];
    }
}
