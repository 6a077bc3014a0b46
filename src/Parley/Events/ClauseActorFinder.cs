using Parley.Clauses;
using Parley.Entities;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// The actors a clause names, from the document's resolved mentions: in a span, as targets, or only as the place of the act.
/// One per document run; it keeps the last clause's phrases of circumstance, so it is not shared between threads.
/// </summary>
internal sealed class ClauseActorFinder(string text, Mention[] actorMentions)
{
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> PlaceNouns =
        new(() => DataFiles.ReadDataLines("events/place-nouns.txt").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Nouns of a request that make an "at" phrase the occasion of an act: <c>events/request-nouns.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> RequestNouns =
        new(() => DataFiles.ReadWordLookup("events/request-nouns.txt"));

    /// <summary>Nouns of a relation that a party's possessive does not make that party's own act: <c>events/relation-nouns.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> RelationNouns =
        new(() => DataFiles.ReadWordLookup("events/relation-nouns.txt"));

    /// <summary>A relation noun stands right after the possessive or after a modifier or two ("Israel's militia ally").</summary>
    private const int MaxRelationModifiers = 2;

    /// <summary>Nouns of a breach that make an "in" phrase a circumstance: <c>events/breach-nouns.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> BreachNouns =
        new(() => DataFiles.ReadWordLookup("events/breach-nouns.txt"));

    /// <summary>Verbs whose "at" phrase names what they are aimed at: <c>events/aiming-verbs.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>> AimingVerbs = new(() => DataFiles.ReadWordSet("events/aiming-verbs.txt", StringComparer.Ordinal));

    /// <summary>Nouns of talk and information whose "on", "about" or "over" phrase is their topic: <c>events/topic-nouns.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> TopicNouns = new(() => DataFiles.ReadWordLookup("events/topic-nouns.txt"));

    /// <summary>Prepositions that open a topic after a noun of talk or information.</summary>
    private static readonly string[] TopicPrepositions = ["on", "about", "over", "concerning", "regarding"];

    /// <summary>Phrases after which a report names its source: <c>events/source-cues.txt</c>.</summary>
    private static readonly Lazy<string[]> AttributionCues = new(() => [.. DataFiles.ReadDataLines("events/source-cues.txt").Select(l => l.Trim()).Where(l => l.Length > 0)]);

    /// <summary>A request's noun comes within the first words of its phrase: "the request of", "Washington 's urging".</summary>
    private const int RequestNounPosition = 3;

    private readonly string _text = text;
    private readonly Mention[] _actorMentions = ResidentPeoples.Merge(text, actorMentions);

    /// <summary>The phrases of circumstance of the last clause asked about (<see cref="CircumstancesOf"/>).</summary>
    private (int Clause, List<Span> Phrases) _circumstances = (-1, []);

    /// <summary>The mentions with an actor this finder reads, in text order.</summary>
    public IReadOnlyList<Mention> Mentions => _actorMentions;

    /// <summary>
    /// The finder over the mentions that resolve to an actor, with the country adjectives that modify ordinary nouns ("an Australian ultimatum")
    /// and the titled people no knowledge file knows, given the story's country ("President Yoweri Museveni"), in text order.
    /// </summary>
    public static ClauseActorFinder For(AnnotatedDocument document)
    {
        IReadOnlyList<Mention> mentions = document.Layers.Get(EntityLayers.Mentions);
        var published = document.Document.Metadata.Published;
        var modifiers = CountryModifierFinder.Default.Find(document.Text, document.Layers.Get(TextLayers.Tokens), document.Layers.Get(TextLayers.Sentences), mentions, published);
        var resolver = new ActorResolver(MentionLexicon.Default.Knowledge, published);
        List<Mention> guessed = [];
        if (document.Layers.TryGet(EntityLayers.MentionCandidates) is { } candidates)
        {
            mentions = StoryFocusActors.Resettle(document.Text, mentions, candidates, modifiers, resolver);
            guessed = StoryFocusActors.Guess(mentions, candidates, modifiers, resolver);
        }

        return new(document.Text, [.. mentions.Where(m => m.Actor is not null).Concat(modifiers).Concat(guessed).OrderBy(m => m.Span.Start)]);
    }

    /// <summary>The actors acted on, and apart from them those named only as the place ("met in Singapore"), which are a location first.</summary>
    public (List<Actor> Targets, List<Actor> Places) TargetsOf(Clause clause, Span extent, List<Actor> sources)
    {
        if (clause.Passive)
        {
            return (clause.Subject is { } subject && ActorsIn(subject) is { Count: > 0 } patients ? patients : RecipientsOfPassive(clause, sources), []);
        }

        var tail = new Span(clause.VerbToken.End, Math.Max(clause.VerbToken.End, extent.End));
        // "aid to North Korea despite Pyongyang's test": a mention in a phrase of circumstance is left out before a country's
        // mentions are merged into its most specific actor, so the party named elsewhere stays; so is the source a report cites
        // ("…, according to local officials and the United Nations").
        var cited = AttributionStart(tail);
        // "scrapped the U.S. trade embargo on Vietnam, clearing the way for American companies": a participial phrase after a comma
        // tells what the act brought about; a party named there is the target only when the act names none before it.
        var participial = ParticipialPhraseStart(tail);
        var (targets, places, ownNamed) = TargetsIn(clause, tail, sources, Math.Min(cited, participial));
        if (targets.Count == 0 && participial < cited)
        {
            (targets, places, ownNamed) = TargetsIn(clause, tail, sources, cited);
        }

        if (targets.Count > 1 && clause.Arguments.Any(a => Array.IndexOf(TopicPrepositions, a.Preposition) >= 0)
            && TargetsIn(clause, tail, sources, Math.Min(cited, participial), skipTopics: true) is { Targets.Count: > 0 } partners)
        {
            // "shared information on al Qaeda militants with U.S. investigators", "held talks on North Korea with Japan": what talk or
            // information is about names no party to it when another party is named.
            (targets, places, ownNamed) = partners;
        }

        if (targets.Count == 0 && ownNamed is not null)
        {
            // "The Syrian army shelled Syrian villages": with no other party named, the source's own country is the one acted on.
            targets.AddRange(ownNamed);
        }

        if (targets.Any(IsUnnamedBody) && targets.Any(t => t.Country is not null))
        {
            // "will withdraw weapons inspectors from Iraq", "refused to deploy peacekeepers in Iraq": a body's people named beside a
            // country are what is sent or withdrawn; the country is the party acted on.
            targets.RemoveAll(IsUnnamedBody);
        }

        return (targets, places);
    }

    /// <summary>The parties named after a clause's verb before <paramref name="end"/>, the places among them and the source's own country named as a modifier.</summary>
    private (List<Actor> Targets, List<Actor> Places, List<Actor>? OwnNamed) TargetsIn(Clause clause, Span tail, List<Actor> sources, int end, bool skipTopics = false)
    {
        var targets = new List<Actor>();
        var places = new List<Actor>();
        // "suspended their participation in talks with the Sri Lankan government": the source's own possessive is left out too, so
        // it does not merge with another party of its country.
        List<Actor>? ownNamed = null;
        foreach (var actor in ActorsIn(tail, m => m.Span.Start >= end || InCircumstance(clause, m.Span) || IsOwnPossessive(m, sources, tail) || IsRelationsPossessor(m)
            || skipTopics && InTopic(clause, m.Span)))
        {
            if (sources.Any(s => IsSameParty(s, actor)) || IsSourcesOwn(clause, actor, sources) || IsBorderOnly(clause, actor))
            {
                continue;
            }

            if (IsSourcesOwnModifier(clause, actor, sources))
            {
                (ownNamed ??= []).Add(actor);
                continue;
            }

            (IsPlaceOnly(clause, actor) ? places : targets).Add(actor);
        }

        return (targets, places, ownNamed);
    }

    /// <summary>
    /// Where a participial phrase after a comma opens in <paramref name="span"/> (", clearing the way for …", ", killing 15 civilians"):
    /// the comma before an -ing form of a verb; the span's end when there is none.
    /// </summary>
    private int ParticipialPhraseStart(Span span)
    {
        var words = _text.AsSpan(span.Start, span.Length);
        for (var from = 0; words[from..].IndexOf(", ", StringComparison.Ordinal) is var at and >= 0; from += at + 2)
        {
            var next = words[(from + at + 2)..];
            var word = next[..(next.IndexOfAny(' ', ',') is var stop and >= 0 ? stop : next.Length)];
            if (word.EndsWith("ing", StringComparison.Ordinal) && ClauseLexicon.Default.TryVerb(word.ToString(), out _, out var form) && form == VerbForm.Gerund)
            {
                return span.Start + from + at;
            }
        }

        return span.End;
    }

    /// <summary>
    /// "Sanctions were imposed on Iran by the United States", "aid was sent to Sudan": a passive whose subject names no one acts on
    /// the party its first "on", "against" or "to" phrase names.
    /// </summary>
    private List<Actor> RecipientsOfPassive(Clause clause, List<Actor> sources)
    {
        foreach (var argument in clause.Arguments)
        {
            if (argument.Preposition is "on" or "against" or "to" && !argument.Gerund
                && ActorsIn(argument.Span).Where(a => !sources.Any(s => IsSameParty(s, a))).ToList() is { Count: > 0 } recipients)
            {
                return recipients;
            }
        }

        return [];
    }

    /// <summary>
    /// Whether a target candidate is the source itself: the same code, unless both are people named with their office and the
    /// names differ ("Hun Sen met King Sihanouk", both Cambodia's government, are two parties to the meeting). Two bodies of one
    /// code ("the European Parliament", "the European Union") stay one party, as most such pairs are a body and its parent.
    /// </summary>
    internal static bool IsSameParty(Actor source, Actor candidate) =>
        source.Code == candidate.Code
        && !(source is { Name: { } one, Title: not null } && candidate is { Name: { } other, Title: not null } && one != other);

    /// <summary>
    /// Peacekeepers, monitors, inspectors or aid workers named by their role alone, without the organization that sends them
    /// (the mention finder gives them the bare organization code and no name).
    /// </summary>
    internal static bool IsUnnamedBody(Actor actor) => actor.Country is null && actor.Name is null;

    /// <summary>The one country named after the clause's verb only as the place of its act ("kidnapped two journalists in Iraq"); null for none or several.</summary>
    public string? PlaceCountryOf(Clause clause)
    {
        string? found = null;
        foreach (var actor in ActorsIn(new Span(clause.VerbToken.End, Math.Max(clause.VerbToken.End, clause.Span.End))))
        {
            if (actor.Country is { } country && country != found && IsPlaceOnly(clause, actor))
            {
                if (found is not null)
                {
                    return null;
                }

                found = country;
            }
        }

        return found;
    }

    /// <summary>
    /// "Washington withdrew its troops", "Moscow lifted its ban", "Venezuela recalled its ambassador to Peru": a possessive that stands
    /// for the source's own country (the source a government named by its capital), or a phrase it opens, is no other party to the act.
    /// </summary>
    private bool IsSourcesOwn(Clause clause, Actor actor, List<Actor> sources) =>
        actor.Country is { } country && sources.Any(s => s.Country == country)
        && EveryMentionAfterVerb(clause, actor, span => OpensWithPossessive(_text.AsSpan(span.Start, span.Length)));

    /// <summary>
    /// "Clinton lifted the U.S. trade embargo against Vietnam", "ordered the lifting of U.S. sanctions against Libya": the source's
    /// own country named bare before a noun of the object (or of the "of" phrase continuing it) says whose the thing is, as "its"
    /// would; it is the target only when the clause names no other party ("the Syrian army shelled Syrian villages").
    /// </summary>
    private bool IsSourcesOwnModifier(Clause clause, Actor actor, List<Actor> sources) =>
        actor is { Role: null, Country: { } country } && sources.Any(s => s.Country == country)
        && EveryMentionAfterVerb(clause, actor, span => InObject(clause, span) && ModifiesNoun(span));

    /// <summary>Whether <paramref name="span"/> lies in the clause's object or the "of" phrase continuing it ("the lifting of … sanctions").</summary>
    private bool InObject(Clause clause, Span span) =>
        clause.DirectObject is { } thing && (thing.Contains(span) || clause.Arguments.Any(a => a.Preposition == "of" && a.Span.Contains(span)
            && a.Span.Start >= thing.End && _text.AsSpan(thing.End, a.Span.Start - thing.End).Trim() is "of"));

    /// <summary>Whether the mention at <paramref name="span"/> stands before a lowercase word that is no function word: a noun it modifies.</summary>
    private bool ModifiesNoun(Span span)
    {
        var rest = _text.AsSpan(span.End);
        if (rest is not [' ', var first, ..] || !char.IsLower(first))
        {
            return false;
        }

        rest = rest[1..];
        var end = rest.IndexOfAny(' ', ',', '.');
        var word = end < 0 ? rest : rest[..end];
        return !ClauseLexicon.Default.TryFunctionWord(word, out _);
    }

    /// <summary>
    /// A possessive standing for the source ("their participation", "his commitment") when another party of the source's country,
    /// with another code, is named in <paramref name="tail"/>: merged by country, the two would be taken for the source.
    /// </summary>
    private bool IsOwnPossessive(Mention mention, List<Actor> sources, Span tail)
    {
        var own = mention.Actor!;
        if (_text.AsSpan(mention.Span.Start, mention.Span.Length) is not ("its" or "their" or "his" or "her") || !sources.Exists(s => IsSameParty(s, own)))
        {
            return false;
        }

        for (var i = FirstAt(tail.Start); i < _actorMentions.Length && _actorMentions[i].Span.Start < tail.End; i++)
        {
            if (_actorMentions[i].Actor is { } other && other.Country == own.Country && other.Code != own.Code && tail.Contains(_actorMentions[i].Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "killed the deputy chief of Israel's militia ally", "shelled positions of Iran's allies": a party whose ally, proxy or
    /// neighbour the clause names (<c>events/relation-nouns.txt</c>) is not itself acted on.
    /// </summary>
    private bool IsRelationsPossessor(Mention mention)
    {
        // The possessive ends the mention ("Israel's"), or the mention runs on through it ("Israel's militia").
        var rest = _text.AsSpan(mention.Span.End);
        var named = _text.AsSpan(mention.Span.Start, mention.Span.Length);
        if (rest.StartsWith("'s ", StringComparison.Ordinal) || rest.StartsWith("\u2019s ", StringComparison.Ordinal))
        {
            rest = rest[3..];
        }
        else if (rest.StartsWith(" ", StringComparison.Ordinal) && (named.Contains("'s ", StringComparison.Ordinal) || named.Contains("\u2019s ", StringComparison.Ordinal)))
        {
            rest = rest[1..];
        }
        else
        {
            return false;
        }

        for (var words = 0; words <= MaxRelationModifiers; words++)
        {
            var end = rest.IndexOfAny(' ', ',', '.');
            var word = end < 0 ? rest : rest[..end];
            if (RelationNouns.Value.Contains(word))
            {
                return true;
            }

            // Only modifiers stand between: "Japan's government and allies" names Japan's government before "and".
            if (word.IsEmpty || !char.IsLower(word[0]) || end < 0 || rest[end] != ' ' || ClauseLexicon.Default.TryFunctionWord(word, out _))
            {
                return false;
            }

            rest = rest[(end + 1)..];
        }

        return false;
    }

    private static bool OpensWithPossessive(ReadOnlySpan<char> phrase) =>
        phrase is "its" or "their" || phrase.StartsWith("its ", StringComparison.Ordinal) || phrase.StartsWith("their ", StringComparison.Ordinal);

    /// <summary>
    /// True when every mention of the actor after the verb sits in a phrase of circumstance ("despite Israel's wish", "at the request
    /// of the Pope"), or in an "of", "from", "by" or "for" phrase that continues one ("after a plea for clemency from the Pope").
    /// </summary>
    public bool IsCircumstanceOnly(Clause clause, Actor actor) =>
        EveryMentionAfterVerb(clause, actor, span => InCircumstance(clause, span));

    /// <summary>Where the first cue of a report's source ("according to": <c>events/source-cues.txt</c>) starts in <paramref name="span"/>; its end when none.</summary>
    private int AttributionStart(Span span)
    {
        var words = _text.AsSpan(span.Start, span.Length);
        var first = span.End;
        foreach (var cue in AttributionCues.Value)
        {
            for (var from = 0; from < words.Length && words[from..].IndexOf(cue, StringComparison.OrdinalIgnoreCase) is var at and >= 0; from += at + cue.Length)
            {
                var start = from + at;
                var end = start + cue.Length;
                if ((start == 0 || !char.IsLetter(words[start - 1])) && (end == words.Length || !char.IsLetter(words[end])))
                {
                    first = Math.Min(first, span.Start + start);
                    break;
                }
            }
        }

        return first;
    }

    /// <summary>
    /// "at the request of the Pope", "at Washington's urging": an occasion named by a noun of request (<c>events/request-nouns.txt</c>)
    /// among a phrase's first words; so is "in violation of a ceasefire signed in Switzerland", a breach (<c>events/breach-nouns.txt</c>).
    /// </summary>
    private bool IsOccasionPhrase(ClauseArgument argument)
    {
        var nouns = argument.Preposition is "at" or "on" or "upon" ? RequestNouns.Value
            : argument.Preposition == "in" ? BreachNouns.Value
            : default;
        if (nouns.Set is null)
        {
            return false;
        }

        var phrase = _text.AsSpan(argument.Span.Start, argument.Span.Length);
        var words = 0;
        foreach (var range in phrase.Split(' '))
        {
            if (++words > RequestNounPosition)
            {
                break;
            }

            if (nouns.Contains(phrase[range].Trim(",.;:")))
            {
                return true;
            }
        }

        return false;
    }

    private bool InCircumstance(Clause clause, Span span)
    {
        foreach (var phrase in CircumstancesOf(clause))
        {
            if (phrase.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="span"/> lies in an "on", "about" or "over" phrase after a noun of talk or information
    /// (<c>events/topic-nouns.txt</c>: "information on al Qaeda", "talks about Iran's programme"): the phrase names what is discussed.
    /// </summary>
    private bool InTopic(Clause clause, Span span)
    {
        foreach (var a in clause.Arguments)
        {
            if (!a.Span.Contains(span) || Array.IndexOf(TopicPrepositions, a.Preposition) < 0)
            {
                continue;
            }

            var before = _text.AsSpan(0, a.Span.Start).TrimEnd();
            if (before.EndsWith(a.Preposition, StringComparison.OrdinalIgnoreCase))
            {
                before = before[..^a.Preposition.Length];
            }

            if (TopicNouns.Value.Contains(ClauseSources.LastWord(before.TrimEnd())))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The spans of a clause's phrases of circumstance, found once per clause: every candidate target asks about them.</summary>
    private List<Span> CircumstancesOf(Clause clause)
    {
        if (_circumstances.Clause == clause.Index)
        {
            return _circumstances.Phrases;
        }

        var phrases = new List<Span>();
        var inCircumstance = false;
        var previousEnd = -1;
        foreach (var a in clause.Arguments)
        {
            var continues = inCircumstance && _text.AsSpan(previousEnd, Math.Max(0, a.Span.Start - previousEnd)).Trim().Equals(a.Preposition, StringComparison.OrdinalIgnoreCase)
                && (a.Preposition is "of" or "from" or "by" or "for" || EndsWithParticiple(phrases[^1]));
            inCircumstance = ClauseLexicon.Default.IsCircumstancePreposition(a.Preposition) || continues || IsOccasionPhrase(a);
            previousEnd = a.Span.End;
            if (inCircumstance)
            {
                phrases.Add(a.Span);
            }
        }

        _circumstances = (clause.Index, phrases);
        return phrases;
    }

    /// <summary>"in violation of a ceasefire signed | in Switzerland": a phrase ending on a participle goes on in the next one.</summary>
    private bool EndsWithParticiple(Span phrase)
    {
        var words = _text.AsSpan(phrase.Start, phrase.Length).TrimEnd();
        var last = words[(words.LastIndexOf(' ') + 1)..];
        return ClauseLexicon.Default.TryVerb(last.ToString(), out _, out var form) && form is VerbForm.PastOrParticiple or VerbForm.Participle;
    }

    /// <summary>
    /// True when every mention of the actor in the clause sits in an "in/at/near …" phrase naming a place; the first "at" of a verb
    /// of aiming names its target (<see cref="IsAim"/>: "hurled stones at the U.S. embassy").
    /// </summary>
    private bool IsPlaceOnly(Clause clause, Actor actor) =>
        EveryMentionAfterVerb(clause, actor, span => clause.Arguments.Any(a => (a.Preposition is "in" or "near" or "across" || a.Preposition == "at" && !IsAim(clause, a))
            && a.Span.Contains(span)
            && _text.AsSpan(a.Span.Start, span.Start - a.Span.Start).Trim() is var lead
            && (lead is { Length: 0 } or "the" || IsPlaceLeadIn(lead) && !PlaceNounFollows(span))));

    /// <summary>
    /// Whether an "at" phrase names what a verb of aiming is aimed at: the first phrase of aim after the verb ("hurled stones at the
    /// embassy"), not one after its "on" ("fired on villagers at the Turkish border" places the act).
    /// </summary>
    private static bool IsAim(Clause clause, ClauseArgument at)
    {
        if (!AimingVerbs.Value.Contains(clause.Verb))
        {
            return false;
        }

        foreach (var argument in clause.Arguments)
        {
            if (argument == at)
            {
                return true;
            }

            if (argument.Preposition is "on" or "at" or "into")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words between a preposition of place and a country only place it: none, "the", or a part of the country
    /// ("in southern Lebanon", "in the northeastern", "in central"); not "in talks with", whose country is a party. A border after
    /// the country ("near the eastern Kenyan border") places the act at the border, not in the country.
    /// </summary>
    private static bool IsPlaceLeadIn(ReadOnlySpan<char> words)
    {
        words = words.Trim();
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.Length > 0 && word is not ("the" or "central") && !word.EndsWith("ern", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when every mention of the actor after the verb names the country of a border or coast in a phrase of place
    /// ("a stronghold on the Thai border", "camps near the eastern Thai border"): where the act happened, neither its
    /// target nor its place as a party.
    /// </summary>
    private bool IsBorderOnly(Clause clause, Actor actor) =>
        EveryMentionAfterVerb(clause, actor, span => PlaceNounFollows(span) && PlacePrepositionBefore(span));

    /// <summary>
    /// Whether the word after <paramref name="span"/> is a noun of <c>events/place-nouns.txt</c> that ends its phrase
    /// ("on the Thai border", "near the Thai border after …"; not "Thai border posts", which belong to the country).
    /// </summary>
    private bool PlaceNounFollows(Span span)
    {
        var rest = _text.AsSpan(span.End).TrimStart(' ');
        var end = rest.IndexOfAny(' ', ',', '.');
        if (!PlaceNouns.Value.Contains(end < 0 ? rest : rest[..end]))
        {
            return false;
        }

        var after = end < 0 ? [] : rest[end..].TrimStart(' ');
        var next = after.IndexOfAny(' ', ',', '.');
        var word = next < 0 ? after : after[..next];
        return word.Length == 0 || !char.IsLetter(word[0]) || ClauseLexicon.Default.TryFunctionWord(word, out _);
    }

    /// <summary>
    /// The country whose border or coast the clause names after its verb, other than <paramref name="own"/> ("massed troops on the
    /// Kuwaiti border", "deployed along the border with Albania"): the one a show of force is aimed at; null for none.
    /// </summary>
    public Actor? BorderCountryOf(Clause clause, string? own)
    {
        for (var i = FirstAt(clause.VerbToken.End); i < _actorMentions.Length && _actorMentions[i].Span.Start < clause.Span.End; i++)
        {
            var mention = _actorMentions[i];
            if (mention.Actor!.Country is { } country && country != own && clause.Span.Contains(mention.Span)
                && (PlaceNounFollows(mention.Span) && PlacePrepositionBefore(mention.Span) || PlaceNounWithBefore(mention.Span)))
            {
                return new Actor(country, mention.Actor.Name, country, null);
            }
        }

        return null;
    }

    /// <summary>"the border with Albania", "its frontier with Syria": a place noun and "with" just before the mention.</summary>
    private bool PlaceNounWithBefore(Span span)
    {
        var before = _text.AsSpan(0, span.Start).TrimEnd(' ');
        if (!before.EndsWith(" with", StringComparison.Ordinal))
        {
            return false;
        }

        before = before[..^" with".Length].TrimEnd(' ');
        return PlaceNouns.Value.Contains(before[(before.LastIndexOf(' ') + 1)..]);
    }

    /// <summary>"on the", "near the eastern", "along its": a preposition of place at most three words before the mention.</summary>
    private bool PlacePrepositionBefore(Span span)
    {
        var words = _text[Math.Max(0, span.Start - 40)..span.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.TakeLast(3).Any(w => w is "on" or "near" or "along" or "at" or "in");
    }

    private bool EveryMentionAfterVerb(Clause clause, Actor actor, Func<Span, bool> inPhrase)
    {
        var any = false;
        for (var i = FirstAt(clause.VerbToken.End); i < _actorMentions.Length && _actorMentions[i].Span.Start < clause.Span.End; i++)
        {
            var mention = _actorMentions[i];
            if (mention.Actor!.Code != actor.Code || !clause.Span.Contains(mention.Span))
            {
                continue;
            }

            if (!inPhrase(mention.Span))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    public List<Actor> ActorsIn(Span span) => ActorsIn(span, null);

    /// <summary>Whether two actors' mentions in a phrase are joined by "and" ("U.S. and British warplanes"; not "Trinidad and Tobago", one name).</summary>
    public bool JoinsPartiesWithAnd(Span phrase)
    {
        var previousEnd = -1;
        for (var i = FirstAt(phrase.Start); i < _actorMentions.Length && _actorMentions[i].Span.Start < phrase.End; i++)
        {
            if (previousEnd >= 0 && _text.AsSpan(previousEnd, Math.Max(0, _actorMentions[i].Span.Start - previousEnd)).Trim() is var between
                && (between is "and" || between.StartsWith("and ", StringComparison.Ordinal)) && IsCoordination(previousEnd, _actorMentions[i].Span.Start))
            {
                return true;
            }

            previousEnd = _actorMentions[i].Span.End;
        }

        return false;
    }

    /// <summary>Whether a clause says its parties act on "each other" or "one another".</summary>
    public bool SaysEachOther(Span clause) =>
        _text.AsSpan(clause.Start, clause.Length) is var words
        && (words.Contains("each other", StringComparison.OrdinalIgnoreCase) || words.Contains("one another", StringComparison.OrdinalIgnoreCase));

    /// <summary>Words that give the occasion of an act in the clause they open: <c>events/occasion-words.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> OccasionWords = new(() => DataFiles.ReadWordLookup("events/occasion-words.txt"));

    /// <summary>
    /// Whether a word of occasion opens the clause whose subject starts at <paramref name="subjectStart"/>: it stands right before the
    /// subject ("after China announced"), or before a noun of report and "that" ("amid fears that India might strike"). A word of
    /// occasion inside the act's own phrase ("after weeks of preparation, officials said") opens no clause.
    /// </summary>
    public bool OccasionOpens(int subjectStart)
    {
        var before = _text.AsSpan(0, subjectStart).TrimEnd(" ,.;:");
        var last = ClauseSources.LastWord(before);
        if (last.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            // "amid fears that", "after reports that": the occasion word stands before the noun the that-clause completes.
            before = before[..^last.Length].TrimEnd();
            before = before[..^ClauseSources.LastWord(before).Length].TrimEnd();
            last = ClauseSources.LastWord(before);
        }

        return last.Length > 0 && OccasionWords.Value.Contains(last);
    }

    /// <summary>
    /// Whether the phrase <paramref name="phrase"/> opens on a preposition right after a past participle ("waters claimed by Hanoi",
    /// "rebels backed by Uganda"): it belongs to that participle, not to the noun phrase before it ("the seizure of ships by Russia").
    /// </summary>
    public bool FollowsParticiple(Span phrase)
    {
        var preposition = _text.AsSpan(0, phrase.Start).TrimEnd().LastIndexOf(' ');
        return preposition > 0 && EndsWithParticiple(new Span(0, preposition));
    }

    /// <summary>The most lower-case modifiers between "and" and the second of two parties ("and the southern SPLA rebels").</summary>
    private const int MaxCoordinatedModifiers = 2;

    /// <summary>The letters of a lower-case modifier ("southern", "communist-led").</summary>
    private static readonly System.Buffers.SearchValues<char> LowerWordLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    /// <summary>
    /// Whether the words between two mentions join them as two parties: "and", "or" or a comma, with an article and a lower-case
    /// modifier or two at most ("the Sudanese government and the southern SPLA").
    /// </summary>
    private bool IsCoordination(int from, int to)
    {
        var between = _text.AsSpan(from, Math.Max(0, to - from)).Trim();
        var rest = between.StartsWith("and ") ? between[4..] : between.StartsWith("or ") ? between[3..] : between.StartsWith(", ") ? between[2..]
            : between is "and" or "or" or "," ? [] : between;
        if (rest.Length == between.Length)
        {
            return false;
        }

        rest = rest.Trim();
        rest = rest.StartsWith("the ") || rest.StartsWith("The ") ? rest[4..] : rest is "the" or "The" ? [] : rest;
        var modifiers = 0;
        foreach (var range in rest.Split(' '))
        {
            var word = rest[range];
            if (word.IsEmpty)
            {
                continue;
            }

            // "and later", "and killed": an adverb or a verb opens a predicate, no second party's phrase.
            if (++modifiers > MaxCoordinatedModifiers || !char.IsLower(word[0]) || word.ContainsAnyExcept(LowerWordLetters)
                || ClauseLexicon.Default.TryVerb(word.ToString(), out _, out _) || ClauseLexicon.Default.TryFunctionWord(word, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The actors of <paramref name="span"/> as <see cref="ActorsIn(Span)"/>, leaving out the mentions <paramref name="skip"/> says to.</summary>
    private List<Actor> ActorsIn(Span span, Func<Mention, bool>? skip)
    {
        var actors = new List<Actor>();
        var previousEnd = -1;
        for (var i = FirstAt(span.Start); i < _actorMentions.Length; i++)
        {
            var mention = _actorMentions[i];
            if (mention.Span.Start >= span.End)
            {
                break;
            }

            if (!span.Contains(mention.Span) || skip is not null && skip(mention))
            {
                continue;
            }

            // "U.S. President Donald Trump" is one actor: the specific one (with a role) replaces its bare country. Two
            // roles of one country joined by "and" are two parties: "the Sudanese government and the SPLA agreed".
            var actor = mention.Actor!;
            var same = -1;
            for (var k = 0; k < actors.Count && same < 0; k++)
            {
                var a = actors[k];
                if (a.Code == actor.Code || actor.Country is not null && a.Country == actor.Country
                    && !(a.Role is not null && actor.Role is not null && previousEnd >= 0 && IsCoordination(previousEnd, mention.Span.Start)))
                {
                    same = k;
                }
            }

            if (same < 0)
            {
                actors.Add(actor);
            }
            else if (actors[same].Role is null && actor.Role is not null)
            {
                actors[same] = actor;
            }

            previousEnd = mention.Span.End;
        }

        return actors;
    }

    /// <summary>
    /// A pronoun subject that may stand for the actor acting before. Not "it": coreference resolves every
    /// "it" that refers, so one left without a mention is a placeholder ("It could take Kim two days").
    /// </summary>
    public bool IsPronoun(Span span) => span.Slice(_text).ToLowerInvariant() is "he" or "she" or "they" or "we";

    /// <summary>The index of the first actor mention starting at or after <paramref name="start"/> (the mentions are in text order).</summary>
    private int FirstAt(int start) => SortedLayer.FirstAt(_actorMentions, start, m => m.Span.Start);
}
