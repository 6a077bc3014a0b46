using Parley.Clauses;
using Parley.Entities;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Events;

/// <summary>
/// The event coding of one document, clause by clause in text order: a clause's sources (<see cref="ClauseSources"/>), its verb
/// pattern's code, its targets (<see cref="ClauseTargets"/>) and for each source an event (<see cref="ClauseEventBuilder"/>),
/// then the finished list (<see cref="EventListFinisher"/>). State for one run; not shared between threads.
/// </summary>
internal sealed class DocumentEventCoder(AnnotatedDocument document, PatternMatcher matcher, CameoCodebook codebook, ModalityReader modality, PlaceGazetteer places)
{
    /// <summary>
    /// CAMEO 100 (demand, not specified below): what a statement that another actor "must" act amounts to; 020 (appeal, not
    /// specified below): one that it "should" act, the codebook's weaker, non-forceful request ("should be", "should have" state
    /// what is due and ask for no act).
    /// </summary>
    private static readonly (string Modal, string Code, bool ActsOnly)[] Obligations = [("must", "100", false), ("should", "020", true)];

    /// <summary>
    /// "would face sanctions", "would lead to war": the verbs whose patterns code a consequence a speaker warns of
    /// (<see cref="ClauseNeighbours.WarnedOnes"/>), <c>events/consequence-verbs.txt</c>.
    /// </summary>
    private static readonly Lazy<HashSet<string>> ConsequenceVerbs = new(() => DataFiles.ReadWordSet("events/consequence-verbs.txt", StringComparer.Ordinal));

    /// <summary>Verbs of weighing a course of action, which with an -ing object consider a policy option (<c>events/deliberation-verbs.txt</c>).</summary>
    private static readonly Lazy<HashSet<string>> DeliberationVerbs = new(() => DataFiles.ReadWordSet("events/deliberation-verbs.txt", StringComparer.Ordinal));

    /// <summary>An -ing word read as a gerund after a verb of weighing is longer than this ("easing"; not "king", "thing").</summary>
    private const int MinGerundLength = 5;

    /// <summary>CAMEO 0874: retreat or surrender militarily (withdraw forces); "leave", and CAMEO's military role.</summary>
    private const string WithdrawalCode = "0874";
    private const string LeaveVerb = "leave";
    private const string MilitaryRole = "MIL";

    /// <summary>CAMEO 014: consider policy option.</summary>
    private const string PolicyOptionCode = "014";

    /// <summary>Verbs of travel whose purpose, an inquiry, is the event (<c>events/mission-verbs.txt</c>).</summary>
    private static readonly Lazy<HashSet<string>> MissionVerbs = new(() => DataFiles.ReadWordSet("events/mission-verbs.txt", StringComparer.Ordinal));

    /// <summary>CAMEO root 04, consult: meetings, visits, hosting, mediation.</summary>
    private const string ConsultRoot = "04";

    /// <summary>CAMEO 042, make a visit: the host visited is the target.</summary>
    private const string VisitCode = "042";

    /// <summary>CAMEO 054, grant diplomatic recognition: granted to a state or a government.</summary>
    private const string RecognitionCode = "054";

    /// <summary>Pessimistic (012) and optimistic (013) comments said with "be" or "see" ("was optimistic that", "saw little chance of"): an outlook on dealings with another party.</summary>
    private static readonly HashSet<string> OutlookCodes = new(StringComparer.Ordinal) { "012", "013" };

    /// <summary>CAMEO 196, violate ceasefire: breaks an agreement, so it is coded also when no opponent or place is named.</summary>
    private const string CeasefireViolationCode = "196";

    private readonly string _text = document.Text;
    private readonly IReadOnlyList<Token> _tokens = document.Layers.Get(TextLayers.Tokens);
    private readonly IReadOnlyList<Sentence> _sentences = document.Layers.Get(TextLayers.Sentences);
    private readonly IReadOnlyList<Clause> _clauses = document.Layers.Get(ClauseLayers.Clauses);
    private readonly ClauseActorFinder _actors = ClauseActorFinder.For(document);
    private readonly HashSet<int> _acts = [];
    private readonly HashSet<int> _contents = [];
    private readonly CounterpartFinder _counterparts = new();

    // The parts are made when first asked for, and share the per-document state they keep (sources so far, the last place).
    private ClauseNeighbours Neighbours => field ??= new(_text, _clauses, _actors);

    // "fighting between Armenian and Azerbaijani forces": a meeting's or a clash's sides may be named by country adjectives too.
    private NominalEventFinder Nominals => field ??= new(document, _actors.Mentions, codebook, Places, matcher, Groups);
    private ClauseExtents Extents => field ??= new(_text, _tokens, _clauses, document.Layers.Get(TimeLayers.Timexes));
    private RoleGroupActors Groups => field ??= new(_text, _tokens, document.Layers.Get(EntityLayers.Mentions), _actors, Places);
    private ClauseLocations Locations => field ??= new(_text, _clauses, Extents, Places);
    private ClauseSources Sources => field ??= new(_text, _clauses, _sentences, document.Layers.Get(EntityLayers.Mentions), _actors, Groups, Locations, modality);
    private ClauseTargets Targets => field ??= new(_clauses, _sentences, Acts, codebook, _actors, Extents, Neighbours, Sources, Groups, Locations);
    private BombAgentClauses Bombs => field ??= new(_text, _sentences, codebook, Places, _actors);

    /// <summary>The gazetteer that reads a place's namesakes by the countries this document's actors belong to.</summary>
    private PlaceGazetteer Places => field ??= places.ForStory(_actors.Mentions.Select(m => m.Actor?.Country).OfType<string>().ToHashSet(StringComparer.Ordinal));
    private ClauseEventBuilder Builder => field ??= new(document, codebook, modality, _actors, Neighbours, Locations, Sources);
    private EventListFinisher Finisher => field ??= new(document, codebook, _actors, Extents, Sources, Builder);
    private AccordClauses Accords => field ??= new(_clauses, _actors);
    private RequestedActs Requests => field ??= new(_clauses, Extents, Acts, codebook);
    private ActPatterns Acts => field ??= new(Extents, matcher);
    private HabitualClauses Habits => field ??= new(_text, _sentences, _clauses);

    /// <summary>The mentions this document's events take their actors from (see <see cref="EventLayers.ActorMentions"/>).</summary>
    public IReadOnlyList<Mention> ActorMentions => _actors.Mentions;

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
                Nominals.Find(clause, SentenceOf(clause), clause.Index == 0 || _clauses[clause.Index - 1].Sentence != clause.Sentence, () => ClauseActors(clause, sources), nominal);
                _counterparts.RememberMeeting(nominal);
            }

            if (consumed.Contains(clause.Index) || clause.Kind is ClauseKind.Condition || IsUnderCondition(clause) || clause.Kind is ClauseKind.Relative && clause.Antecedent is null
                || IsContentOfAct(clause) || Habits.IsGeneric(clause)
                // "in a bid to end the strike", "an attempt to reassure voters": what a noun of aim is about is no act done.
                || Extents.CompletesAimNoun(clause))
            {
                continue;
            }

            if (!clause.Negated && (InfinitiveChildIsCoded(clause) || IsMissionOfInquiry(clause)))
            {
                // "agreed to provide aid", "expressed willingness to dismantle": the governed act, coded as an intent, says more; so
                // does the inquiry a journey is for ("a U.N. team arrived in Ingushetia to look into reports of executions").
                continue;
            }

            CodeClause(clause, sources, inherited, consumed, events);
        }

        Finisher.Finish(events, nominal);
        return events;
    }

    /// <summary>
    /// "will boycott the elections unless the president agrees to step down": an act governed by a condition's clause (through
    /// infinitives and complements) is part of the condition, no event of its own, as the condition's own clause is not. A relative
    /// clause states a fact of its own: "… if Hamas, which kidnapped a soldier in June, stops rocket fire" keeps the kidnapping.
    /// </summary>
    private bool IsUnderCondition(Clause clause)
    {
        for (var at = clause; at.Kind is ClauseKind.Infinitive or ClauseKind.Complement && at.Parent >= 0 && at.Parent < at.Index; at = _clauses[at.Parent])
        {
            if (_clauses[at.Parent].Kind == ClauseKind.Condition)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Codes the act of <paramref name="clause"/> (one not skipped as a condition, a content or a governor of a coded act) into <paramref name="events"/>.</summary>
    private void CodeClause(Clause clause, List<Actor> sources, bool inherited, HashSet<int> consumed, List<CodedEvent> events)
    {
        var extent = Extents.ExtentOf(clause);
        var passiveObject = clause.Passive && !Sources.IsStativePassive(clause) && clause.Subject is { } subject ? Extents.PassiveObject(subject) : (Span?)null;
        var words = Extents.PatternWords(clause, extent, passiveObject, out var objectWords);
        // The -ing form is the pattern's word: a policy option weighed is a statement about an act, not a bare "said".
        var pattern = WeighedCourse(clause) is { } course ? new VerbPattern(clause.Verb, false, [course], PolicyOptionCode, Curated: true)
            : Accords.Recode(clause, matcher.Match(clause.Verb, clause.Negated, words, objectWords));
        if (pattern is { Code: VerbPattern.NoEvent } && ForcesLeaveCountry(clause, sources))
        {
            // "The last Syrian troops left Lebanon": armed forces leaving a country withdraw from it; "left the meeting" does not.
            pattern = new VerbPattern(clause.Verb, false, [], WithdrawalCode, Curated: true);
        }
        if (pattern is null || pattern.Code == VerbPattern.NoEvent || codebook.Find(pattern.Code) is not { } code || code.Root == CameoRoots.Statement && pattern.Words.Count == 0)
        {
            // "said", "added", "concluded": the statement itself is not an interaction; its content is coded from its own
            // clause, except "said that Libya must hand over …": an obligation put on another actor is a demand, and "said Iran
            // should free …" an appeal.
            foreach (var (modal, obligationCode, actsOnly) in Obligations)
            {
                if (!inherited && sources.Count > 0 && Neighbours.ObligedActor(clause, sources, modal, actsOnly) is { } obliged && codebook.Find(obligationCode) is { } asked)
                {
                    var obligation = new VerbPattern(clause.Verb, false, [], obligationCode, Curated: true);
                    events.Add(Builder.Build(clause, extent, Requests.Recode(clause, asked, obligation), obligation, sources[0], obliged, inherited));
                    break;
                }
            }

            return;
        }

        if (code.Root == CameoRoots.Threaten && ThreatenedAct(clause) is { } threatened)
        {
            code = threatened;
        }

        consumed.UnionWith(Extents.GovernedInfinitives(clause));
        if (code.Root != CameoRoots.Statement)
        {
            _acts.Add(clause.Index);
        }

        if (pattern.Received && !clause.Passive)
        {
            // "Israel came under fire from Egypt": read as the passive "was criticised by Egypt", whose subject is the target.
            var (doer, doers) = Sources.DoersOfReceived(clause);
            if (doer is null)
            {
                return;
            }

            clause = clause with { Passive = true, Arguments = [.. clause.Arguments.Select(a => a == doer ? a with { Preposition = "by" } : a)] };
            (sources, inherited) = (doers, false);
        }

        var judged = Neighbours.JudgedActActors(clause, code, pattern);
        if (ConsequenceVerbs.Value.Contains(clause.Verb) && code.Root == CameoRoots.Threaten)
        {
            // Only a speaker's warning makes what someone would face, or what a move would lead to, a threat (events/verb-patterns.tsv, "face sanctions", "lead to war").
            if (Neighbours.WarnedOnes(clause) is not { } warned || Sources.Of(clause.Parent) is not { Count: > 0 } warners)
            {
                return;
            }

            (judged, sources, inherited) = (warned, warners, true);
        }
        if (judged is not null && Sources.Of(clause.Parent) is { Count: > 0 } speakers)
        {
            (sources, inherited) = (speakers, true);
        }

        if (CameoRoots.IsAttack(code.Root))
        {
            (code, sources) = Bombs.Recode(clause, extent, code, sources);
            code = WeaponClauses.Default.Recode(_text, _tokens, extent, code, codebook);
        }

        if (sources.Count == 0 && (sources = Sources.OfAgentlessPassive(clause, code)).Count == 0)
        {
            return;
        }

        // "urged China to release …", "refused to negotiate": an appeal, demand or refusal takes the code of the act it is about.
        code = Requests.Recode(clause, code, pattern);
        (code, var sourceList, var targets) = Targets.Choose(clause, extent, code, sources, judged);
        foreach (var source in sourceList)
        {
            var target = targets.FirstOrDefault(t => !ClauseActorFinder.IsSameParty(source, t))
                // "lifted its closure of the Gaza Strip, allowing fuel trucks through the crossing at Ashkelon": the place a yielding act
                // eases its hold on outranks the place it is done at.
                ?? (code.Root == CameoRoots.Yield && Locations.ActedOn(clause) is { } eased && eased.Country != source.Country ? CounterpartFinder.PlaceActor(eased) : null)
                ?? _counterparts.For(Locations.Of(clause), code, source);
            if (target is null && !pattern.Curated && pattern.Words.Count == 0)
            {
                continue;
            }

            target ??= PlaceOrPeopleActedOn(clause, code, source, pattern)
                // "dragged a blogger out of a cafe in Alexandria and beat him to death": force done in the place of the act before.
                ?? (CameoRoots.IsForce(code.Code) && Locations.Of(clause) is null && Locations.OfCoordinated(clause) is { } there
                    ? CounterpartFinder.PlaceActor(there) : null);

            // "militiamen attacked a refugee camp": irregulars' force against the unarmed is unconventional violence.
            var acted = codebook.Find(UnconventionalViolence.Default.Recode(code.Code, source, target)) ?? code;
            acted = codebook.Find(CourtFindings.Recode(acted.Code, pattern)) ?? acted;
            // "gunmen shot dead the governor of Punjab": killing one named by a position of weight is an assassination.
            acted = Assassinations.Default.Recode(acted, _text, _tokens, clause, target, codebook);
            // "expelled 30,000 Egyptian workers", "killed thousands of civilians": expelling or killing thousands is mass violence.
            acted = MassViolence.Default.Recode(acted, _text, _tokens, clause, Assassinations.Default.IsKillingVerb(clause.Verb), target, codebook);
            // "protesters clashed with police": force by protesters is a protest turned violent.
            acted = ViolentProtests.Default.Recode(acted, _text, clause, codebook);
            // "troops opened fire on protesters": a state's force turned on a protest represses it.
            acted = ViolentProtests.Default.Repression(acted, _text, clause, source, codebook);
            // "thousands of protesters gathered on the square": protesters coming together demonstrate.
            acted = ViolentProtests.Default.Rally(acted, _text, clause, codebook);
            var coded = Builder.Build(clause, extent, acted, pattern, source, target, inherited);
            if (coded.Target is null && coded.Location is null && CameoRoots.IsForce(coded.CameoRoot) && coded.Cameo != CeasefireViolationCode)
            {
                // Force is used against someone or somewhere; "he attacked", "they are fighting each other" with neither is a figure of speech.
                continue;
            }

            if (coded.Modality == Modality.Hypothetical && Sources.Pronouns.IsThingsPossibleEffect(clause, source))
            {
                // "Russia said it would heighten tensions", "it could still be successful": what a move, bill or campaign might bring about is no act.
                continue;
            }

            if (coded.Target is null && (coded.CameoRoot == ConsultRoot || coded.Cameo == RecognitionCode && pattern.Words.Count == 0 || OutlookCodes.Contains(coded.Cameo) && pattern.Verb is "be" or "see"))
            {
                // A meeting, visit or hosting is had with someone, and recognition granted to someone; "received a diet plan", "hosts
                // manufacturers", "came to power", "the UN recognised this" name no one ("recognized the independence of Abkhazia"
                // names what is recognized, a place no file lists). An outlook is on dealings with someone: "we are confident that
                // we have the strategy" is a firm's, not a party's ("warned that the toll could rise" still comments).
                continue;
            }

            events.Add(coded);
            _counterparts.RememberMeeting(events);
        }
    }

    /// <summary>
    /// The target of an act that names no one: "Israeli forces shelled the Gaza Strip", "imposed a curfew on Hebron" (force or a
    /// domestic sanction used on a place is used on its country, before a sanction's default of the source's own people; not for a
    /// verb's uncurated default, which needs a named target: "Ottawa held on to beat Detroit"); "Colin Powell visited the West Bank"
    /// (a place abroad visited stands for its host); "sent humanitarian aid to Gaza" (aid sent to a place abroad goes to its people);
    /// "lifted the curfew on Hebron", "pulled out of Jenin" (a place a yielding eases its hold on, or its forces leave, stands for its
    /// people, not one in the source's own country: "Bosnian Serbs completed their withdrawal from Gorazde" is no act on Bosnia).
    /// Null when none of these applies.
    /// </summary>
    private Actor? PlaceOrPeopleActedOn(Clause clause, CameoCode code, Actor source, VerbPattern pattern)
    {
        var ownPeople = CounterpartFinder.OwnPeople(code, source, pattern);
        var byPlace = CameoRoots.IsForce(code.Code) || ownPeople is not null;
        var actedOn = byPlace || code.Code == VisitCode || code.Root == CameoRoots.Yield ? Locations.ActedOn(clause) : null;
        if (byPlace && actedOn is { } hit)
        {
            return CounterpartFinder.PlaceActor(hit);
        }

        var abroad = code.Code == VisitCode ? actedOn
            : code.Root == CameoRoots.Yield ? Locations.YieldedOn(clause, code.Code, actedOn)
            : code.Root == CameoRoots.Aid && !clause.Passive ? Locations.DestinationOf(clause)
            // "U.S. experts flew to Baghdad to investigate the blast": an inquiry abroad looks into the place it is made in, which
            // the journey it is made on may name.
            : code.Root == CameoRoots.Investigate ? Locations.Of(clause) ?? Locations.DestinationOf(clause) ?? JourneyPlace(clause)
            : null;
        // "The Wagner Group withdrew its fighters from Bakhmut": a place abroad yielded or sent to outranks the source's own people.
        return (abroad is { } place && place.Country != source.Country ? CounterpartFinder.PlaceActor(place) : null)
            ?? (code.Root == CameoRoots.Investigate ? JourneyCountry(clause, source) : null)
            ?? ownPeople;
    }

    /// <summary>
    /// "demanded that the US cancel …", "said US forces must ensure …": what another actor is asked or obliged
    /// to do is the content of a demand (coded from its parent), not an act that took place.
    /// </summary>
    /// <remarks>The infinitives such a clause governs ("that its partners refuse to recognize …") belong to the same content.</remarks>
    private bool IsContentOfAct(Clause clause)
    {
        var content = clause.Kind == ClauseKind.Complement && (clause.Modal is "must" or "should" || _acts.Contains(clause.Parent) || clause.NounContent)
            || clause.Kind == ClauseKind.Infinitive && _contents.Contains(clause.Parent)
            || IsProposedAct(clause) || IsMandative(clause);
        if (content)
        {
            _contents.Add(clause.Index);
        }

        return content;
    }

    /// <summary>
    /// "insisted that Iraq comply", "urged on Monday that he step down": a that-clause whose one subject takes the verb's bare form
    /// (a mandative subjunctive) says what is asked, never what was done, wherever the clause reader hung it. A that-clause after a
    /// noun of demand the clause reader marks itself (<see cref="Clause.NounContent"/>).
    /// </summary>
    private bool IsMandative(Clause clause)
    {
        if (clause is not { Introducer: "that", Modal: null, Negated: false, Tense: Tense.Present, Subject: { } subject }
            || !_text.AsSpan(clause.VerbToken.Start, clause.VerbToken.Length).Equals(clause.Verb, StringComparison.Ordinal))
        {
            return false;
        }

        var last = _text.AsSpan(subject.Start, subject.Length).Trim();
        last = last[(last.LastIndexOf(' ') + 1)..];
        // A plural subject ("officials", "the police", "children"), "I", "we" or "they" takes the bare form in the present indicative too.
        return last.Length > 1 && last[^1] != 's' && !(last is "we" or "We" or "they" or "They" or "you" or "You")
            && !ClauseLexicon.Default.IsPluralCollective(last.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// "a resolution that aims to tighten sanctions", "a bill that would ban the party": what a proposed text aims at or would
    /// do is its content, not an act of its authors (events/proposal-heads.txt).
    /// </summary>
    private bool IsProposedAct(Clause clause) =>
        clause is { Kind: ClauseKind.Relative, Antecedent: { } antecedent }
        && (modality.CueOf(clause.Verb) is not null || clause.Modal is "would" or "could" or "might" or "may")
        && ThingSubjects.EndsInProposal(_text, antecedent);

    private Sentence SentenceOf(Clause clause) => _sentences.At(clause.Sentence);

    private List<Actor> ClauseActors(Clause clause, List<Actor> sources)
    {
        var actors = new List<Actor>(sources);
        actors.AddRange(_actors.ActorsIn(new Span(clause.VerbToken.End, Math.Max(clause.VerbToken.End, Extents.ExtentOf(clause).End))).Where(a => !actors.Any(s => s.Code == a.Code)));
        return actors;
    }

    /// <summary>
    /// "threatened to expel the envoys" (or "threatened that it would expel …") is CAMEO 1313, "threatened to impose a curfew" 1323: the threat of the act its infinitive
    /// names (events/intent-codes.tsv), when that act has one; null otherwise ("threatened to sue" stays the verb's own threat).
    /// The threat keeps its clause, so its actors and condition are the threatening clause's.
    /// </summary>
    private CameoCode? ThreatenedAct(Clause clause)
    {
        if (GovernedAct(clause) is not { Negated: false } child)
        {
            return null;
        }

        return Acts.CodeOf(child) is { } act && IntentCodes.Default.IntentOf(act) is var intent && intent.StartsWith(CameoRoots.Threaten, StringComparison.Ordinal)
            ? codebook.Find(intent)
            : null;
    }

    private bool InfinitiveChildIsCoded(Clause clause)
    {
        if (GovernedAct(clause) is not { } child)
        {
            return false;
        }

        if (modality.CueOf(clause.Verb) is null && !modality.IsIntentFrame(_text, clause, child))
        {
            return false;
        }

        return ActPatterns.IsAct(Acts.Of(child));
    }

    /// <summary>The journey an infinitive is the purpose of ("flew to Baghdad to investigate"); null for none.</summary>
    private Clause? JourneyOf(Clause clause) =>
        clause.Kind == ClauseKind.Infinitive && clause.Parent >= 0 && _clauses[clause.Parent] is { } journey && MissionVerbs.Value.Contains(journey.Verb)
            ? journey
            : null;

    /// <summary>Where the journey an infinitive is the purpose of goes ("flew to Baghdad to investigate"); null for none.</summary>
    private EventLocation? JourneyPlace(Clause clause) =>
        JourneyOf(clause) is { } journey ? Locations.Of(journey) ?? Locations.DestinationOf(journey) : null;

    /// <summary>
    /// "An EU team flew to Georgia to investigate reports of looting": the country (not a place the gazetteer holds) a journey
    /// an inquiry is made on goes to or arrives in, other than the source's own; null for none.
    /// </summary>
    private Actor? JourneyCountry(Clause clause, Actor source)
    {
        if (JourneyOf(clause) is not { } journey)
        {
            return null;
        }

        foreach (var argument in journey.Arguments)
        {
            if (argument.Preposition is "to" or "in" or "into" && _actors.ActorsIn(argument.Span) is [{ } country] && country.Code == country.Country && country.Country != source.Country)
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>An active "leave" whose sources are all armed forces and whose object names a country ("Syrian troops left Lebanon").</summary>
    private bool ForcesLeaveCountry(Clause clause, List<Actor> sources) =>
        clause is { Verb: LeaveVerb, Passive: false, Negated: false, DirectObject: { } left } && sources.Count > 0
        && sources.TrueForAll(s => s.Role is { } role && role.StartsWith(MilitaryRole, StringComparison.Ordinal))
        && _actors.ActorsIn(left) is [{ } country] && country.Code == country.Country && !sources.Exists(s => s.Country == country.Country);

    /// <summary>"is considering lifting its arms embargo on China": the -ing form that opens the object of a verb of weighing; null for none.</summary>
    private string? WeighedCourse(Clause clause) =>
        !clause.Negated && DeliberationVerbs.Value.Contains(clause.Verb) && clause.DirectObject is { } weighed
        && SortedLayer.FirstAt(_tokens, weighed.Start, t => t.Start) is var first && first < _tokens.Count
        // Any lower-case -ing word opening a bare object names an act weighed ("considering fencing the border", "considering
        // funding for"); a noun object has its determiner first ("considering the meeting").
        && _tokens[first].In(_text).ToString() is var word && word.Length > MinGerundLength && word.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(word[0])
            ? word
            : null;

    /// <summary>"A U.N. team arrived in Ingushetia to look into reports of executions": the travel is for an inquiry, which is coded.</summary>
    private bool IsMissionOfInquiry(Clause clause) =>
        MissionVerbs.Value.Contains(clause.Verb) && GovernedAct(clause) is { Kind: ClauseKind.Infinitive } child
        && Acts.CodeOf(child) is { } code && code.StartsWith(CameoRoots.Investigate, StringComparison.Ordinal);

    /// <summary>
    /// The act a clause governs: its infinitive ("vowed to retaliate"), or the that-clause of a verb of commitment or threat
    /// in the future ("vowed that it would retaliate", clauses/commitment-verbs.txt); null when it governs none. "agreed that
    /// their countries should cooperate" agrees on what is due, which is no act promised.
    /// </summary>
    private Clause? GovernedAct(Clause clause)
    {
        var next = clause.Index + 1;
        return next < _clauses.Count && _clauses[next] is { } child && child.Parent == clause.Index
            && (child.Kind == ClauseKind.Infinitive
                || child is { Kind: ClauseKind.Complement, Modal: "would" or "will" } && ClauseLexicon.Default.IsCommitmentVerb(clause.Verb))
            ? child
            : null;
    }
}
