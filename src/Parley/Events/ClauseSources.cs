using Parley.Clauses;
using Parley.Entities;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// The sources of a document's clauses, chosen in text order: a passive's "by" phrase, the actors or role group the subject
/// names, a relative clause's antecedent, else for a pronoun or missing subject the sources of the clause that reports it or
/// the last actor named. Each clause's sources are kept, since the clauses it governs read them (state for one document).
/// </summary>
internal sealed class ClauseSources(string text, IReadOnlyList<Clause> clauses, IReadOnlyList<Sentence> sentences, IReadOnlyList<Mention> mentions,
    ClauseActorFinder actors, RoleGroupActors groups, ClauseLocations locations, ModalityReader modality)
{
    /// <summary>Subjects that stand for the two parties just named: <c>events/pair-phrases.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> PairPhrases =
        new(() => DataFiles.ReadWordLookup("events/pair-phrases.txt"));

    /// <summary>Nouns of an attack whose modifier names the attacker: <c>events/attack-nouns.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> AttackNouns =
        new(() => DataFiles.ReadWordLookup("events/attack-nouns.txt"));

    /// <summary>Verbs of casualties, which accidents cause as well as attacks: <c>events/casualty-verbs.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>> CasualtyVerbs = new(() => DataFiles.ReadWordSet("events/casualty-verbs.txt", StringComparer.Ordinal));

    private readonly Dictionary<int, List<Actor>> _byClause = [];
    private List<Actor> _last = [];

    /// <summary>The checks on pronoun subjects, which read the sources chosen so far.</summary>
    public PronounSubjects Pronouns => field ??= new(text, clauses, actors, _byClause, mentions);

    /// <summary>
    /// The sources of <paramref name="clause"/>, and whether they are inherited from another clause or the last actor named
    /// rather than named by the clause itself. Called once per clause, in text order.
    /// </summary>
    public (List<Actor> Sources, bool Inherited) Choose(Clause clause)
    {
        var (sources, inherited) = SourcesOf(clause);
        _byClause[clause.Index] = sources;
        if (sources.Count > 0 && !inherited)
        {
            _last = sources;
        }

        return (sources, inherited);
    }

    /// <summary>The sources chosen for the clause with index <paramref name="clause"/>; null before it is chosen.</summary>
    public List<Actor>? Of(int clause) => _byClause.GetValueOrDefault(clause);

    /// <summary>
    /// "Israel came under fire from Egypt", "drew the ire of Beijing": the doers of an act the subject undergoes, named in the
    /// first "from", "by" or "of" phrase that names any, with that phrase; none when no such phrase names one.
    /// </summary>
    public (ClauseArgument? Phrase, List<Actor> Doers) DoersOfReceived(Clause clause)
    {
        foreach (var argument in clause.Arguments)
        {
            if (argument is { Preposition: "from" or "by" or "of", Gerund: false } && NamedOrGroup(argument.Span, clause) is { Count: > 0 } doers)
            {
                return (argument, doers);
            }
        }

        return (null, []);
    }

    /// <summary>"Serb forces were engaged in …": a stative participle with no "by" phrase, which is read as an active clause.</summary>
    public bool IsStativePassive(Clause clause) =>
        clause.Passive && modality.IsStative(clause.Verb) && !clause.Arguments.Any(a => a.IsAgentPhrase);

    private (List<Actor> Sources, bool Inherited) SourcesOf(Clause clause)
    {
        var byArgument = clause.Passive ? clause.Arguments.FirstOrDefault(a => a.IsAgentPhrase) : null;
        if (clause.Passive && !IsStativePassive(clause))
        {
            return byArgument is null ? (AttackersNamedIn(clause), false) : (NamedOrGroup(byArgument.Span, clause), false);
        }

        if (Pronouns.SpeakerNamesNoActor(clause))
        {
            return ([], false);
        }

        if (clause.Subject is { } subject && NamedOrGroup(subject, clause) is { Count: > 0 } named)
        {
            // "Obama's involvement offers …": the actor owns the subject, it does not act.
            return (ThingSubjects.EndsInThing(text, subject) ? [] : named, false);
        }

        if (clause.Subject is { } pair && IsPairPhrase(pair) && LastPair(pair.Start, clause.Sentence) is { } both)
        {
            return (both, true);
        }

        if (clause.Antecedent is { } antecedent)
        {
            // "a UN panel that warned …": the relative clause says it of the noun before it, and of nothing else;
            // of "his counterpart Kim Hyok Chol, who arrived" that is the head at its end, not the possessor.
            var inAntecedent = actors.ActorsIn(antecedent);
            return (inAntecedent.Count > 1 && !antecedent.Slice(text).Contains(" and ", StringComparison.Ordinal) ? [inAntecedent[^1]] : inAntecedent, false);
        }

        if (AgentOfNounBefore(clause) is { Count: > 0 } agents)
        {
            // "an attempt by the US to force the Palestinians …", "efforts by Russia to mediate": the noun's agent does the act.
            return (agents, false);
        }

        // "The teachers' union announced that it has called off …": an "it" left unresolved (the union is no known actor, so
        // coreference had nothing to link) reported by its parent's subject is that subject.
        var reportedIt = clause.Kind == ClauseKind.Complement && Pronouns.IsIt(clause.Subject);
        if (clause.Parent >= 0 && (clause.Subject is null || actors.IsPronoun(clause.Subject.Value) || reportedIt) && _byClause.TryGetValue(clause.Parent, out var parents) && parents.Count > 0)
        {
            return (parents, true);
        }

        if (clause.Subject is not { } pronoun || !actors.IsPronoun(pronoun))
        {
            return ([], false);
        }

        if (Pronouns.NamesKnownNonActor(pronoun))
        {
            // "Sam Younger … He called for …": a pronoun coreference tied to a person or body it names, that is no actor, is no one else.
            return ([], false);
        }

        if (text.AsSpan(pronoun.Start, pronoun.Length).Equals("we", StringComparison.OrdinalIgnoreCase) && SpeakerAfter(clause) is { Count: > 0 } speaker)
        {
            // '"We agreed that …," said Mr Blair': "we" in a quote is the side of the speaker its attribution names later.
            return (speaker, true);
        }

        // "The teachers' union, …, announced that it has called off …": an unresolved pronoun takes the sentence's first actor before it.
        var earlier = actors.ActorsIn(new Span(sentences.At(clause.Sentence).Span.Start, pronoun.Start));
        return (earlier.Count > 0 ? [earlier[0]] : _last, true);
    }

    /// <summary>
    /// The actors of the "by" phrase that ends an active clause right before the infinitive <paramref name="clause"/>, which has
    /// no subject of its own; empty otherwise. After a passive the phrase names who asked, not who is to act ("Iran was urged by
    /// the US to halt enrichment").
    /// </summary>
    private List<Actor> AgentOfNounBefore(Clause clause)
    {
        if (clause is not { Kind: ClauseKind.Infinitive, Subject: null, Parent: >= 0 } || clauses[clause.Parent] is not { Passive: false, Arguments: [.., { IsAgentPhrase: true } last] } parent
            || last.Span.End > clause.Span.Start || !text.AsSpan(last.Span.End, clause.Span.Start - last.Span.End).IsWhiteSpace())
        {
            return [];
        }

        return NamedOrGroup(last.Span, parent);
    }

    /// <summary>The actors a later speech clause of the same sentence names as its speaker ("…, said Mr Blair", "…, Blair said"); empty when none.</summary>
    private List<Actor> SpeakerAfter(Clause clause)
    {
        for (var i = clause.Index + 1; i < clauses.Count && clauses[i].Sentence == clause.Sentence; i++)
        {
            if (clauses[i] is { Kind: ClauseKind.Main } said && ClauseLexicon.Default.IsSpeechVerb(said.Verb) && (said.Subject ?? said.DirectObject) is { } speaker)
            {
                return NamedOrGroup(speaker, said);
            }
        }

        return [];
    }

    private bool IsPairPhrase(Span subject) => PairPhrases.Value.Contains(text.AsSpan(subject.Start, subject.Length));

    /// <summary>
    /// The two countries named before <paramref name="before"/> in its sentence and the one before it, in the order they were
    /// named; null unless exactly two are ("the two presidents" after "Venezuela, Argentina, Brazil and Bolivia" says not which).
    /// </summary>
    private List<Actor>? LastPair(int before, int sentence)
    {
        var from = sentences.At(Math.Max(0, sentence - 1)).Span.Start;
        var pair = new List<Actor>(2);
        foreach (var actor in actors.ActorsIn(new Span(from, before)))
        {
            // Firms and news outlets named in between are no party to the pair.
            if (actor.Country is not { } country || actor.Role is "BUS" or "MED" || pair.Exists(a => a.Country == country))
            {
                continue;
            }

            if (pair.Count == 2)
            {
                return null;
            }

            pair.Add(actor);
        }

        return pair.Count == 2 ? pair : null;
    }

    /// <summary>
    /// The source of a passive act that names no agent, by what the act is (<paramref name="root"/>): a force posture's subject is the
    /// force that was moved ("Belgian police were placed on high alert", CAMEO 15: the source is the one mobilizing); an unconventional
    /// attack or mass violence ("Benazir Bhutto was assassinated in Rawalpindi"), an attack on people ("an Iraqi policeman was shot dead
    /// in Mosul"), or a casualty in an ambush or attack the "in" phrase names without its attackers ("was killed in an ambush near
    /// Tehran"), takes the place it happened for the attackers reports seldom name
    /// (CAMEO codebook 1.1b3, notes to 185 and 1833). A state's measure on a place (a curfew, emergency rule, admitting foreigners)
    /// is the state's that holds the place, also when active with doers no actor names ("Authorities imposed a curfew on Srinagar").
    /// Empty when the clause is no such passive or its place is unknown.
    /// </summary>
    public List<Actor> OfAgentlessPassive(Clause clause, CameoCode code)
    {
        if (!clause.Passive && IsStateMeasure(code.Code) && clause.Subject is { } doers && actors.ActorsIn(doers).Count == 0 && MeasuringState(clause, code) is { } holder)
        {
            // "Authorities imposed a curfew on Srinagar": a state's measure whose doers no actor names is that state's.
            return [holder];
        }

        // "was shot dead by a sniper": an agent no actor names leaves the passive as good as agentless.
        if (!clause.Passive || IsStativePassive(clause) || clause.Arguments.Any(a => a.IsAgentPhrase && actors.ActorsIn(a.Span).Count > 0))
        {
            return [];
        }

        if (IsExpulsion(code.Code) && !ExpelsArmedForce(clause) && ExpellingCountry(clause) is { } expelling)
        {
            // "Four Russian diplomats were expelled from Britain", "were ordered out of Britain": the country they must leave expels them.
            return [expelling];
        }

        var root = code.Root;
        if (MeasuringState(clause, code) is { } state)
        {
            // "A curfew was imposed on Srinagar", "aid agencies were allowed into Darfur": only the state that holds the
            // place imposes its measures or admits foreigners to it.
            return [state];
        }

        if (root == "15")
        {
            return clause.Subject is { } subject ? NamedOrGroup(subject, clause) : [];
        }

        var unnamedAttack = root is "18" or "20"
            || root == "19" && (clause.Arguments.Any(a => a.Preposition == "in" && AttackNouns.Value.Contains(LastWord(text.AsSpan(a.Span.Start, a.Span.Length))))
                || !CasualtyVerbs.Value.Contains(clause.Verb) && clause.Subject is { } victims && actors.ActorsIn(victims).Count > 0);
        return unnamedAttack && locations.OwnOrTargetPlace(clause) is { } place && CounterpartFinder.PlaceActor(place) is { } there ? [there] : [];
    }

    /// <summary>The state holding the place a state's measure is taken on (<see cref="IsStateMeasure"/>; an occupied territory's occupier); null for other acts or no known place.</summary>
    private Actor? MeasuringState(Clause clause, CameoCode code) =>
        IsStateMeasure(code.Code) && locations.OwnOrTargetPlace(clause) is { } measured && CounterpartFinder.PlaceActor(measured) is { } place
            ? CounterpartFinder.HoldingState(place)
            : null;

    /// <summary>CAMEO codes of measures only a state takes on its territory: curfews, states of emergency, martial law (1723, 1724), admitting peacekeepers, inspectors or aid agencies (0861-0863).</summary>
    private static bool IsStateMeasure(string code) => code is "1723" or "1724" or "0861" or "0862" or "0863";

    /// <summary>CAMEO codes of expulsion: diplomats (161, as PETRARCH codes "expel diplomats"), peacekeepers, inspectors and aid agencies (166-1663), individuals (174).</summary>
    /// <remarks>Not mass expulsion (201): "The Taliban were driven out of Kabul" is a defeat, and its "out of" names a city, not an expeller.</remarks>
    private static bool IsExpulsion(string code) => code is "161" or "166" or "1661" or "1662" or "1663" or "174";

    /// <summary>"Iraqi troops were expelled from Kuwait": forces driven out of a country are beaten, not deported by it.</summary>
    private bool ExpelsArmedForce(Clause clause) =>
        clause.Subject is { } subject && actors.ActorsIn(subject).Exists(a => a.Role is { Length: >= 3 } role && (role.StartsWith("MIL", StringComparison.Ordinal) || UnconventionalViolence.Default.IsIrregular(a)));

    /// <summary>The country a passive's "from" or "out of" phrase names, which the ones expelled must leave; null for none.</summary>
    private Actor? ExpellingCountry(Clause clause)
    {
        foreach (var argument in clause.Arguments)
        {
            var outOf = argument.Preposition == "of" && text.AsSpan(0, argument.Span.Start).TrimEnd().EndsWith(" out of", StringComparison.Ordinal);
            if ((argument.Preposition == "from" || outOf) && actors.ActorsIn(argument.Span) is [{ Country: not null } country])
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>
    /// "Three Afghan soldiers were killed in a Taliban ambush": a passive without a "by" phrase names its agent as the modifier of
    /// an attack in an "in" phrase that ends in the attack's noun (<c>events/attack-nouns.txt</c>).
    /// </summary>
    private List<Actor> AttackersNamedIn(Clause clause)
    {
        foreach (var argument in clause.Arguments)
        {
            if (argument.Preposition == "in" && LastWord(text.AsSpan(argument.Span.Start, argument.Span.Length)) is var last && AttackNouns.Value.Contains(last)
                && actors.ActorsIn(argument.Span) is { Count: > 0 } attackers)
            {
                return attackers;
            }
        }

        return [];
    }

    /// <summary>The last word of <paramref name="phrase"/>, past any closing punctuation.</summary>
    internal static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> phrase)
    {
        phrase = phrase.TrimEnd(" ,.;:");
        return phrase[(phrase.LastIndexOf(' ') + 1)..];
    }

    /// <summary>The actors a phrase names, or else the role group it names ("Islamic fundamentalists staged …").</summary>
    private List<Actor> NamedOrGroup(Span span, Clause clause) =>
        actors.ActorsIn(span) is { Count: > 0 } named ? named
        : groups.In(span, clause, () => locations.Of(clause), sentences.At(clause.Sentence)) is { } group ? [group]
        : [];
}
