using System.Globalization;
using Parley.Clauses;
using Parley.Entities;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Events;

/// <summary>The event coding of one document (state for one run; not shared between threads).</summary>
internal sealed class DocumentEventCoder(AnnotatedDocument document, PatternMatcher matcher, CameoCodebook codebook, ModalityReader modality, PlaceGazetteer places)
{
    /// <summary>A clause coded by a specific pattern is more often right than one coded by its verb's default alone.</summary>
    private const double BaseConfidence = 0.55;
    private const double SpecificPatternBonus = 0.15;
    private const double TargetBonus = 0.1;
    private const double InheritedSourcePenalty = 0.15;
    private const double HypotheticalPenalty = 0.1;

    /// <summary>CAMEO 100 (demand, not specified below): what a statement that another actor "must" act amounts to.</summary>
    private const string ObligationCode = "100";

    /// <summary>CAMEO root 04, consult: meetings, visits, hosting, mediation.</summary>
    private const string ConsultRoot = "04";

    /// <summary>CAMEO root 02, appeal; and 113, rally opposition against (the codebook's example: "called on Arabs to mobilize against Sharon").</summary>
    private const string AppealRoot = "02";
    private const string RallyOppositionCode = "113";

    /// <summary>CAMEO root 13, threaten.</summary>
    private const string ThreatenRoot = "13";

    /// <summary>CAMEO 196, violate ceasefire: breaks an agreement, so it is coded also when no opponent or place is named.</summary>
    private const string CeasefireViolationCode = "196";

    /// <summary>Coordinated subjects rarely name more than three actors that each act.</summary>
    private const int MaxSourcesPerClause = 3;

    private readonly string _text = document.Text;
    private readonly IReadOnlyList<Token> _tokens = document.Layers.Get(TextLayers.Tokens);
    private readonly IReadOnlyList<Sentence> _sentences = document.Layers.Get(TextLayers.Sentences);
    private readonly IReadOnlyList<Timex> _timexes = document.Layers.Get(TimeLayers.Timexes);
    private readonly IReadOnlyList<Clause> _clauses = document.Layers.Get(ClauseLayers.Clauses);
    private readonly ClauseActorFinder _actors = ClauseActorFinder.For(document);
    private ClauseNeighbours Neighbours => field ??= new(_clauses, _actors);
    private DiscourseCounterpart Discourse => field ??= new(_sentences, _actors);
    private readonly NominalEventFinder _nominals = new(document, document.Layers.Get(EntityLayers.Mentions), codebook, places);
    private readonly HashSet<int> _acts = [];
    private readonly HashSet<int> _contents = [];
    private readonly CounterpartFinder _counterparts = new();
    private ClauseExtents Extents => field ??= new(_text, _tokens, _clauses);
    private RoleGroupActors Groups => field ??= new(_text, _tokens, document.Layers.Get(EntityLayers.Mentions), _actors, places);
    private ClauseLocations Locations => field ??= new(_text, _clauses, Extents, places);
    private ClauseSources Sources => field ??= new(_text, _clauses, _sentences, document.Layers.Get(EntityLayers.Mentions), _actors, Groups, Locations, modality);

    public IReadOnlyList<CodedEvent> Run()
    {
        var events = new List<CodedEvent>();
        var nominal = new List<CodedEvent>();
        var consumed = new HashSet<int>();
        foreach (var clause in _clauses)
        {
            var (sources, inherited) = Sources.Choose(clause);
            if (clause.Kind is not (ClauseKind.Condition or ClauseKind.Relative) || clause.Antecedent is not null)
            {
                _nominals.Find(clause, SentenceOf(clause), clause.Index == 0 || _clauses[clause.Index - 1].Sentence != clause.Sentence, () => ClauseActors(clause, sources), nominal);
                _counterparts.RememberMeeting(nominal);
            }

            if (consumed.Contains(clause.Index) || clause.Kind is ClauseKind.Condition || clause.Kind is ClauseKind.Relative && clause.Antecedent is null || IsContentOfAct(clause))
            {
                continue;
            }

            if (!clause.Negated && InfinitiveChildIsCoded(clause))
            {
                // "agreed to provide aid", "expressed willingness to dismantle": the governed act, coded as an intent, says more.
                continue;
            }

            var extent = Extents.ExtentOf(clause);
            var pattern = matcher.Match(clause.Verb, clause.Negated, Extents.PatternWords(clause, extent));
            if (pattern is null || pattern.Code == VerbPattern.NoEvent || codebook.Find(pattern.Code) is not { } code || code.Root == "01" && pattern.Words.Count == 0)
            {
                // "said", "added", "concluded": the statement itself is not an interaction; its content is coded from its own
                // clause, except "said that Libya must hand over …": an obligation put on another actor is a demand.
                if (!inherited && sources.Count > 0 && Neighbours.ObligedActor(clause, sources) is { } obliged && codebook.Find(ObligationCode) is { } demand)
                {
                    var obligation = new VerbPattern(clause.Verb, false, [], ObligationCode, Curated: true);
                    events.Add(Build(clause, extent, demand, obligation, sources[0], obliged, inherited));
                }

                continue;
            }

            consumed.UnionWith(Extents.GovernedInfinitives(clause));
            if (code.Root != "01")
            {
                _acts.Add(clause.Index);
            }

            var judged = Neighbours.JudgedActActors(clause, code, pattern);
            if (judged is not null && Sources.Of(clause.Parent) is { Count: > 0 } speakers)
            {
                (sources, inherited) = (speakers, true);
            }

            if (code.Root is "18" or "19")
            {
                (code, sources) = ByBomb(clause, extent, code, sources);
            }

            if (sources.Count == 0)
            {
                continue;
            }

            // "Serb forces were engaged in …": a stative participle's targets are read as an active clause's.
            var (targets, places) = _actors.TargetsOf(Sources.IsStativePassive(clause) ? clause with { Passive = false } : clause, extent, sources);
            if (judged is { Count: > 0 } && judged.Where(a => !sources.Any(s => s.Code == a.Code)).ToList() is { Count: > 0 } named)
            {
                targets = named;
            }

            if (code.Root == AppealRoot && OpposedByInfinitive(clause, sources) is { Count: > 0 } opposed && codebook.Find(RallyOppositionCode) is { } rally)
            {
                // "called on Arabs to unite and mobilize against Sharon": soliciting others against someone rallies opposition to them.
                (code, targets) = (rally, opposed);
            }

            if (code.Root == ThreatenRoot && targets.Count > 0 && targets.All(t => t.Country == sources[0].Country)
                && Neighbours.ConditionSubjects(clause, sources) is { Count: > 0 } conditioned)
            {
                // "Israel threatened to ban voting in East Jerusalem if Hamas ran": a threat at home is aimed at the one whose act
                // would set it off.
                targets = conditioned;
            }

            if (targets.Count == 0)
            {
                // "demanded that the US cancel …": the one told to act is the complement's subject.
                targets = Neighbours.ComplementSubjects(clause, sources);
            }

            if (targets.Count == 0)
            {
                targets = Neighbours.ConditionSubjects(clause, sources);
            }

            if (targets.Count == 0)
            {
                targets = Neighbours.Addressees(clause, sources);
            }

            var sourceList = sources.Take(MaxSourcesPerClause).ToList();
            if (targets.Count == 0 && sourceList.Count >= 2)
            {
                // "Jordan and Britain agreed …": a joint act, coded once between the two.
                targets = [sourceList[1]];
                sourceList = [sourceList[0]];
            }
            else if (targets.Count == 0)
            {
                // "held talks in Pyongyang": the place is the counterpart only when no actor is named.
                targets = places;
            }

            if (targets.Count == 0 && Groups.ActedOn(clause, Extents.GovernedInfinitives(clause).Select(i => _clauses[i]), () => Locations.Of(clause), SentenceOf(clause), sourceList[0].Country) is { } group)
            {
                // "police dispersed demonstrators": a group named by its role is a domestic actor of where it is.
                targets = [group];
            }

            foreach (var source in sourceList)
            {
                var target = targets.FirstOrDefault(t => t.Code != source.Code) ?? _counterparts.For(Locations.Of(clause), code, source);
                if (target is null && !pattern.Curated && pattern.Words.Count == 0)
                {
                    continue;
                }

                // "militiamen attacked a refugee camp": irregulars' force against the unarmed is unconventional violence.
                var acted = codebook.Find(UnconventionalViolence.Default.Recode(code.Code, source, target)) ?? code;
                var coded = Build(clause, extent, acted, pattern, source, target, inherited);
                if (coded.Target is null && coded.Location is null && coded.CameoRoot is "18" or "19" or "20" && coded.Cameo != CeasefireViolationCode)
                {
                    // Force is used against someone or somewhere; "he attacked", "they are fighting each other" with neither is a figure of speech.
                    continue;
                }

                if (coded.Modality == Modality.Hypothetical && Sources.Pronouns.IsThingsPossibleEffect(clause, source))
                {
                    // "Russia said it would heighten tensions", "it could still be successful": what a move, bill or campaign might bring about is no act.
                    continue;
                }

                if (coded.Target is null && coded.CameoRoot == ConsultRoot)
                {
                    // A meeting, visit or hosting is had with someone; "received a diet plan", "hosts manufacturers", "came to power" name no one.
                    continue;
                }

                events.Add(coded);
                _counterparts.RememberMeeting(events);
            }
        }

        AddHostings(events);

        // A meeting named by a noun in a clause already coded as that meeting ("spoke … at the start of their talks", "held talks
        // with Russia on Tuesday") is the same event, also when the noun phrase alone gave it no date of its own; one that a
        // clause calls for, refuses or breaks off ("rejected talks with Ukraine") was not held.
        events.AddRange(nominal.Where(n => !events.Any(e => NominalEventFinder.IsNotHeld(_text, n, e)
            || e.SentenceIndex == n.SentenceIndex && e.CameoRoot == n.CameoRoot && (e.EventDate == n.EventDate || !n.DateFromText)
            && (e.Source.Code == n.Source.Code && e.Target?.Code == n.Target?.Code || e.Source.Code == n.Target?.Code && e.Target?.Code == n.Source.Code))));
        // Teams, firms and markets are no political actors: "France beat England", "the airline cancelled flights",
        // also in a sentence of a rugby or company story that names no match or market itself.
        var story = events.Count > 0 && EventDomain.Default.StoryOutsidePolitics(_text, _sentences);
        events.RemoveAll(e => EventDomain.Default.OutsidePolitics(e, story));
        EventDateCarrier.Carry(_text, _tokens, _sentences, new HappeningDates(_text, _tokens, _sentences, _clauses, _timexes), events);
        return events;
    }

    /// <summary>
    /// "demanded that the US cancel …", "said US forces must ensure …": what another actor is asked or obliged
    /// to do is the content of a demand (coded from its parent), not an act that took place.
    /// </summary>
    /// <remarks>The infinitives such a clause governs ("that its partners refuse to recognize …") belong to the same content.</remarks>
    private bool IsContentOfAct(Clause clause)
    {
        var content = clause.Kind == ClauseKind.Complement && (clause.Modal is "must" or "should" || _acts.Contains(clause.Parent))
            || clause.Kind == ClauseKind.Infinitive && _contents.Contains(clause.Parent);
        if (content)
        {
            _contents.Add(clause.Index);
        }

        return content;
    }

    private CodedEvent Build(Clause clause, Span extent, CameoCode code, VerbPattern pattern, Actor source, Actor? target, bool inherited)
    {
        var sentence = SentenceOf(clause);
        var location = Locations.Of(clause);

        var reported = clause.Kind == ClauseKind.Complement && clause.Parent >= 0
            && !(Sources.Of(clause.Parent)?.Any(a => a.Code == source.Code) ?? false);
        var (mood, condition) = modality.Read(_text, clause, _clauses, pattern.Negated, reported);
        // "would not hesitate to use force": an infinitive takes the future of the clause that governs it.
        var future = IsFuture(clause) || clause.Kind == ClauseKind.Infinitive && clause.Parent >= 0 && IsFuture(_clauses[clause.Parent]);
        if (mood == Modality.Denied && (future || clause.Kind == ClauseKind.Infinitive && IsPromised(clause)) && !pattern.Negated
            && codebook.Find(IntentCodes.Refusals.IntentOf(code.Code)) is { } refusal && refusal.Code != code.Code)
        {
            // "will not accept any more refugees": refusing to cooperate is itself an act (CAMEO 12).
            (code, mood) = (refusal, reported ? Modality.Reported : Modality.Asserted);
        }
        else if ((mood == Modality.Intended || future && mood is Modality.Conditional or Modality.Hypothetical
                || mood == Modality.Conditional && modality.IsUnderIntent(_text, clause, _clauses))
            && IntentCodes.Default.IntentOf(code.Code) is var intent && intent != code.Code && codebook.Find(intent) is { } intentCode)
        {
            // "will withdraw … unless", "said they would boycott", "offered to dismantle … in return for": an act announced
            // for the future is an intent or a threat.
            code = intentCode;
        }

        target ??= CounterpartFinder.ProtestedGovernment(code, source, location) ?? Discourse.For(clause, code, source);

        var (date, precision, fromText) = EventDating.Date(_text, _timexes, Neighbours.DatingScopes(clause, extent), sentence.Span, Neighbours.SentenceClauseSpans(clause), document.Document.Metadata.Published);
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

    /// <summary>"Vietnam was preparing for Kim to arrive": the one who prepares hosts the visit (<see cref="HostingFrames"/>).</summary>
    private void AddHostings(List<CodedEvent> events)
    {
        foreach (var (host, visit) in HostingFrames.Find(_clauses))
        {
            if (Sources.Of(host.Index) is [var source, ..] && _actors.ActorsIn(visit.Subject!.Value) is [var guest, ..]
                && guest.Code != source.Code && codebook.Find(HostingFrames.HostCode) is { } code)
            {
                var pattern = new VerbPattern(host.Verb, false, [], code.Code, Curated: true);
                events.Add(Build(host, new Span(host.Span.Start, Extents.ExtentOf(visit).End), code, pattern, source, guest, inherited: false));
            }
        }
    }

    /// <summary>
    /// The actors an act the clause asks for is aimed against ("urged the world to act against Iran"), other than the sources;
    /// none when that act is force ("urged Pakistan to fight against the Taliban"): the codebook keeps military mobilization out of 113.
    /// </summary>
    private List<Actor> OpposedByInfinitive(Clause clause, List<Actor> sources) =>
        [.. Extents.GovernedInfinitives(clause).Select(i => _clauses[i]).Where(c => !IsForce(c)).SelectMany(c => c.Arguments).Where(a => a.Preposition == "against")
            .SelectMany(a => _actors.ActorsIn(a.Span)).Where(a => !sources.Any(s => s.Code == a.Code)).Take(1)];

    private bool IsForce(Clause clause) =>
        matcher.Match(clause.Verb, clause.Negated, Extents.WordsAfterVerb(clause)) is { } found && found.Code.Length >= 2 && found.Code[..2] is "18" or "19" or "20";

    /// <summary>"pledged not to cooperate": an infinitive under a verb of intent ("vow", "pledge"; events/modality-cues.tsv) is promised.</summary>
    private bool IsPromised(Clause clause) => clause.Parent >= 0 && modality.CueOf(_clauses[clause.Parent].Verb) == Modality.Intended;

    private static bool IsFuture(Clause clause) => clause.Modal is "will" or "would" or "shall" || clause.Tense == Tense.Future;

    private Sentence SentenceOf(Clause clause) => _sentences.At(clause.Sentence);

    private List<Actor> ClauseActors(Clause clause, List<Actor> sources)
    {
        var actors = new List<Actor>(sources);
        actors.AddRange(_actors.ActorsIn(new Span(clause.VerbToken.End, Math.Max(clause.VerbToken.End, Extents.ExtentOf(clause).End))).Where(a => !actors.Any(s => s.Code == a.Code)));
        return actors;
    }

    private bool InfinitiveChildIsCoded(Clause clause)
    {
        var next = clause.Index + 1;
        if (next >= _clauses.Count || _clauses[next].Kind != ClauseKind.Infinitive || _clauses[next].Parent != clause.Index)
        {
            return false;
        }

        var child = _clauses[next];
        if (modality.CueOf(clause.Verb) is null && !modality.IsIntentFrame(_text, clause, child))
        {
            return false;
        }

        var words = Extents.WordsAfterVerb(child);
        return matcher.Match(child.Verb, child.Negated, words) is { } found && found.Code != VerbPattern.NoEvent && !found.Code.StartsWith("01", StringComparison.Ordinal);
    }

    /// <summary>
    /// "A roadside bombing near Samarra killed one U.S. soldier", "were killed by a car bomb": a bomb as the agent (the subject, or
    /// a passive's "by" phrase) says the act; with no one named, the place of the attack is the source.
    /// </summary>
    private (CameoCode Code, List<Actor> Sources) ByBomb(Clause clause, Span extent, CameoCode code, List<Actor> sources)
    {
        // "NATO's bombing campaign killed …": bombs of a state's forces are air raids or shelling, not the bombings of 183.
        var agent = clause.Passive ? clause.Arguments.FirstOrDefault(a => a.Preposition == "by")?.Span : clause.Subject is { } subject ? SubjectFromSentenceStart(clause, subject) : null;
        if (sources.Count > 0 && !UnconventionalViolence.Default.IsIrregular(sources[0]) || agent is not { } bomb || BombingAgents.Default.CodeOf(bomb.Slice(_text)) is not { } bombing || codebook.Find(bombing) is not { } bombCode)
        {
            return (code, sources);
        }

        return sources.Count > 0 ? (bombCode, sources)
            : (BombingAgents.PlaceIn(_text, bomb, places) ?? BombingAgents.PlaceIn(_text, extent, places)) is { } place ? (bombCode, [new Actor(place.Country, place.Name, place.Country, null)])
            : (code, sources);
    }

    /// <summary>
    /// "A roadside bombing near the town of Samarra killed …": the subject finder takes the noun phrase next to the verb; when the
    /// sentence opens on a noun phrase whose preposition governs that subject, the phrase from the sentence's start is the subject.
    /// </summary>
    private Span SubjectFromSentenceStart(Clause clause, Span subject)
    {
        var start = SentenceOf(clause).Span.Start;
        var before = _text.AsSpan(start, subject.Start - start).Trim();
        if (before.IsEmpty || before.Contains(',') || before.LastIndexOf(' ') is var last && last < 0)
        {
            return subject;
        }

        var lexicon = ClauseLexicon.Default;
        var first = before[..before.IndexOf(' ')].ToString().ToLowerInvariant();
        var preposition = before[(last + 1)..].ToString().ToLowerInvariant();
        return (!lexicon.TryFunctionWord(first, out var opener) || opener == WordClass.Determiner)
            && lexicon.TryFunctionWord(preposition, out var governing) && governing == WordClass.Preposition
            ? new Span(start, subject.End) : subject;
    }
}
