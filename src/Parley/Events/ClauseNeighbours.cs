using Parley.Clauses;
using Parley.Entities;
using Parley.Knowledge;
using Parley.Model;

namespace Parley.Events;

/// <summary>What an event takes from the clauses around its own: dating scopes, the sentence's clauses, the subjects of its complements.</summary>
internal sealed class ClauseNeighbours(string text, IReadOnlyList<Clause> clauses, ClauseActorFinder actors)
{
    /// <summary>The modal whose obligation a subjunctive complement carries.</summary>
    private const string MandativeModal = "must";

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

    /// <summary>
    /// "said that Libya must hand over …" (modal "must"), "said Iran should free …" ("should"): the other actor the clause's
    /// complement puts that modal on. With <paramref name="actsOnly"/>, "should be", "should have sole rights" state what is due,
    /// not an act asked for.
    /// </summary>
    /// <remarks>
    /// "insisted on Friday that Iraq withdraw its troops": a mandative verb's complement in the subjunctive (a bare verb, no modal)
    /// puts the obligation "must" would.
    /// </remarks>
    public Actor? ObligedActor(Clause clause, List<Actor> sources, string modal, bool actsOnly)
    {
        for (var i = clause.Index + 1; i < _clauses.Count && _clauses[i].Sentence == clause.Sentence; i++)
        {
            if (_clauses[i].Parent == clause.Index && _clauses[i].Kind == ClauseKind.Complement && !_clauses[i].Negated
                && (_clauses[i].Modal == modal || modal == MandativeModal && IsSubjunctive(_clauses[i], clause))
                && !(actsOnly && _clauses[i].Verb is "be" or "have"))
            {
                return ComplementSubjects(clause, sources).FirstOrDefault();
            }
        }

        return null;
    }

    /// <summary>"that Iraq withdraw": a complement of a mandative verb whose verb is its bare form, with no modal.</summary>
    private bool IsSubjunctive(Clause complement, Clause parent) =>
        complement.Modal is null && !complement.Passive && ClauseLexicon.Default.IsMandativeVerb(parent.Verb)
        && text.AsSpan(complement.VerbToken.Start, complement.VerbToken.Length).Equals(complement.Verb, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "said that removing the sanctions on Burma is out of the question": a rejection or disapproval said of an act ("be" with
    /// a pattern of CAMEO 11 or 12) is its speaker's, aimed at the actors the act names; those actors, or null for other clauses.
    /// </summary>
    public List<Actor>? JudgedActActors(Clause clause, CameoCode code, VerbPattern pattern) =>
        clause.Verb == "be" && clause.Kind == ClauseKind.Complement && clause.Parent >= 0 && pattern.Words.Count > 0 && code.Root is "11" or "12"
            ? clause.Subject is { } subject ? _actors.ActorsIn(subject) : []
            : null;

    /// <summary>Verbs of warning and promising (<c>events/addressee-verbs.txt</c>), whose object is the one an announced act is aimed at.</summary>
    private static readonly Lazy<HashSet<string>> AddresseeVerbs = new(() =>
        DataFiles.ReadWordSet("events/addressee-verbs.txt", StringComparer.Ordinal));

    /// <summary>"warned Georgia that it would respond militarily": an act the speaker announces to someone is aimed at the one warned.</summary>
    public List<Actor> Addressees(Clause clause, List<Actor> sources) =>
        clause.Kind == ClauseKind.Complement && clause.Parent >= 0 && _clauses[clause.Parent] is { DirectObject: { } told } parent && AddresseeVerbs.Value.Contains(parent.Verb)
            ? [.. _actors.ActorsIn(told).Where(a => !sources.Any(s => s.Code == a.Code))]
            : [];

    /// <summary>
    /// "warned Ankara that it would face sanctions", "warned protesters they would face punishment": what the one warned would face is
    /// the speaker's threat, aimed at the one warned, or when no one is named as warned at the complement's subject ("warned that Ukraine would face"). Null when
    /// <paramref name="clause"/> is no such complement ("Iran faces new sanctions" reports, it threatens nothing).
    /// </summary>
    public List<Actor>? WarnedOnes(Clause clause)
    {
        if (clause.Kind != ClauseKind.Complement || clause.Parent < 0 || _clauses[clause.Parent] is not { } parent || !AddresseeVerbs.Value.Contains(parent.Verb))
        {
            return null;
        }

        var told = parent.DirectObject is { } toldSpan ? _actors.ActorsIn(toldSpan) : [];
        return told.Count > 0 || clause.Subject is not { } subject ? told : _actors.ActorsIn(subject);
    }

    public List<Actor> ComplementSubjects(Clause clause, List<Actor> sources) => ChildSubjects(clause, ClauseKind.Complement, sources);

    /// <summary>"threatened to stop talks if the United States goes ahead": the one a conditional act is aimed at is the condition's subject.</summary>
    public List<Actor> ConditionSubjects(Clause clause, List<Actor> sources) => ChildSubjects(clause, ClauseKind.Condition, sources);

    private List<Actor> ChildSubjects(Clause clause, ClauseKind kind, List<Actor> sources) =>
        ChildWithSubject(clause, kind) is { Subject: { } subject } ? [.. _actors.ActorsIn(subject).Where(a => !sources.Any(s => s.Code == a.Code))] : [];

    /// <summary>The first clause of <paramref name="kind"/> that <paramref name="clause"/> governs and that has a subject of its own; null for none.</summary>
    public Clause? ChildWithSubject(Clause clause, ClauseKind kind)
    {
        for (var i = clause.Index + 1; i < _clauses.Count && _clauses[i].Sentence == clause.Sentence; i++)
        {
            if (_clauses[i].Parent == clause.Index && _clauses[i].Kind == kind && _clauses[i].Subject is not null)
            {
                return _clauses[i];
            }
        }

        return null;
    }
}
