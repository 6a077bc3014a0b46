using Parley.Entities;

namespace Parley.Events;

/// <summary>
/// The counterpart of an act whose clause names none (state for one document, read in text order):
/// the other party of the source's latest meeting for a meeting, appeal, promise or judgement; the
/// host country of an act abroad; the protesters' own government for a protest.
/// </summary>
internal sealed class CounterpartFinder
{
    /// <summary>A counterpart read from the place of the act or the kind of act is a guess.</summary>
    public const double DefaultTargetConfidence = 0.5;

    /// <summary>CAMEO root 14, protest.</summary>
    public const string ProtestRoot = "14";

    /// <summary>
    /// CAMEO roots of acts done to the people of a place (aid, yield, threaten, mobilize, reduce relations,
    /// coerce, assault, fight, mass violence): with no one named, the place's population is the target, even
    /// at home. A meeting or statement in a place of one's own country names no counterpart.
    /// </summary>
    private static readonly HashSet<string> PopulationRoots = new(["07", "08", "13", "15", "16", "17", "18", "19", "20"], StringComparer.Ordinal);

    /// <summary>
    /// CAMEO codes whose acts the codebook defines as done to the source's own people: administrative sanctions (172: curfews,
    /// emergency rule, bans on parties and media), repression of dissent (175), police power mobilized (153) and the threats of
    /// these (132, 137); and their easing (081) and the reforms a government accedes to, its leader's resignation among them (083),
    /// or refuses (123: "rejected opposition calls for his resignation").
    /// With no one named and no place, "Ethiopia declared a state of emergency", "Thailand lifted the state of emergency" and
    /// "President Mubarak stepped down" are aimed at the country's population.
    /// </summary>
    private static readonly string[] DomesticCodePrefixes = ["172", "175", "153", "132", "137", "081", "083", "123"];

    /// <summary>
    /// CAMEO arrests (173) and seizures of property (171): done by a state or its agents to people under its rule when they name
    /// no foreigner ("police rounded up 100 members of the Muslim Brotherhood", "Zimbabwe seized white-owned farms").
    /// </summary>
    private static readonly string[] StateDomesticCodePrefixes = ["173", "171"];

    /// <summary>CAMEO 015, acknowledge or claim responsibility: a rebel group's claim for an attack is toward the state it fights.</summary>
    private const string ResponsibilityCode = "015";

    /// <summary>CAMEO 087, de-escalate military engagement: a ceasefire rebels declare is toward the state they fight.</summary>
    private const string DeescalationCode = "087";

    /// <summary>Territories whose armed groups fight the state holding them: <c>events/occupying-states.tsv</c>.</summary>
    private static readonly Lazy<Dictionary<string, string>> OccupyingStates = new(() =>
    {
        var table = Knowledge.TsvTable.Read("events/occupying-states.tsv");
        return table.Rows.ToDictionary(r => table.Cell(r, "territory"), r => table.Cell(r, "state"), StringComparer.Ordinal);
    });

    /// <summary>CAMEO's legislature role: a parliament's inquiry, like a court's or the police's, looks into its own country.</summary>
    private const string LegislatureRole = "LEG";

    /// <summary>
    /// CAMEO appeals and demands for political reform (024, 104: a leader's resignation, a change of policy, rights, a change of
    /// institutions): made by a country's opposition, rebels or citizens, they are aimed at their own state when they name no one
    /// ("Ethnic Albanian rebels in Macedonia demanded constitutional changes"). A state's own demand that names no one is left
    /// alone. A ceasefire (087) is not listed: Hamas's or Hezbollah's is toward Israel, not their own state.
    /// </summary>
    private static readonly string[] ReformCodePrefixes = ["024", "104"];

    /// <summary>Roles of a country's dissenters (CAMEO actor roles): opposition, rebels, insurgents, separatists, civilians, students, labour, clergy, rights groups.</summary>
    private static readonly HashSet<string> DissentRoles = new(["OPP", "REB", "INS", "SEP", "CVL", "EDU", "LAB", "REL", "HRI"], StringComparer.Ordinal);

    /// <summary>CAMEO 133, a threat of dissent (protests, strikes): like a protest, aimed at the dissenters' own government when it names no one.</summary>
    private const string ThreatenedDissentCode = "133";

    /// <summary>The latest meeting each country took part in (either side).</summary>
    private readonly Dictionary<string, (Actor Source, Actor Target)> _latestMeeting = new(StringComparer.Ordinal);

    /// <summary>The counterpart for an act of <paramref name="code"/> by <paramref name="source"/> that names none, or null.</summary>
    public Actor? For(EventLocation? location, CameoCode code, Actor source) => MeetingCounterpart(code, source) ?? DefaultTarget(location, code, source);

    /// <summary>Remembers the last of <paramref name="events"/> when it is a meeting with a counterpart.</summary>
    public void RememberMeeting(List<CodedEvent> events)
    {
        if (events.Count > 0 && events[^1] is { Target: { } target } last && (last.CameoRoot == "04" || last.Cameo == "036"))
        {
            foreach (var country in (ReadOnlySpan<string?>)[last.Source.Country, target.Country])
            {
                if (country is not null)
                {
                    _latestMeeting[country] = (last.Source, target);
                }
            }
        }
    }

    /// <summary>A protest, strike or riot that names no target (also one that only became a protest as an intent) is directed at the government where it takes place.</summary>
    public static Actor? ProtestedGovernment(CameoCode code, Actor source, EventLocation? location) =>
        code.Root == ProtestRoot && source.Role != "GOV" && (location?.Country ?? source.Country) is { } protested
            ? new Actor(protested, protested, protested, null) { Confidence = DefaultTargetConfidence }
            : null;

    /// <summary>The host country of an act abroad, the own government of a protest.</summary>
    public static Actor? DefaultTarget(EventLocation? location, CameoCode code, Actor source)
    {
        // A water shared by several states ("drills in the South China Sea") has no country and so no host.
        if (location?.Country is { } host && (host != source.Country || PopulationRoots.Contains(code.Root)))
        {
            // "held talks in Pyongyang", "suspended aid deliveries in Baghdad", "evacuate settlements in the Gaza Strip";
            // at home, "lifted the state of emergency in Darfur", "imposed a curfew in Algiers" act on the people there.
            return new Actor(host, host, host, null) { Confidence = DefaultTargetConfidence };
        }

        if (source.Country is not { } home)
        {
            return null;
        }

        // CAMEO 14: a protest that names no one it is aimed at is aimed at the protesters' own government.
        if ((code.Root == ProtestRoot || code.Code == ThreatenedDissentCode) && source.Role != "GOV")
        {
            return new Actor(home + "GOV", home, home, "GOV") { Confidence = DefaultTargetConfidence };
        }

        return null;
    }

    /// <summary>
    /// The country of a place as the one acted on there ("shelled the Gaza Strip", "an attack on Kandahar"), a guess like a
    /// counterpart read from a place; null for a place no state owns (international waters).
    /// </summary>
    public static Actor? PlaceActor(EventLocation place) =>
        place.Country is { } country ? new Actor(country, place.Name, country, null) { Confidence = DefaultTargetConfidence } : null;

    /// <summary>
    /// The source's own country as the target of a domestic act (<see cref="DomesticCodePrefixes"/>) that names no one, when one of
    /// Parley's own codebook rows coded it: a PETRARCH default ("is not preventing people from leaving") may be done abroad; also
    /// the target of a dissenters' demand for reform, and of an inquiry by a state or its agents, whose courts, police and
    /// legislators investigate what happens under their rule ("Brazilian police launched an investigation into allegations that
    /// ruling-party officials paid bribes"; a place abroad named as the act's outranks it), and of a ceasefire declared by rebels,
    /// insurgents or separatists ("ETA declared a permanent ceasefire"), or their claim of responsibility, toward the state they fight.
    /// </summary>
    public static Actor? OwnPeople(CameoCode code, Actor source, VerbPattern pattern) =>
        source.Country is { } home
        && (pattern.Curated && (StartsWithAny(code.Code, DomesticCodePrefixes)
                || source.IsStateActor() && StartsWithAny(code.Code, StateDomesticCodePrefixes))
            || code.Root == CameoRoots.Investigate && (source.IsStateActor() || source.Role is { } role && role.StartsWith(LegislatureRole, StringComparison.Ordinal))
            || IsDissentersReform(code, source, pattern))
            ? new Actor(home, home, home, null) { Confidence = DefaultTargetConfidence }
            : StateFought(code, source);

    /// <summary>
    /// "ETA declared a permanent ceasefire": a ceasefire declared by rebels, insurgents or separatists is toward the state they
    /// fight, their own country's or the one holding their territory (<c>events/occupying-states.tsv</c>: Hamas's is toward Israel);
    /// so is their claim of responsibility for an attack whose victims no phrase names ("claimed responsibility for a car bomb that
    /// damaged a hotel").
    /// </summary>
    private static Actor? StateFought(CameoCode code, Actor source)
    {
        if (!(code.Code.StartsWith(DeescalationCode, StringComparison.Ordinal) || code.Code == ResponsibilityCode) || !RoleGroupActors.RisesAtHome(source))
        {
            return null;
        }

        var state = OccupyingStates.Value.GetValueOrDefault(source.Country!, source.Country!);
        return new Actor(state, state, state, null) { Confidence = DefaultTargetConfidence };
    }

    /// <summary>
    /// The state that holds a place's country: the occupying state for a territory of <c>events/occupying-states.tsv</c> ("a curfew
    /// was imposed on the West Bank town of Nablus" is Israel's), else the place's own state.
    /// </summary>
    public static Actor HoldingState(Actor place) =>
        place.Country is { } country && OccupyingStates.Value.TryGetValue(country, out var state)
            ? new Actor(state, state, state, null) { Confidence = DefaultTargetConfidence }
            : place;

    /// <summary>A demand for reform (<see cref="ReformCodePrefixes"/>) by a country's dissenters, read from words that say so.</summary>
    private static bool IsDissentersReform(CameoCode code, Actor source, VerbPattern pattern) =>
        (pattern.Curated || pattern.Words.Count > 0) && source.Role is { Length: >= 3 } role && DissentRoles.Contains(role[..3])
        && StartsWithAny(code.Code, ReformCodePrefixes);

    private static bool StartsWithAny(string code, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (code.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "didn't rule out a third summit", "Moon, for his part, has called for an easing of sanctions", "Kim pledged then to
    /// work toward denuclearization", "his talks had been productive": a meeting, an appeal, a promise or a judgement
    /// with no named counterpart is addressed to the other party of the latest meeting its source had.
    /// </summary>
    private Actor? MeetingCounterpart(CameoCode code, Actor source)
    {
        // A visit (042, 043) is to its host, which the place gives, not to whomever the source met last.
        if (code.Root is not ("02" or "03" or "04") && code.Code is not ("012" or "013") || code.Code is "042" or "043")
        {
            return null;
        }

        return source.Country is { } country && _latestMeeting.TryGetValue(country, out var meeting)
            ? meeting.Source.Country == country ? meeting.Target : meeting.Source
            : null;
    }
}
