using Parley.Clauses;
using Parley.Entities;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>The event coding of one document (state for one run; not shared between threads).</summary>
internal sealed class DocumentEventCoder(AnnotatedDocument document, PatternMatcher matcher, CameoCodebook codebook, ModalityReader modality, PlaceGazetteer places)
{
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
    private readonly IReadOnlyList<Clause> _clauses = document.Layers.Get(ClauseLayers.Clauses);
    private readonly ClauseActorFinder _actors = ClauseActorFinder.For(document);
    private ClauseNeighbours Neighbours => field ??= new(_clauses, _actors);
    private readonly NominalEventFinder _nominals = new(document, document.Layers.Get(EntityLayers.Mentions), codebook, places);
    private readonly HashSet<int> _acts = [];
    private readonly HashSet<int> _contents = [];
    private readonly CounterpartFinder _counterparts = new();
    private ClauseExtents Extents => field ??= new(_text, _tokens, _clauses);
    private RoleGroupActors Groups => field ??= new(_text, _tokens, document.Layers.Get(EntityLayers.Mentions), _actors, places);
    private ClauseLocations Locations => field ??= new(_text, _clauses, Extents, places);
    private ClauseSources Sources => field ??= new(_text, _clauses, _sentences, document.Layers.Get(EntityLayers.Mentions), _actors, Groups, Locations, modality);
    private ClauseEventBuilder Builder => field ??= new(document, codebook, modality, _actors, Neighbours, Locations, Sources);
    private EventListFinisher Finisher => field ??= new(document, codebook, _actors, Extents, Sources, Builder);

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
                    events.Add(Builder.Build(clause, extent, demand, obligation, sources[0], obliged, inherited));
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
                var coded = Builder.Build(clause, extent, acted, pattern, source, target, inherited);
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

        Finisher.Finish(events, nominal);
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

    /// <summary>
    /// The actors an act the clause asks for is aimed against ("urged the world to act against Iran"), other than the sources;
    /// none when that act is force ("urged Pakistan to fight against the Taliban"): the codebook keeps military mobilization out of 113.
    /// </summary>
    private List<Actor> OpposedByInfinitive(Clause clause, List<Actor> sources) =>
        [.. Extents.GovernedInfinitives(clause).Select(i => _clauses[i]).Where(c => !IsForce(c)).SelectMany(c => c.Arguments).Where(a => a.Preposition == "against")
            .SelectMany(a => _actors.ActorsIn(a.Span)).Where(a => !sources.Any(s => s.Code == a.Code)).Take(1)];

    private bool IsForce(Clause clause) =>
        matcher.Match(clause.Verb, clause.Negated, Extents.WordsAfterVerb(clause)) is { } found && found.Code.Length >= 2 && found.Code[..2] is "18" or "19" or "20";

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
