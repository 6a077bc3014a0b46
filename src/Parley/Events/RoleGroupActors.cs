using Parley.Clauses;
using Parley.Entities;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Groups named by their role alone ("demonstrators", "the police", "Moslem fundamentalists", "opposition
/// leaders"). The mention finder leaves them without an actor, since they name no country; CAMEO codes such
/// a group as a domestic actor of the country it acts in, so for an event it takes the country of a place
/// in its own phrase or its clause ("demonstrators in Baghdad", "dispersed protesters in Monrovia"), else the
/// one country its sentence names. With several countries and no place it stays unknown.
/// </summary>
internal sealed class RoleGroupActors
{
    /// <summary>A group whose country is inferred is a guess, like a counterpart read from the place of an act.</summary>
    private const double GuessConfidence = 0.5;

    /// <summary>The longest agent phrase looked for, in words ("security forces", "riot police").</summary>
    private const int MaxPhraseWords = 3;

    private static readonly Lazy<Dictionary<string, GroupRole>> RolesByPhrase = new(LoadRoles);

    /// <summary>Nouns of a place an armed group holds ("a guerrilla stronghold", "rebel positions"): the group before one is the party attacked there.</summary>
    private static readonly Lazy<HashSet<string>> Holdings = new(() => DataFiles.ReadWordSet("events/group-holdings.txt", StringComparer.Ordinal));

    /// <summary>The first words of the group phrases: most words start none, and are passed over without building a phrase.</summary>
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> FirstWords = new(() =>
        RolesByPhrase.Value.Keys.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Prepositions whose phrase names a party acted on or dealt with ("fired at", "cracked down on", "clashed with", "demands from", "dozens of").</summary>
    private static readonly HashSet<string> PartyPrepositions = new(["against", "on", "at", "with", "from", "to", "of"], StringComparer.Ordinal);

    /// <summary>Words before a group that make it one the story already named ("the hostages", "their supporters").</summary>
    private static readonly HashSet<string> ReferringWords = new(["the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my"], StringComparer.Ordinal);

    /// <summary>Verbs by which a counted crowd acts as demonstrators: <c>events/crowd-verbs.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>> CrowdVerbs = new(() => DataFiles.ReadWordSet("events/crowd-verbs.txt", StringComparer.Ordinal));

    /// <summary>Nouns of an unnamed crowd: <c>events/crowd-nouns.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> CrowdNouns =
        new(() => DataFiles.ReadWordLookup("events/crowd-nouns.txt"));

    /// <summary>The role of demonstrators, as the agents file codes "demonstrators" and "protesters".</summary>
    private const string DemonstratorRole = "OPP";

    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly ClauseActorFinder _actors;
    private readonly Lazy<List<(Span Span, string? Country)>> _placeMentions;

    public RoleGroupActors(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, ClauseActorFinder actors, PlaceGazetteer places)
    {
        _text = text;
        _tokens = tokens;
        _actors = actors;
        // Only a document with a role group asks for the countries of its places.
        _placeMentions = new(() => [.. mentions
            .Where(m => m.Type == MentionType.Location && m.Actor is null)
            .Select(m => (m.Span, Place: places.Find(m.Span.Slice(text))))
            .Where(p => p.Place is not null)
            .Select(p => (p.Span, p.Place!.Country))]);
    }

    /// <summary>
    /// The actor of the first role group in <paramref name="span"/> that is not part of a named actor's mention
    /// ("Egyptian police" already is one), with its inferred country; null when there is none or no country.
    /// </summary>
    /// <remarks><paramref name="location"/> (the place of the clause) is only asked for when a group is found.</remarks>
    public Actor? In(Span span, Clause clause, Func<EventLocation?> location, Sentence sentence) => In(span, clause, location, sentence, null);

    /// <summary>
    /// "fighting between Chadian government troops and rebels", "talks between the Sudanese government and rebels in Abuja": the role
    /// group in <paramref name="span"/> named as the other side of <paramref name="side"/>. A group that rises against its own state is
    /// of that state's country, wherever the two meet; any other is read as <see cref="In(Span, Clause, Func{EventLocation?}, Sentence)"/>
    /// reads it. Null for none.
    /// </summary>
    public Actor? OtherSide(Span span, Clause clause, Func<EventLocation?> location, Sentence sentence, Actor side) =>
        side is { Country: { } home } && side.IsStateActor() && FirstGroup(span, false) is { Role: { } role, RisesAtHome: true } rebels
            ? new Actor(home + role, rebels.Phrase, home, role) { Confidence = GuessConfidence }
            : In(span, clause, location, sentence);

    /// <summary>
    /// "ready to resume peace talks with southern rebels in Nairobi", "signed a truce with the rebels": a group risen against its own
    /// state that <paramref name="state"/> deals with (the object, or a "with" phrase) is of that state, wherever they meet; null
    /// for none. Force is left to <see cref="ActedOn"/>, whose place says more.
    /// </summary>
    public Actor? RisenAgainst(Clause clause, Actor state)
    {
        if (state is not { Country: { } home } || !state.IsStateActor())
        {
            return null;
        }

        if (_actors.ActorsIn(new Span(clause.VerbToken.End, Math.Max(clause.VerbToken.End, clause.Span.End))).Exists(a => a.Country is { } other && other != home))
        {
            // "Britain held talks with rebels in Sierra Leone", "Rwanda backed rebels in Congo": another country named says whose they are.
            return null;
        }

        var dealtWith = clause.Arguments.Where(a => a.Preposition == "with").Select(a => a.Span);
        foreach (var span in clause.DirectObject is { } direct ? dealtWith.Prepend(direct) : dealtWith)
        {
            if (FirstGroup(span, false) is { Role: { } role, Phrase: { } phrase, RisesAtHome: true })
            {
                return new Actor(home + role, phrase, home, role) { Confidence = GuessConfidence };
            }
        }

        return null;
    }

    /// <remarks>
    /// <paramref name="actingCountry"/>, the country of the one who acts on the group, is the country of a group that rises against its
    /// own state ("Burmese troops captured a guerrilla stronghold") when nothing else says where it is from.
    /// </remarks>
    private Actor? In(Span span, Clause clause, Func<EventLocation?> location, Sentence sentence, string? actingCountry)
    {
        var (role, phrase, risesAtHome, placedOnly, holder) = FirstGroup(span, actingCountry is not null);
        if (role is null && CrowdVerbs.Value.Contains(clause.Verb) && CountedCrowd(span) is { } crowd)
        {
            (role, phrase) = (DemonstratorRole, crowd);
        }

        if (role is null)
        {
            return null;
        }

        // "Militants kidnapped two French journalists in Iraq": a country named as the place of the act is where the group is.
        var country = OnlyCountry(span) ?? location()?.Country ?? _actors.PlaceCountryOf(clause) ?? OnlyCountry(sentence.Span, clause, peopleOnly: placedOnly)
            ?? (risesAtHome && !PlaceAbroad(sentence.Span, actingCountry) ? actingCountry : null);
        if (holder && !risesAtHome && country == actingCountry)
        {
            // "The Americans wanted to raid a mujahideen base": a base attacked is the enemy's, seldom one of the attacker's own country.
            return null;
        }

        return country is null ? null : new Actor(country + role, phrase, country, role) { Confidence = GuessConfidence };
    }

    /// <summary>
    /// A role group acted on: the object of <paramref name="clause"/> or of an act it announces (<paramref name="announced"/>:
    /// "opened fire to disperse demonstrators"), or of a preposition that names a party ("cracked down on protesters"); the
    /// subject of a passive clause.
    /// </summary>
    public Actor? ActedOn(Clause clause, IEnumerable<Clause> announced, Func<EventLocation?> location, Sentence sentence, string? actingCountry)
    {
        if (clause.Passive)
        {
            return clause.Subject is { } subject ? In(subject, clause, location, sentence, actingCountry) : null;
        }

        foreach (var acting in announced.Prepend(clause))
        {
            var objects = acting.Arguments.Where(a => PartyPrepositions.Contains(a.Preposition)).Select(a => a.Span);
            foreach (var span in acting.DirectObject is { } direct ? objects.Prepend(direct) : objects)
            {
                if (In(span, acting, location, sentence, actingCountry) is { } group)
                {
                    return group;
                }
            }
        }

        return null;
    }

    /// <summary>The first role group of <paramref name="span"/>; with <paramref name="held"/>, also one before a noun of a place it holds ("a rebel base").</summary>
    private (string? Role, string? Phrase, bool RisesAtHome, bool PlacedOnly, bool Holder) FirstGroup(Span span, bool held)
    {
        var first = FirstTokenAt(span.Start);
        for (var i = first; i < _tokens.Count && _tokens[i].Span.End <= span.End; i++)
        {
            if (_tokens[i].Kind != TokenKind.Word || !FirstWords.Value.Contains(_text.AsSpan(_tokens[i].Span.Start, _tokens[i].Span.Length)))
            {
                continue;
            }

            for (var n = Math.Min(MaxPhraseWords, CountWords(i, span.End)); n >= 1; n--)
            {
                var words = new Span(_tokens[i].Span.Start, _tokens[i + n - 1].Span.End);
                var head = RolesByPhrase.Value.TryGetValue(Words(i, n), out var group) && group.Group && IsHead(i + n, span.End);
                if ((head || group.Role is not null && held && IsHolding(i + n, span.End)) && _actors.ActorsIn(Around(words)).Count == 0)
                {
                    var named = group.DefiniteOk || NameFollows(words.End) || !AfterReferringWord(first, i);
                    return named ? (group.Role, words.Slice(_text), group.RisesAtHome, group.PlacedOnly, !head) : (null, null, false, false, false);
                }
            }
        }

        return (null, null, false, false, false);
    }

    /// <summary>
    /// "Some 150,000 people", "tens of thousands of people": a crowd noun ending <paramref name="span"/> after a count (a number or
    /// a quantity noun of <c>clauses/quantity-nouns.txt</c>: "hundreds", "thousands"); the phrase, or null.
    /// </summary>
    private string? CountedCrowd(Span span)
    {
        var first = FirstTokenAt(span.Start);
        var last = first;
        while (last + 1 < _tokens.Count && _tokens[last + 1].Span.End <= span.End)
        {
            last++;
        }

        if (last >= _tokens.Count || _tokens[last].Span.End > span.End || !CrowdNouns.Value.Contains(_tokens[last].In(_text)))
        {
            return null;
        }

        for (var i = first; i < last; i++)
        {
            if (_tokens[i].Kind == TokenKind.Number || ClauseLexicon.Default.IsQuantityNoun(_tokens[i].In(_text)))
            {
                return span.Slice(_text);
            }
        }

        return null;
    }

    /// <summary>Whether the word at <paramref name="next"/> is a place a group holds, ending the phrase ("guerrilla stronghold on the border").</summary>
    private bool IsHolding(int next, int end) =>
        next < _tokens.Count && _tokens[next].Span.End <= end && _tokens[next].Kind == TokenKind.Word
        && Holdings.Value.Contains(_tokens[next].Span.Slice(_text).ToLowerInvariant()) && IsHead(next + 1, end);

    /// <summary>
    /// Whether the word before token <paramref name="next"/> ends its noun phrase: "police fired", "demonstrators in the
    /// capital", but not "a police state", "military activities", where the agent word only modifies the noun after it.
    /// </summary>
    private bool IsHead(int next, int end) =>
        next >= _tokens.Count || _tokens[next].Span.End > end || _tokens[next].Kind != TokenKind.Word
        || ClauseLexicon.Default.TryFunctionWord(_tokens[next].In(_text), out _)
        || IsParticiple(_tokens[next].In(_text), afterPlural: _tokens[next - 1].In(_text) is [.., 's' or 'S']);

    /// <summary>
    /// "Gunmen dressed as hunters", "rebels based in Sudan": a past participle after a group's noun starts a phrase that modifies it;
    /// an -ing form only after a plural ("rioters protesting against price rises"): "military spending", "police training" are compounds.
    /// </summary>
    private static bool IsParticiple(ReadOnlySpan<char> word, bool afterPlural) =>
        ClauseLexicon.Default.TryVerb(word.ToString().ToLowerInvariant(), out _, out var form)
        && (form is VerbForm.PastOrParticiple or VerbForm.Participle || afterPlural && form is VerbForm.Gerund);

    /// <summary>"the main rebel group, the Popular Front …", "the opposition party (MDC)": a name in apposition says which group.</summary>
    private bool NameFollows(int end)
    {
        var rest = _text.AsSpan(end).TrimStart(' ');
        if (rest.StartsWith("(") || rest.StartsWith(","))
        {
            rest = rest[1..].TrimStart(' ');
            if (rest.StartsWith("the ", StringComparison.Ordinal))
            {
                rest = rest[4..];
            }

            return rest.Length > 0 && char.IsUpper(rest[0]);
        }

        return false;
    }

    /// <summary>Whether the noun phrase of the word at <paramref name="i"/> opens with "the", a possessive or a demonstrative ("the angry demonstrators").</summary>
    private bool AfterReferringWord(int first, int i)
    {
        for (var j = i - 1; j >= first && _tokens[j].Kind == TokenKind.Word; j--)
        {
            var word = _tokens[j].Span.Slice(_text).ToLowerInvariant();
            if (ReferringWords.Contains(word))
            {
                return true;
            }

            if (word is "of" or "a" or "an" || char.IsDigit(word[0]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The words just around a group: an actor mention covering them ("Egyptian police", "its troops") makes it no bare group.</summary>
    private Span Around(Span words)
    {
        var before = _text.LastIndexOf(' ', Math.Max(0, words.Start - 2)) + 1;
        return new Span(Math.Min(before, words.Start), words.End);
    }

    private int CountWords(int from, int end)
    {
        var n = 0;
        for (var i = from; i < _tokens.Count && _tokens[i].Span.End <= end && _tokens[i].Kind == TokenKind.Word && n < MaxPhraseWords; i++)
        {
            n++;
        }

        return n;
    }

    private string Words(int from, int n) =>
        string.Join(' ', Enumerable.Range(from, n).Select(i => _tokens[i].Span.Slice(_text).ToLowerInvariant()));

    /// <summary>
    /// "After a bomb attack in Baghdad, US troops killed three insurgents": a place in another country than the acting one's puts
    /// the fight abroad; so does a water shared by several states (no country), which is no one's home ground.
    /// </summary>
    private bool PlaceAbroad(Span sentence, string? actingCountry) =>
        _placeMentions.Value.Any(p => sentence.Contains(p.Span) && p.Country != actingCountry);

    /// <summary>
    /// The country a phrase or sentence is about when it names exactly one, by actor or by place; with <paramref name="clause"/>, an
    /// actor the clause names only in a phrase of circumstance does not count ("freed political prisoners after a plea from the Pope").
    /// </summary>
    /// <remarks>
    /// With <paramref name="peopleOnly"/>, only actors with a role count, not a country or the owner of a thing ("a Colombian
    /// judge", not "Danish web sites"), nor places.
    /// </remarks>
    private string? OnlyCountry(Span sentence, Clause? clause = null, bool peopleOnly = false)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        List<Actor>? own = null;
        foreach (var actor in _actors.ActorsIn(sentence))
        {
            // "…, a rebel commander told Reuters": a news outlet of another clause (the attribution) says nothing of where the group is.
            if (actor.Country is { } country && !(peopleOnly && actor.Role is null)
                && !(actor.Role == DiscourseCounterpart.MediaRole && clause is not null && !(own ??= _actors.ActorsIn(clause.Span)).Exists(a => a.Code == actor.Code))
                && !(clause is not null && _actors.IsCircumstanceOnly(clause, actor)))
            {
                countries.Add(country);
            }
        }

        foreach (var (span, country) in _placeMentions.Value)
        {
            // A water shared by several states names no country.
            if (!peopleOnly && country is not null && sentence.Contains(span))
            {
                countries.Add(country);
            }
        }

        return countries.Count == 1 ? countries.First() : null;
    }

    private int FirstTokenAt(int start) => SortedLayer.FirstAt(_tokens, start, t => t.Span.Start);

    /// <summary>The roles of <c>events/role-groups.tsv</c> with their flags, by role code.</summary>
    private static readonly Lazy<Dictionary<string, (bool DefiniteOk, bool RisesAtHome, bool PlacedOnly)>> RoleKinds = new(() =>
    {
        var table = TsvTable.Read("events/role-groups.tsv");
        return table.Rows.ToDictionary(r => table.Cell(r, "role"),
            r => (DefiniteOk: table.Cell(r, "definite-ok") == "yes", RisesAtHome: table.Cell(r, "rises-at-home") == "yes", PlacedOnly: table.Cell(r, "placed-only") == "yes"),
            StringComparer.Ordinal);
    });

    /// <summary>Whether <paramref name="actor"/> is a group that takes up arms against its own state (its role is marked rises-at-home).</summary>
    public static bool RisesAtHome(Actor actor) =>
        actor is { Country: not null, Role: { Length: >= 3 } role } && RoleKinds.Value.TryGetValue(role[..3], out var kind) && kind.RisesAtHome;

    /// <summary>
    /// Plural agent words of the roles of <c>events/role-groups.tsv</c>, with whether the role may follow "the", whether it rises against
    /// its own state and whether only the place of its act gives its country.
    /// </summary>
    private static Dictionary<string, GroupRole> LoadRoles()
    {
        var allowed = RoleKinds.Value;
        var collectives = DataFiles.ReadDataLines("events/role-group-collectives.txt").ToHashSet(StringComparer.Ordinal);
        var roles = new Dictionary<string, GroupRole>(StringComparer.Ordinal);
        foreach (var agent in KnowledgeBase.Default.Agents)
        {
            // A title of office ("president") names one person, whom coreference finds; "a worker" is one person too,
            // kept only to name the holder of a place ("a rebel base").
            var group = agent.IsPlural || collectives.Contains(agent.Phrase[(agent.Phrase.LastIndexOf(' ') + 1)..].ToLowerInvariant());
            var phrase = agent.Phrase.ToLowerInvariant();
            if (agent.Office is null && agent.Role.Length >= 3 && allowed.TryGetValue(agent.Role[..3], out var kind)
                && (!roles.TryGetValue(phrase, out var known) || group && !known.Group))
            {
                roles[phrase] = new GroupRole(agent.Role, kind.DefiniteOk, kind.RisesAtHome, kind.PlacedOnly, group);
            }
        }

        return roles;
    }

    /// <summary>
    /// A role an agent phrase gives; <see cref="Group"/> when the phrase names a group (plural or collective), not one person;
    /// <see cref="PlacedOnly"/> when only its own phrase or the place of its act gives its country.
    /// </summary>
    private readonly record struct GroupRole(string Role, bool DefiniteOk, bool RisesAtHome, bool PlacedOnly, bool Group);
}
