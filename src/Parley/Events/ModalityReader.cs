using Parley.Clauses;
using Parley.Knowledge;

namespace Parley.Events;

/// <summary>
/// Reads an event's modality from its clause: negation (denied), a condition clause or "in return
/// for" phrase (conditional, with its text), modals (would/could/might/must: hypothetical; will:
/// intended), an intention verb above it ("plans to", "agreed to"), or reported speech.
/// Cue words are data (<c>events/modality-cues.tsv</c>, <c>events/condition-cues.tsv</c>).
/// </summary>
public sealed class ModalityReader
{
    private static readonly Lazy<ModalityReader> DefaultInstance = new(() => new ModalityReader());

    private readonly Dictionary<string, string> _verbCues;
    private readonly HashSet<string> _conditionCues;

    /// <summary>The adjective and noun cues ("ready", "willingness"), which count after any verb, not only after "be".</summary>
    private readonly HashSet<string> _wordCues;

    /// <summary>The adjective cues, which are no verb's lemma: "open to" is willing, "opened the bridge to allow" is no intent.</summary>
    private readonly HashSet<string> _adjectiveCues;
    private readonly HashSet<string> _stativeParticiples;

    private ModalityReader()
    {
        var rows = DataFiles.ReadDataLines("events/modality-cues.tsv").Skip(1).Select(l => l.Split('\t')).ToList();
        _verbCues = rows.ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);
        _wordCues = rows.Where(c => c.Length > 2 && c[2].Length > 0).Select(c => c[0]).ToHashSet(StringComparer.Ordinal);
        _adjectiveCues = rows.Where(c => c.Length > 2 && c[2] == "adjective").Select(c => c[0]).ToHashSet(StringComparer.Ordinal);
        _conditionCues = DataFiles.ReadDataLines("events/condition-cues.tsv").Skip(1).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        _stativeParticiples = DataFiles.ReadDataLines("events/stative-participles.tsv").Skip(1).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
    }

    public static ModalityReader Default => DefaultInstance.Value;

    /// <summary>The modality a verb gives the act it governs ("plans to meet": intended), or null.</summary>
    public string? CueOf(string verb) => _adjectiveCues.Contains(verb) ? null : _verbCues.GetValueOrDefault(verb);

    /// <summary>"is committed to", "is prepared to", "is opposed to": a participle that states its subject's own stance, not an act done to it.</summary>
    public bool IsStative(string verb) => _stativeParticiples.Contains(verb);

    public bool IsConditionIntroducer(string? introducer) => introducer is not null && _conditionCues.Contains(introducer);

    /// <summary>The modality and condition of an event coded from <paramref name="clause"/>; <paramref name="negatedPattern"/> is true when a "not …" pattern coded it.</summary>
    public (string Modality, string? Condition) Read(string text, Clause clause, IReadOnlyList<Clause> clauses, bool negatedPattern, bool reported)
    {
        if (clause.Negated && !negatedPattern)
        {
            return (Modality.Denied, null);
        }

        if (ConditionOf(text, clause, clauses) is { } condition)
        {
            return (Modality.Conditional, condition);
        }

        if (IsOpenQuestion(clause, clauses))
        {
            // "whether Trump will agree to remove tariffs depends on …", "it is unclear whether Iran will release …": asked, not told.
            return (Modality.Hypothetical, null);
        }

        // "vowed that it would retaliate": "would" is the future of a past promise, which the verb of commitment makes intended.
        if (clause is { Modal: "would" or "will", Kind: ClauseKind.Complement } && GoverningModality(text, clause, clauses) == Modality.Intended)
        {
            return (Modality.Intended, null);
        }

        // "the agreement must still be ratified by the directors": what must be done is required, not done.
        if (clause.Modal is "would" or "could" or "might" or "may" or "should" or "can" or "must" || negatedPattern)
        {
            return (Modality.Hypothetical, null);
        }

        if (clause.Modal is "will" or "shall" || clause.Tense == Tense.Future)
        {
            return (Modality.Intended, null);
        }

        // "a need for Ukraine to launch investigations", "it is important for China to release …": an infinitive with a subject of
        // its own after "for" names an act needed, wanted or possible, never one done.
        return (GoverningModality(text, clause, clauses) ?? (HasForSubject(text, clause) ? Modality.Hypothetical : reported ? Modality.Reported : Modality.Asserted), null);
    }

    private static bool HasForSubject(string text, Clause clause) =>
        clause is { Kind: ClauseKind.Infinitive, Subject: { } subject }
        && text.AsSpan(0, subject.Start).TrimEnd() is var before && before.EndsWith("for", StringComparison.OrdinalIgnoreCase)
        && (before.Length == 3 || !char.IsLetter(before[^4]));

    /// <summary>True when the clause, or one it is the infinitive or complement of, opens on "whether".</summary>
    private static bool IsOpenQuestion(Clause clause, IReadOnlyList<Clause> clauses)
    {
        for (var up = clause; ; up = clauses[up.Parent])
        {
            if (up.Introducer == "whether")
            {
                return true;
            }

            if (up.Parent < 0 || up.Kind is not (ClauseKind.Infinitive or ClauseKind.Complement))
            {
                return false;
            }
        }
    }

    /// <summary>True when a verb, adjective or noun above the clause makes it intended ("offered to X in return for Y" is a conditional intent).</summary>
    public bool IsUnderIntent(string text, Clause clause, IReadOnlyList<Clause> clauses) =>
        GoverningModality(text, clause, clauses) == Modality.Intended;

    /// <summary>The modality the clauses above give this one ("plans to", "is willing to", "would …"), or null.</summary>
    private string? GoverningModality(string text, Clause clause, IReadOnlyList<Clause> clauses)
    {
        for (var up = clause; up.Parent >= 0 && up.Kind is ClauseKind.Infinitive or ClauseKind.Complement; up = clauses[up.Parent])
        {
            var parent = clauses[up.Parent];
            var cue = CueOf(parent.Verb) ?? (up.Kind == ClauseKind.Infinitive && AdjectiveCue(text, parent, up) is { } adjective ? _verbCues.GetValueOrDefault(adjective) : null);
            if (cue is not null)
            {
                // "did not deny that …" denies nothing.
                return parent.Negated ? cue == Modality.Denied ? null : Modality.Denied : cue;
            }

            if (parent.Modal is "would" or "could" or "might")
            {
                return Modality.Hypothetical;
            }
        }

        return null;
    }

    /// <summary>True when an adjective or noun before the infinitive makes it intended or hypothetical ("expressed willingness to …").</summary>
    public bool IsIntentFrame(string text, Clause parent, Clause infinitive) => AdjectiveCue(text, parent, infinitive) is not null;

    /// <summary>
    /// "is willing to send", "would be ready to host", "expressed willingness to dismantle": the word right before the
    /// infinitive's "to", after a form of "be" any cue, after another verb only an adjective or noun cue.
    /// </summary>
    private string? AdjectiveCue(string text, Clause parent, Clause infinitive)
    {
        if (infinitive.Span.Start <= parent.VerbToken.End)
        {
            return null;
        }

        // "was open to discussing smaller steps, such as helping to ease …": the predicate adjective of "be" states the
        // subject's stance toward every act its phrase goes on to name, however far the infinitive.
        if (parent.Verb == "be" && parent.DirectObject is { } predicate && predicate.Slice(text).ToLowerInvariant() is var adjective
            && _wordCues.Contains(adjective) && _verbCues.ContainsKey(adjective))
        {
            return adjective;
        }

        var between = text.AsSpan(parent.VerbToken.End, infinitive.Span.Start - parent.VerbToken.End).Trim();
        var last = between.LastIndexOf(' ');
        var word = (last < 0 ? between : between[(last + 1)..]).ToString().ToLowerInvariant();
        return (parent.Verb == "be" || _wordCues.Contains(word)) && _verbCues.ContainsKey(word) ? word : null;
    }

    private string? ConditionOf(string text, Clause clause, IReadOnlyList<Clause> clauses)
    {
        // A condition may follow its clause ("…, only if…") or open the sentence ("If…, …").
        var from = clause.Index;
        while (from > 0 && clauses[from - 1].Sentence == clause.Sentence)
        {
            from--;
        }

        for (var i = from; i < clauses.Count && clauses[i].Sentence == clause.Sentence; i++)
        {
            if (clauses[i].Kind == ClauseKind.Condition && clauses[i].Parent == clause.Index && IsConditionIntroducer(clauses[i].Introducer))
            {
                return clauses[i].Introducer + " " + clauses[i].Span.Slice(text);
            }
        }

        for (var a = 0; a + 1 < clause.Arguments.Count; a++)
        {
            var (first, second) = (clause.Arguments[a], clause.Arguments[a + 1]);
            var phrase = first.Preposition + " " + first.Span.Slice(text) + " " + second.Preposition;
            if (_conditionCues.Contains(phrase))
            {
                return phrase + " " + second.Span.Slice(text);
            }
        }

        return null;
    }
}
