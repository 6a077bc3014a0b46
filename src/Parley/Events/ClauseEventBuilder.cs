using Parley.Clauses;
using Parley.Entities;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Events;

/// <summary>
/// Builds the event of a coded clause from its source and target: reads the clause's modality (a refused or announced act becomes
/// a refusal or an intent), looks for a target it leaves unnamed in a protest or the discourse, dates it, and gives it its
/// confidence, id and cluster.
/// </summary>
internal sealed class ClauseEventBuilder(AnnotatedDocument document, CameoCodebook codebook, ModalityReader modality,
    ClauseActorFinder actors, ClauseNeighbours neighbours, ClauseLocations locations, ClauseSources sources)
{
    /// <summary>A clause coded by a specific pattern is more often right than one coded by its verb's default alone.</summary>
    private const double BaseConfidence = 0.55;
    private const double SpecificPatternBonus = 0.15;
    private const double TargetBonus = 0.1;
    private const double InheritedSourcePenalty = 0.15;
    private const double HypotheticalPenalty = 0.1;

    /// <summary>CAMEO 150, demonstrate military or police power: what getting ready to fight shows.</summary>
    private const string MilitaryPostureCode = "150";

    /// <summary>Verbs of getting ready: <c>events/readiness-verbs.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>> ReadinessVerbs = new(() => DataFiles.ReadWordSet("events/readiness-verbs.txt", StringComparer.Ordinal));

    private readonly string _text = document.Text;
    private readonly IReadOnlyList<Sentence> _sentences = document.Layers.Get(TextLayers.Sentences);
    private readonly IReadOnlyList<Timex> _timexes = document.Layers.Get(TimeLayers.Timexes);
    private readonly IReadOnlyList<Clause> _clauses = document.Layers.Get(ClauseLayers.Clauses);
    private DiscourseCounterpart Discourse => field ??= new(_sentences, actors);

    public CodedEvent Build(Clause clause, Span extent, CameoCode code, VerbPattern pattern, Actor source, Actor? target, bool inherited)
    {
        var sentence = _sentences.At(clause.Sentence);
        var location = locations.Of(clause);

        var reported = clause.Kind == ClauseKind.Complement && clause.Parent >= 0
            && !(sources.Of(clause.Parent)?.Any(source.IsSameStateAs) ?? false);
        var (mood, condition) = modality.Read(_text, clause, _clauses, pattern.Negated, reported);
        if (mood == Modality.Hypothetical && IsSpeakersOwnWould(clause, reported))
        {
            // "Ahmadinejad said he would free the sailors", "Japan announced it would send aid": what a speaker says it would do is
            // its intent; "said Iran would retaliate" stays a prediction.
            mood = Modality.Intended;
        }

        // "would not hesitate to use force": an infinitive takes the future of the clause that governs it.
        var future = IsFuture(clause) || clause.Kind == ClauseKind.Infinitive && clause.Parent >= 0 && IsFuture(_clauses[clause.Parent]);
        if (mood == Modality.Denied && (future || clause.Kind == ClauseKind.Infinitive && IsPromised(clause)) && !pattern.Negated
            && codebook.Find(IntentCodes.Refusals.IntentOf(code.Code)) is { } refusal && refusal.Code != code.Code)
        {
            // "will not accept any more refugees": refusing to cooperate is itself an act (CAMEO 12).
            (code, mood) = (refusal, reported ? Modality.Reported : Modality.Asserted);
        }
        else if (IsPreparedForce(clause, code) && codebook.Find(MilitaryPostureCode) is { } posture)
        {
            // "the army prepared to resume shelling": getting ready to fight shows force (CAMEO 150); it is no threat.
            (code, mood) = (posture, Modality.Asserted);
        }
        else if (AnnouncedIntent(clause, code, mood, future, source) is { } intentCode)
        {
            code = intentCode;
        }

        target ??= CounterpartFinder.ProtestedGovernment(code, source, location) ?? Discourse.For(clause, code, source);

        var (date, precision, fromText) = EventDating.Date(_text, _timexes, neighbours.DatingScopes(clause, extent), sentence.Span, neighbours.SentenceClauseSpans(clause), document.Document.Metadata.Published);
        var confidence = BaseConfidence
            + (pattern.Words.Count > 0 ? SpecificPatternBonus : 0)
            + (target is not null ? TargetBonus : 0)
            - (inherited ? InheritedSourcePenalty : 0)
            - (mood == Modality.Hypothetical ? HypotheticalPenalty : 0);
        var docId = document.Document.Id;
        var id = EventIds.Hash($"{docId}|{extent.Start}|{extent.End}|{code.Code}|{source.Code}|{target?.Code}");
        var cluster = EventIds.Cluster(docId, code.Root, source, target, date);
        return new CodedEvent(
            extent, id, docId, clause.Sentence, extent.Start, extent.End, sentence.Span.Slice(_text),
            source, target, code.Code, code.Root, codebook.PloverOf(code.Code), code.Goldstein, code.QuadClass,
            date, precision, fromText, location, mood, condition, Math.Round(Math.Clamp(confidence, 0.05, 0.95), 2), cluster);
    }

    /// <summary>The event <paramref name="coded"/> as the act <paramref name="code"/>, everything else kept; its id follows its code.</summary>
    public CodedEvent Recoded(CodedEvent coded, CameoCode code) => coded with
    {
        Id = EventIds.Hash($"{coded.DocId}|{coded.Span.Start}|{coded.Span.End}|{code.Code}|{coded.Source.Code}|{coded.Target?.Code}"),
        Cameo = code.Code, CameoRoot = code.Root, Plover = codebook.PloverOf(code.Code), Goldstein = code.Goldstein, QuadClass = code.QuadClass,
    };

    /// <summary>An act of force in the infinitive of a verb of getting ready (<c>events/readiness-verbs.txt</c>): "prepared to attack".</summary>
    private bool IsPreparedForce(Clause clause, CameoCode code) =>
        CameoRoots.IsForce(code.Code) && clause is { Kind: ClauseKind.Infinitive, Parent: >= 0, Negated: false }
        && ReadinessVerbs.Value.Contains(_clauses[clause.Parent].Verb) && !_clauses[clause.Parent].Negated;

    /// <summary>
    /// "will withdraw … unless", "said they would boycott", "offered to dismantle … in return for": an act announced for the
    /// future is an intent or a threat (events/intent-codes.tsv); null when the act is not announced or has no such code.
    /// </summary>
    private CameoCode? AnnouncedIntent(Clause clause, CameoCode code, string mood, bool future, Actor source)
    {
        // Most clauses are asserted or reported: only an intended, conditional or hypothetical act can be announced.
        if (mood is not (Modality.Intended or Modality.Conditional or Modality.Hypothetical)
            || IntentCodes.Default.IntentOf(code.Code) is var intent && intent == code.Code
            || IsAnnouncedMeasure(clause, code, mood))
        {
            return null;
        }

        var announced = mood == Modality.Intended || future && mood is Modality.Conditional or Modality.Hypothetical
            || mood == Modality.Conditional && modality.IsUnderIntent(_text, clause, _clauses)
            // "Israel said it could strike Iranian nuclear facilities", "the EU warned that it may impose sanctions": a hostile
            // act its own agent says it could do is a threat, not an act that might happen.
            // "should expel", a recommendation, is no such threat; "warned that Moscow could break off relations with NATO if the
            // alliance bombed Yugoslavia" is one with its condition.
            || mood is Modality.Hypothetical or Modality.Conditional && clause.Modal is "could" or "may" or "might" or "can"
                && intent.StartsWith(CameoRoots.Threaten, StringComparison.Ordinal) && IsSaidByOwnSide(clause, source);
        return announced ? codebook.Find(intent) : null;
    }

    /// <summary>
    /// "Lavrov said Russia could respond …", "Britain may expel more diplomats, Theresa May said": the clause is reported by its
    /// source or by someone of the source's country, in the clause that governs it or in a trailing "…, X said".
    /// </summary>
    private bool IsSaidByOwnSide(Clause clause, Actor source)
    {
        // A trailing speaker's clause comes after this one, so its sources are not chosen yet: its subject's actors are.
        var speakers = clause.Kind == ClauseKind.Complement && clause.Parent >= 0 ? sources.Of(clause.Parent)
            : clause.Kind == ClauseKind.Main && clause.Index + 1 < _clauses.Count && _clauses[clause.Index + 1] is { Kind: ClauseKind.Main, Subject: { } subject } next
                && next.Sentence == clause.Sentence && ClauseLexicon.Default.IsSpeechVerb(next.Verb) ? actors.ActorsIn(subject)
            : null;
        return speakers is not null && speakers.Any(s => s.Code == source.Code || s.Country is not null && s.Country == source.Country);
    }

    /// <summary>
    /// "The United States announced it would prohibit all aid to the rebels", "decided to expel the ambassador", "voted to impose
    /// sanctions": a measure that reduces relations (CAMEO 16), announced, decided or voted without a condition, is the measure
    /// itself, taken for the future; a threat (13) holds it over someone ("warned it would cut aid", "… unless …").
    /// </summary>
    private bool IsAnnouncedMeasure(Clause clause, CameoCode code, string mood) =>
        code.Root == CameoRoots.ReduceRelations && mood == Modality.Intended && clause.Parent >= 0
        && _clauses[clause.Parent] is { Verb: "announce" or "decide" or "vote", Negated: false };

    /// <summary>"said he would free the sailors": a complement with "would" under a verb of speech whose speaker is its source (not <paramref name="reported"/>).</summary>
    private bool IsSpeakersOwnWould(Clause clause, bool reported) =>
        !reported && clause is { Modal: "would", Kind: ClauseKind.Complement, Parent: >= 0, Negated: false }
        && ClauseLexicon.Default.IsSpeechVerb(_clauses[clause.Parent].Verb);

    /// <summary>"pledged not to cooperate": an infinitive under a verb of intent ("vow", "pledge"; events/modality-cues.tsv) is promised.</summary>
    private bool IsPromised(Clause clause) => clause.Parent >= 0 && modality.CueOf(_clauses[clause.Parent].Verb) == Modality.Intended;

    private static bool IsFuture(Clause clause) => clause.Modal is "will" or "would" or "shall" || clause.Tense == Tense.Future;
}
