using Parley.Clauses;
using Parley.Entities;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Whom a coded clause's act is aimed at: the actors named after its verb (or those of the act it judges), else the subject of
/// its complement or condition, its addressees, the second of two joint sources, the place of the act, or a role group acted on.
/// An appeal to act against someone becomes rallying opposition to them, and a threat at home is aimed at the one whose act
/// would set it off.
/// </summary>
internal sealed class ClauseTargets(IReadOnlyList<Clause> clauses, IReadOnlyList<Sentence> sentences, ActPatterns acts, CameoCodebook codebook,
    ClauseActorFinder actors, ClauseExtents extents, ClauseNeighbours neighbours, ClauseSources clauseSources, RoleGroupActors groups, ClauseLocations locations)
{
    /// <summary>CAMEO 113, rally opposition against: an appeal to act against someone (the codebook's example: "called on Arabs to mobilize against Sharon").</summary>
    private const string RallyOppositionCode = "113";

    /// <summary>CAMEO 053, rally support on behalf of: "Call on other parties to support the target" (the codebook's 053).</summary>
    private const string RallySupportCode = "053";

    /// <summary>CAMEO 050, diplomatic cooperation not specified: support only when a verb of support names it.</summary>
    private const string DiplomaticCooperationCode = "050";

    /// <summary>Verbs of giving support (<c>events/support-verbs.txt</c>) among the acts of 050.</summary>
    private static readonly Lazy<HashSet<string>> SupportVerbs = new(() =>
        DataFiles.ReadWordSet("events/support-verbs.txt", StringComparer.Ordinal));

    /// <summary>CAMEO root 15, exhibit force posture; and 062, cooperate militarily.</summary>
    private const string ShowOfForceRoot = "15";
    private const string MilitaryCooperationCode = "062";

    /// <summary>CAMEO 0874, withdraw military forces; and 1056, demand de-escalation of military engagement.</summary>
    private const string WithdrawForcesCode = "0874";
    private const string DemandDeescalationCode = "1056";

    /// <summary>CAMEO 015, claim responsibility: aimed at the victims of the act claimed.</summary>
    private const string ClaimResponsibilityCode = "015";

    /// <summary>CAMEO 063, engage in judicial cooperation (extradition).</summary>
    private const string JudicialCooperationCode = "063";

    /// <summary>CAMEO 173, arrest, detain.</summary>
    private const string ArrestCode = "173";

    /// <summary>CAMEO 174, expel or deport individuals.</summary>
    private const string DeportationCode = "174";

    /// <summary>Coordinated subjects rarely name more than three actors that each act.</summary>
    private const int MaxSourcesPerClause = 3;

    /// <summary>
    /// The clause's code (recoded for an appeal against someone), the sources that each act and their targets, possibly none.
    /// <paramref name="judged"/> are the actors of the act the clause judges, when it judges one (<see cref="ClauseNeighbours.JudgedActActors"/>).
    /// </summary>
    public (CameoCode Code, List<Actor> Sources, List<Actor> Targets) Choose(Clause clause, Span extent, CameoCode code, List<Actor> sources, List<Actor>? judged)
    {
        // "Serb forces were engaged in …": a stative participle's targets are read as an active clause's.
        var (targets, places) = actors.TargetsOf(clauseSources.IsStativePassive(clause) ? clause with { Passive = false } : clause, extent, sources);
        if (judged is { Count: > 0 } && judged.Where(a => !sources.Any(s => s.Code == a.Code)).ToList() is { Count: > 0 } named)
        {
            targets = named;
        }

        if (!CameoRoots.IsForce(code.Code) && targets.Count > 0 && targets.All(ClauseActorFinder.IsUnnamedBody) && places.Count > 0)
        {
            // "agreed to extend the mandate of the peacekeeping force in Lebanon": a mission named by its role alone acts for the
            // country it serves in, which is what the act concerns; force against peacekeepers is aimed at them.
            targets = places;
        }

        if (code.Code == JudicialCooperationCode && clause.Verb is "hand" or "turn" && clause.Arguments.Any(a => a.Preposition == "to")
            && DestinationOf(clause, sources) is var receivers && !receivers.Exists(d => d.Country is null || !sources.Exists(s => s.Country == d.Country))
            && codebook.Find(ArrestCode) is { } arrest)
        {
            // "villagers handed the suspected thieves over to police": suspects handed over to no other country's justice or an
            // international court are detained (173), which is no cooperation between states; the police are not the ones detained.
            // Only handing over can stay at home: "extradite" crosses a border by its meaning. With no receiver named ("Croatia
            // handed over a general wanted for war crimes") the suspect goes to justice elsewhere.
            (code, targets) = (arrest, targets.FindAll(t => !receivers.Contains(t) && t.Role != "COP"));
        }
        else if (code.Code == JudicialCooperationCode && DestinationOf(clause, sources) is { Count: > 0 } destination)
        {
            // "Spain extradited a Russian hacker to the United States": the codebook codes "the location where the subject is
            // being extradited to—and not the identity of the suspect" as the target.
            targets = destination;
        }
        else if (code.Code == DeportationCode && (targets.Count == 0 || sources.Any(s => s.Country == targets[0].Country)) && DestinationOf(clause, sources) is { Count: > 0 } home)
        {
            // "Germany deported Islamist preacher Metin Kaplan to Turkey": a deportee who is no foreigner by name (at most taken for
            // one of the deporting country's people) is sent home, to his own country.
            targets = home;
        }

        if (code.Root == CameoRoots.Investigate && neighbours.ComplementSubjects(clause, sources) is { Count: > 0 } accused)
        {
            // "began investigating Ethiopian claims that Eritrean troops had moved into the zone": an allegation is investigated
            // against the one it accuses, not the one who made it.
            targets = accused;
        }

        if (code.Root == CameoRoots.Appeal && OpposedByInfinitive(clause, sources) is { Count: > 0 } opposed && codebook.Find(RallyOppositionCode) is { } rally)
        {
            // "called on Arabs to unite and mobilize against Sharon": soliciting others against someone rallies opposition to them.
            (code, targets) = (rally, opposed);
        }
        else if (code.Root == CameoRoots.Appeal && SupportedByInfinitive(clause, sources) is { Count: > 0 } supported && codebook.Find(RallySupportCode) is { } rallySupport)
        {
            // "urged Arab nations to support the Palestinians": soliciting others' support for someone rallies support for them.
            (code, targets) = (rallySupport, supported);
        }

        if (code.Root == CameoRoots.Threaten && targets.Count > 0 && targets.All(t => t.Country == sources[0].Country)
            && neighbours.ConditionSubjects(clause, sources) is { Count: > 0 } conditioned)
        {
            // "Israel threatened to ban voting in East Jerusalem if Hamas ran": a threat at home is aimed at the one whose act
            // would set it off.
            targets = conditioned;
        }

        if (CameoRoots.IsAimedAtDoer(code.Root) && !clause.Passive && judged is null && DoersOfObject(clause, sources) is { Count: > 0 } doers)
        {
            // "investigating the seizure of Ukrainian ships by Russia", "condemned the killing of its soldiers by Israeli forces":
            // the doer named in the object's "by" phrase, not the victim.
            targets = doers;
        }

        if (targets.Count == 0)
        {
            // "demanded that the US cancel …": the one told to act is the complement's subject, a named actor or a group named by
            // its role ("demanded that Marxist guerrillas free the passengers").
            targets = neighbours.ComplementSubjects(clause, sources);
            if (targets.Count == 0 && neighbours.ChildWithSubject(clause, ClauseKind.Complement) is { Subject: { } told } complement
                && groups.In(told, complement, () => locations.Of(complement), sentences.At(clause.Sentence)) is { } toldGroup)
            {
                targets = [toldGroup];
            }
        }

        if (targets.Count == 0)
        {
            targets = neighbours.ConditionSubjects(clause, sources);
        }

        if (targets.Count == 0)
        {
            targets = neighbours.Addressees(clause, sources);
        }

        var sourceList = sources.Take(MaxSourcesPerClause).ToList();
        // "U.S. and British warplanes struck radar sites near Baghdad": two sides joined by "and" in an attack on something in a third
        // country are allies, not each other's target. "Serb and Croat forces clashed" has no object, "shelled each other's
        // positions" names them, and "shelled villages along the front line" or "in Kashmir" names no third party: fought between them.
        var alliedAttack = CameoRoots.IsAttack(code.Root) && !clause.Passive && clause.DirectObject is not null && !ReciprocalVerbs.Value.Contains(clause.Verb)
            && clause.Subject is { } attackers && actors.JoinsPartiesWithAnd(attackers) && !actors.SaysEachOther(clause.Span)
            && ThirdCountry(clause, places, sources);
        var jointAct = sourceList.Count >= 2 && (targets.Count == 0 && !alliedAttack || CameoRoots.IsMutual(code.Code));
        if (jointAct)
        {
            // "Jordan and Britain agreed …", "Russia and China held talks on Syria": a joint act, coded once between the two.
            targets = [sourceList[1]];
            sourceList = [sourceList[0]];
        }
        else if (targets.Count == 0)
        {
            // "held talks in Pyongyang": the place is the counterpart only when no actor is named; "talks with southern rebels in
            // Nairobi" name the state's own rebels.
            targets = !CameoRoots.IsForce(code.Code) && groups.RisenAgainst(clause, sources[0]) is { } rebels ? [rebels] : places;
        }

        if (targets.Count == 0 && groups.ActedOn(clause, extents.GovernedInfinitives(clause).Select(i => clauses[i]), () => locations.Of(clause), sentences.At(clause.Sentence), sourceList[0].Country) is { } group
            && !IsOwnForce(group, sourceList[0], code))
        {
            // "police dispersed demonstrators": a group named by its role is a domestic actor of where it is.
            targets = [group];
        }

        if (code.Root == ShowOfForceRoot && targets.Count > 0 && clause is { Passive: false, Subject: { } subject }
            && actors.ActorsIn(subject) is var together && targets.All(t => together.Any(a => a.Code == t.Code))
            && codebook.Find(MilitaryCooperationCode) is { } joint)
        {
            // "French and Egyptian warships launched war games": a show of force two sides make together is military cooperation;
            // a passive's subject ("police were placed on alert") is the force moved, not a second side.
            code = joint;
        }

        if (targets.Exists(t => IsOwnForce(t, sourceList[0], code)))
        {
            // "Putin ordered Russian troops to withdraw from Syria": the forces moved are the source's instrument; the
            // target is where they leave or go.
            targets = targets.FindAll(t => !IsOwnForce(t, sourceList[0], code));
        }

        if (code.Root == ShowOfForceRoot && targets.Count == 0 && actors.BorderCountryOf(clause, sourceList[0].Country) is { } across)
        {
            // "massed troops on the Kuwaiti border", "units were deployed along the border with Albania": forces moved to a border
            // are aimed at the country across it (CAMEO 15: the target is the one the move is directed against).
            targets = [across];
        }

        if (code.Root == ShowOfForceRoot && targets.Count == 0 && ProvokingActor(clause, sourceList[0]) is { } provoker)
        {
            // "put its armed forces on high alert after China announced missile tests", "amid fears that India might strike": a show
            // of force answers the foreign party whose act or threat the sentence gives as its occasion.
            targets = [provoker];
        }

        if (targets.Count == 0 && (CameoRoots.IsForce(code.Code) || code.Code == ClaimResponsibilityCode) && VictimsOfRelative(clause, extent, sourceList) is { Count: > 0 } victims)
        {
            // "claimed responsibility for the ambush that killed eight Turkish soldiers", "the bombing, which killed 21 Israelis":
            // the victims of the attack named in a relative clause on its noun are the attack's target, and the claim's.
            targets = victims;
        }

        if (code.Code == WithdrawForcesCode && !jointAct && targets.Exists(t => t.Role == "MIL" && t.Country is not null && t.Country != sourceList[0].Country)
            && codebook.Find(DemandDeescalationCode) is { } demand)
        {
            // "The Security Council ordered Ethiopian troops to withdraw": another's forces told to pull back is a demand that they do;
            // "Chinese and Indian troops disengaged" is both sides pulling back.
            code = demand;
        }

        return (code, sourceList, targets);
    }

    /// <summary>Whether the place of a clause's act, or a country it names only as a place, is none of its sources' countries.</summary>
    private bool ThirdCountry(Clause clause, List<Actor> places, List<Actor> sources) =>
        (places.Count > 0 ? places[0].Country : locations.Of(clause)?.Country) is { } where && !sources.Exists(s => s.Country == where);

    /// <summary>Verbs whose object two subjects do to each other ("exchanged fire"): <c>events/reciprocal-verbs.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>> ReciprocalVerbs = new(() => DataFiles.ReadWordSet("events/reciprocal-verbs.txt", StringComparer.Ordinal));

    /// <summary>The actors acted on in the relative clause whose antecedent ends the clause's extent ("the ambush that killed …").</summary>
    private List<Actor> VictimsOfRelative(Clause clause, Span extent, List<Actor> sources)
    {
        var next = clause.Index + 1;
        return next < clauses.Count && clauses[next] is { Kind: ClauseKind.Relative, Antecedent: { } antecedent, Passive: false } relative
            && antecedent.Start >= clause.VerbToken.End && antecedent.End <= Math.Max(extent.End, relative.Span.Start)
            && acts.CodeOf(relative) is { } act && CameoRoots.IsForce(act)
            ? actors.TargetsOf(relative, extents.ExtentOf(relative), sources).Targets
            : [];
    }

    /// <summary>
    /// The one foreign state, one of its agents or an armed group (any armed group, the source's own country's too, when the source
    /// is no armed group itself), that is the subject of the clause right after <paramref name="clause"/>
    /// in its sentence, when a word of occasion ("after", "as", "amid") opens that clause; null when there is none.
    /// </summary>
    private Actor? ProvokingActor(Clause clause, Actor source)
    {
        // "put its air force on high alert and cancelled leave … amid fears that India might strike": a verb sharing the act's subject
        // may stand between it and its occasion.
        var next = clause.Index + 1;
        while (next < clauses.Count && clauses[next].Sentence == clause.Sentence && clauses[next].Subject is { } shared && shared == clause.Subject)
        {
            next++;
        }

        if (next >= clauses.Count || clauses[next] is not { Subject: { } subject } occasion || occasion.Sentence != clause.Sentence
            || !actors.OccasionOpens(subject.Start))
        {
            return null;
        }

        // A show of force answers a state or an armed group: "her opponent retired" in sports copy names no party to it. An armed
        // group may be the state's own rebels ("placed its troops on high alert after Tamil Tiger rebels were reported massing").
        var irregulars = UnconventionalViolence.Default;
        return actors.ActorsIn(subject) is [{ Country: { } country } provoker]
            && (country != source.Country && (provoker.IsStateActor() || irregulars.IsIrregular(provoker))
                || irregulars.IsIrregular(provoker) && !irregulars.IsIrregular(source))
            ? provoker : null;
    }

    /// <summary>The actors of the first "by" phrase after the clause's verb that names any besides its sources.</summary>
    private List<Actor> DoersOfObject(Clause clause, List<Actor> sources)
    {
        foreach (var argument in clause.Arguments)
        {
            if (argument.IsAgentPhrase && argument.Span.Start >= clause.VerbToken.End && !actors.FollowsParticiple(argument.Span)
                && actors.ActorsIn(argument.Span).FindAll(a => !sources.Exists(s => s.Code == a.Code)) is { Count: > 0 } doers)
            {
                return doers;
            }
        }

        return [];
    }

    /// <summary>The actors named in the clause's "to …" phrases, other than the sources.</summary>
    private List<Actor> DestinationOf(Clause clause, List<Actor> sources) =>
        [.. clause.Arguments.Where(a => a.Preposition == "to").SelectMany(a => actors.ActorsIn(a.Span)).Where(a => !sources.Any(s => s.Code == a.Code))];

    /// <summary>
    /// "India deployed troops to Kashmir", "Russia sent troops to Chechnya": the acting country's own forces, moved, sent or
    /// pulled back, are its instrument, not the party acted on; the codebook's target of a military move is the one it is
    /// directed against (15), helped (06, 07) or yielded to (08).
    /// </summary>
    private static bool IsOwnForce(Actor group, Actor source, CameoCode code) =>
        group.Country == source.Country && group.Role is "MIL" or "COP"
        && CameoRoots.MovesOwnForces(code.Root);

    /// <summary>
    /// The actors an act of support the clause asks for is given to ("called on the world to back Afghanistan's government"),
    /// other than the sources; none when that act is asked not to happen. Acts of support are diplomatic cooperation, praise
    /// and verbal defence (CAMEO 050-053), not recognition, apologies or agreements (054-057), which keep their own appeal codes.
    /// </summary>
    private List<Actor> SupportedByInfinitive(Clause clause, List<Actor> sources)
    {
        foreach (var i in extents.GovernedInfinitives(clause))
        {
            var act = clauses[i];
            if (act.Negated || acts.CodeOf(act) is not { Length: >= 3 } code || !CameoRoots.IsSupport(code)
                || code.StartsWith(DiplomaticCooperationCode, StringComparison.Ordinal) && !SupportVerbs.Value.Contains(act.Verb))
            {
                continue;
            }

            // "urged Europe and the US to build anew their alliance": support among the ones asked is cooperation they are asked
            // for (022), not support rallied for a third party.
            var asked = actors.ActorsIn(new Span(clause.VerbToken.End, Math.Max(clause.VerbToken.End, act.VerbToken.Start)));
            var supported = actors.ActorsIn(new Span(act.VerbToken.End, Math.Max(act.VerbToken.End, extents.ExtentOf(act).End)))
                .Where(a => !sources.Any(s => s.Code == a.Code) && !asked.Any(s => s.Country == a.Country)).Take(1).ToList();
            if (supported.Count > 0)
            {
                return supported;
            }
        }

        return [];
    }

    /// <summary>
    /// The actors an act the clause asks for is aimed against ("urged the world to act against Iran"), other than the sources;
    /// none when that act is force ("urged Pakistan to fight against the Taliban": the codebook keeps military mobilization out of 113)
    /// or is asked not to happen ("urged India not to use force against Pakistan").
    /// An act that itself disapproves of, protests against or punishes someone ("called on the West to impose sanctions on Russia",
    /// "urged Muslims to boycott Israeli goods") is aimed at the actors it names.
    /// </summary>
    private List<Actor> OpposedByInfinitive(Clause clause, List<Actor> sources)
    {
        foreach (var i in extents.GovernedInfinitives(clause))
        {
            var act = clauses[i];
            var code = acts.CodeOf(act);
            if (act.Negated || code is not null && CameoRoots.IsForce(code))
            {
                continue;
            }

            var opposed = (code is not null && CameoRoots.IsPunitive(code)
                    ? actors.ActorsIn(new Span(act.VerbToken.End, Math.Max(act.VerbToken.End, extents.ExtentOf(act).End)))
                    : act.Arguments.Where(a => a.Preposition == "against").SelectMany(a => actors.ActorsIn(a.Span)))
                .Where(a => !sources.Any(s => s.Code == a.Code)).Take(1).ToList();
            if (opposed.Count > 0)
            {
                return opposed;
            }
        }

        return [];
    }
}
