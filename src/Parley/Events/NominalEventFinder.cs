using System.Globalization;
using Parley.Clauses;
using Parley.Entities;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Events;

/// <summary>
/// Meetings named by a noun ("the US summit with Kim in Hanoi", "their Feb. 27-28 summit"): an
/// event when the noun phrase gives both sides, through a modifier, "with"/"between", or "their"
/// (the clause's own actors). Date from a date written in the phrase; one after publication is planned.
/// Fighting is named the same way ("clashes between"), and an attack before its clause's verb by
/// its attackers and the attacked ("an attack by Houthi rebels on a Saudi oil facility caused …").
/// </summary>
internal sealed class NominalEventFinder(AnnotatedDocument document, IReadOnlyList<Mention> mentions, CameoCodebook codebook, PlaceGazetteer places, PatternMatcher matcher)
{
    /// <summary>A meeting's modifiers and its "with …" phrase sit within a few words of the noun ("the unsuccessful US summit with Kim").</summary>
    private const int Window = 3;

    /// <summary>Coded from a noun phrase, not a verb: a little less sure than a clause coded by a pattern.</summary>
    private const double Confidence = 0.5;

    /// <summary>A verb with its particle or adverb ("broke out", "took place", "erupted again") stands between a subject noun and "between".</summary>
    private const int MaxVerbWords = 2;

    private static readonly Lazy<Dictionary<string, (string Code, string ThirdLocation)>> Nouns = new(() =>
        DataFiles.ReadDataLines("events/nominal-events.tsv").Skip(1).Select(l => l.Split('\t'))
            .ToDictionary(c => c[0], c => (c[1], c[2]), StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<Dictionary<string, (string Code, string ThirdLocation)>.AlternateLookup<ReadOnlySpan<char>>> NounLookup =
        new(() => Nouns.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Verbs whose subject undergoes or resists the attack their object names: <c>events/undergone-attack-verbs.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>> UndergoingVerbs = new(() => DataFiles.ReadWordSet("events/undergone-attack-verbs.txt", StringComparer.Ordinal));

    /// <summary>The last words of the two-word nouns ("air strikes"): only after one is the word before it looked at.</summary>
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> SecondWords = new(() =>
        Nouns.Value.Keys.Where(k => k.Contains(' ')).Select(k => k[(k.IndexOf(' ') + 1)..]).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>());

    private readonly string _text = document.Text;
    private readonly IReadOnlyList<Token> _tokens = document.Layers.Get(TextLayers.Tokens);
    private readonly IReadOnlyList<Timex> _timexes = document.Layers.Get(TimeLayers.Timexes);

    // "the arrest of the journalist by Russia's FSB": coercive acts named by a noun with both parties.
    private NominalActs Acts => field ??= new(_text, _tokens, matcher, codebook);

    /// <summary>The actor of the first mention starting, and ending, at each offset: looked up per noun, built once per document.</summary>
    private (Dictionary<int, Mention> ByStart, Dictionary<int, Actor> ByEnd) ActorsAt => field.ByStart is not null ? field : field = IndexActors(mentions);

    /// <summary>Codes the meetings named in the clause; <paramref name="clauseActors"/> gives the clause's actors (source first) when "their" needs them.</summary>
    /// <remarks>The first clause of a sentence also takes the words before its subject ("Trump, in his first meeting with Moon, said").</remarks>
    public void Find(Clause clause, Sentence sentence, bool firstInSentence, Func<IReadOnlyList<Actor>> clauseActors, List<CodedEvent> output)
    {
        var from = firstInSentence ? sentence.Span.Start : clause.Span.Start;
        for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
        {
            var token = _tokens[i];
            if (token.Start < from || token.End > clause.Span.End || token.Start < clause.VerbToken.End && token.End > clause.VerbToken.Start)
            {
                continue;
            }

            if (NounLookup.Value.TryGetValue(token.In(_text), out var codes)
                || i > sentence.FirstToken && SecondWords.Value.Contains(token.In(_text)) && Nouns.Value.TryGetValue(_text[_tokens[i - 1].Start..token.End], out codes))
            {
                Code(clause, sentence, clauseActors, i, codes, output);
            }
            else if (NominalActs.IsActNoun(token.In(_text))
                && Acts.Find(i, sentence.Span.Start, clause.Span.End, MentionEndingAt, start => ActorsAt.ByStart.GetValueOrDefault(start)) is var (code, source, target, phraseStart))
            {
                Emit(clause, sentence, phraseStart, i, code.Code, source, target, LocationAfter(i), output);
            }
        }
    }

    private void Code(Clause clause, Sentence sentence, Func<IReadOnlyList<Actor>> clauseActors, int noun, (string Code, string ThirdLocation) codes, List<CodedEvent> output)
    {
        var phraseStart = noun;
        var purpose = false;
        Actor? source = null;
        Actor? target = null;
        for (var k = noun - 1; k >= Math.Max(0, noun - Window) && _tokens[k].Start >= sentence.Span.Start; k--)
        {
            var word = _tokens[k].In(_text).ToString().ToLowerInvariant();
            phraseStart = k;
            if (word == "'s" || word == "’s")
            {
                // "Trump's meeting with Moon": the possessor is the side that meets.
                source ??= MentionEndingAt(_tokens[k].Start);
                break;
            }

            if (word is "his" or "her" or "its" && clauseActors() is { Count: >= 1 } own)
            {
                source = own[0];
                break;
            }

            if (word == "their")
            {
                if (clauseActors() is { Count: >= 2 } actors)
                {
                    (source, target) = (actors[0], actors[1]);
                }

                break;
            }

            if (ClauseLexicon.Default.TryFunctionWord(word, out var wordClass) && wordClass is WordClass.Preposition or WordClass.To)
            {
                // "fled into Macedonia to escape fighting between …": a name before a preposition or "to" is no modifier of the noun.
                phraseStart = k + 1;
                purpose = word == "for" && k > 0 && (char.IsUpper(_tokens[k - 1].In(_text)[0]) || _tokens[k - 1].Start == clause.VerbToken.Start);
                break;
            }

            if (source is null && MentionEndingAt(_tokens[k].End) is { } modifier)
            {
                source = modifier;
            }

            if (word is "the" or "a" or "an" or "," or "." or "'s")
            {
                break;
            }
        }

        // Fighting "with" or "between" names both sides wherever it stands; an attack is read by its attackers and the attacked.
        var (after, at) = SidesAfter(noun);
        var attack = CameoRoots.IsForce(codes.Code) && after is not ("with" or "between");
        var undergone = attack && _tokens[noun].Start >= clause.VerbToken.End && UndergoingVerbs.Value.Contains(clause.Verb);
        if (attack && !undergone && _tokens[noun].End > clause.VerbToken.Start)
        {
            // "condemned the attack by …": an attack named after a verb is what the verb is about, coded as that act.
            return;
        }

        if (undergone)
        {
            // "repelled an attack by Russian forces", "survived an assassination attempt in Caracas": the subject is attacked.
            source = AttackSides(noun, clause.Span.End, source).Source ?? (LocationAfter(noun) is { } place ? CounterpartFinder.PlaceActor(place) : null);
            target = clauseActors() is [var attacked, ..] ? attacked : null;
        }
        else if (attack)
        {
            if (clause.Modal is not null && HeadsSubject(noun, clause))
            {
                // "warned that any U.S. attack on Iran would be met with a crushing response": an attack that would meet or bring
                // something is supposed, not reported.
                return;
            }

            // "a Taliban attack on a police checkpoint in Kandahar": with no actor attacked, the place of the attack is.
            (source, target) = AttackSides(noun, clause.VerbToken.Start, source);
            target ??= LocationAfter(noun) is { } place ? CounterpartFinder.PlaceActor(place) : null;
        }
        else if (CameoRoots.IsProtest(codes.Code))
        {
            // "Palestinian riots against Israeli policies continued": a protest named as the subject of its clause.
            if (!HeadsSubject(noun, clause) || clause.Negated || clause.Modal is not null)
            {
                return;
            }

            (source, target) = ProtestSides(noun, clause, source);
        }
        else if (after is "with" or "between")
        {
            if (source is null && purpose && after == "with" && _tokens[noun].Start > clause.VerbToken.End && clauseActors() is [var traveller, ..])
            {
                // "Vajpayee took a bus to Lahore for talks with Sharif", "arrived for talks with": the clause's subject goes for the
                // meeting; "criticised the call for talks with" is about a noun's meeting ("for" after a lowercase noun).
                source = traveller;
            }

            // "summit with Kim" names the counterpart; "talks between Seoul and Pyongyang" both sides.
            foreach (var actor in ActorsFrom(at + 1, clause.Span.End))
            {
                if (source is null && after == "between")
                {
                    source = actor;
                }
                else if (source is not null && actor.Code != source.Code && target is null)
                {
                    target = actor;
                }
            }
        }

        if (source is null || target is null || source.Code == target.Code)
        {
            return;
        }

        var location = LocationAfter(noun);
        var code = location is not null && location.Country != source.Country && location.Country != target.Country ? codes.ThirdLocation : codes.Code;
        Emit(clause, sentence, phraseStart, noun, code, source, target, location, output);
    }

    /// <summary>The event of <paramref name="code"/> named by the phrase from <paramref name="phraseStart"/> to <paramref name="noun"/>: dated by a date in the phrase, planned when that is after publication.</summary>
    private void Emit(Clause clause, Sentence sentence, int phraseStart, int noun, string code, Actor source, Actor target, EventLocation? location, List<CodedEvent> output)
    {
        var span = new Span(_tokens[phraseStart].Start, _tokens[noun].End);
        var timex = DayOrMonthIn(span);
        var published = document.Document.Metadata.Published;
        var date = timex?.Value[..Math.Min(10, timex.Value.Length)] ?? published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        var planned = timex is not null && published is { } p && string.CompareOrdinal(date, p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) > 0;
        if (planned && codebook.Find(IntentCodes.Default.IntentOf(code)) is not null)
        {
            code = IntentCodes.Default.IntentOf(code);
        }

        if (codebook.Find(code) is not { } cameo)
        {
            return;
        }

        var docId = document.Document.Id;
        var precision = timex is null ? "day" : date.Length >= 10 ? "day" : "month";
        output.Add(new CodedEvent(
            span, EventIds.Hash($"{docId}|{span.Start}|{span.End}|{code}|{source.Code}|{target.Code}"), docId, clause.Sentence, span.Start, span.End, sentence.Span.Slice(_text),
            source, target, cameo.Code, cameo.Root, codebook.PloverOf(cameo.Code), cameo.Goldstein, cameo.QuadClass,
            date, precision, timex is not null, location, planned ? Modality.Intended : Modality.Asserted, null, Confidence,
            EventIds.Cluster(docId, cameo.Root, source, target, date)));
    }

    /// <summary>
    /// The word that introduces the sides ("with", "between") and its token: right after the noun, or "between" after the verb of
    /// a noun that is the subject ("fighting broke out between", "clashes erupted between", "talks took place between").
    /// </summary>
    private (string Word, int Token) SidesAfter(int noun)
    {
        var next = noun + 1 < _tokens.Count ? _tokens[noun + 1].In(_text).ToString() : "";
        if (next is "with" or "between")
        {
            return (next, noun + 1);
        }

        for (var k = noun + 1; k < Math.Min(_tokens.Count, noun + 2 + MaxVerbWords); k++)
        {
            var word = _tokens[k].In(_text);
            if (word is "between")
            {
                return ("between", k);
            }

            if (_tokens[k].Kind != TokenKind.Word || !char.IsLower(word[0]) || word is "and" or "with" || ActorsAt.ByStart.ContainsKey(_tokens[k].Start))
            {
                break;
            }
        }

        return ("", noun);
    }

    /// <summary>
    /// The sides of an attack named by a noun before its clause's verb: the attackers after "by" (else <paramref name="modifier"/>,
    /// "Israeli airstrikes"), the attacked after "on" or "against", an actor or a known place ("an attack by Houthi rebels on a
    /// Saudi oil facility", "Israeli air strikes on Gaza killed …").
    /// </summary>
    private (Actor? Source, Actor? Target) AttackSides(int noun, int verbStart, Actor? modifier)
    {
        var (source, target) = (modifier, (Actor?)null);
        for (var k = noun + 1; k < _tokens.Count && _tokens[k].End <= verbStart; k++)
        {
            var word = _tokens[k].In(_text);
            if (word is "by" && ActorsFrom(k + 1, verbStart).FirstOrDefault() is { } attacker)
            {
                source = attacker;
            }
            else if (word is "on" or "against" && target is null)
            {
                var first = k + 1 < _tokens.Count && _tokens[k + 1].In(_text) is "a" or "an" ? k + 2 : k + 1;
                target = ActorsFrom(first, verbStart).FirstOrDefault() ?? PlaceActorAt(first);
            }
        }

        return (source, target);
    }

    /// <summary>
    /// The sides of a protest named by the subject noun: the protesters from a modifier ("Kurdish protests") or "by", else the people
    /// of the place the clause names ("protests spread across Pakistan"); the protested from "against", else the government there.
    /// </summary>
    private (Actor? Source, Actor? Target) ProtestSides(int noun, Clause clause, Actor? modifier)
    {
        var (source, target) = (modifier, (Actor?)null);
        var place = (EventLocation?)null;
        for (var k = noun + 1; k < _tokens.Count && _tokens[k].End <= clause.Span.End; k++)
        {
            var word = _tokens[k].In(_text);
            if (_tokens[k].Start < clause.VerbToken.Start && word is "by" && ActorsFrom(k + 1, clause.VerbToken.Start).FirstOrDefault() is { } protesters)
            {
                source ??= protesters;
            }
            else if (_tokens[k].Start < clause.VerbToken.Start && word is "against" && target is null)
            {
                var first = k + 1 < _tokens.Count && _tokens[k + 1].In(_text) is "the" ? k + 2 : k + 1;
                target = ActorsFrom(first, clause.VerbToken.Start).FirstOrDefault();
            }
            else if (word is "in" or "across" or "throughout" && place is null)
            {
                place = PlaceAt(k + 1);
            }
        }

        source ??= place is not null ? CounterpartFinder.PlaceActor(place) : null;
        if (target is null && source?.Country is { } home && source.Role != "GOV")
        {
            target = place?.Country is { } there && there != home ? CounterpartFinder.PlaceActor(place) : CounterpartFinder.OwnGovernment(home);
        }

        return (source, target);
    }

    /// <summary>
    /// Whether <paramref name="noun"/> heads the clause's subject: the subject found before the verb holds the noun or is a phrase
    /// after its prepositions ("riots against Israeli policies continued"), with no comma between ("Amid protests against the war,
    /// the prime minister …" is not), and the noun ends its own phrase ("protests over fuel prices", not "protest leaders").
    /// </summary>
    private bool HeadsSubject(int noun, Clause clause)
    {
        if (clause.Subject is not { } subject || _tokens[noun].End > clause.VerbToken.Start
            || subject.Start < _tokens[noun].Start && subject.End < _tokens[noun].End)
        {
            return false;
        }

        for (var k = noun + 1; k < _tokens.Count && _tokens[k].End <= subject.Start; k++)
        {
            if (_tokens[k].In(_text) is "," or ";" or ":")
            {
                return false;
            }
        }

        var next = noun + 1 < _tokens.Count ? _tokens[noun + 1] : default;
        return next.Start >= clause.VerbToken.Start || next.Kind != TokenKind.Word
            || next.In(_text) is "against" or "by" or "in" or "across" or "throughout" or "over" or "on" or "at" or "from";
    }

    /// <summary>The country of a known place of up to three words at token <paramref name="first"/>, as the actor acted on there.</summary>
    private Actor? PlaceActorAt(int first) => PlaceAt(first) is { } place ? CounterpartFinder.PlaceActor(place) : null;

    /// <summary>A known place of up to three words at token <paramref name="first"/>, the longest.</summary>
    private EventLocation? PlaceAt(int first)
    {
        for (var n = 3; n >= 1; n--)
        {
            if (first + n - 1 < _tokens.Count && places.Find(_text[_tokens[first].Start.._tokens[first + n - 1].End]) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    private static (Dictionary<int, Mention> ByStart, Dictionary<int, Actor> ByEnd) IndexActors(IReadOnlyList<Mention> mentions)
    {
        var (byStart, byEnd) = (new Dictionary<int, Mention>(), new Dictionary<int, Actor>());
        foreach (var m in mentions)
        {
            if (m.Actor is { } actor)
            {
                byStart.TryAdd(m.Span.Start, m);
                byEnd.TryAdd(m.Span.End, actor);
            }
        }

        return (byStart, byEnd);
    }

    /// <summary>The first resolved time expression of day or month precision inside <paramref name="span"/>.</summary>
    private Timex? DayOrMonthIn(Span span)
    {
        int lo = 0, hi = _timexes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = _timexes[mid].Start < span.Start ? (mid + 1, hi) : (lo, mid);
        }

        for (var i = lo; i < _timexes.Count && _timexes[i].Start < span.End; i++)
        {
            var t = _timexes[i];
            if (t.Resolved && t.End <= span.End && t.Value.Length >= 7 && char.IsDigit(t.Value[0]))
            {
                return t;
            }
        }

        return null;
    }

    private Actor? MentionEndingAt(int end) => ActorsAt.ByEnd.GetValueOrDefault(end);

    /// <summary>The actors named right after "with"/"between", up to the first word that is neither an actor, "and" nor a lowercase word right before one.</summary>
    private IEnumerable<Actor> ActorsFrom(int first, int end)
    {
        var k = first;
        while (k < _tokens.Count && _tokens[k].End <= end)
        {
            var start = _tokens[k].Start;
            if (ActorsAt.ByStart.TryGetValue(start, out var mention))
            {
                yield return mention.Actor!;
                while (k < _tokens.Count && _tokens[k].End <= mention.Span.End)
                {
                    k++;
                }
            }
            else if (_tokens[k].In(_text) is "and" or "the"
                || k + 1 < _tokens.Count && char.IsLower(_tokens[k].In(_text)[0]) && ActorsAt.ByStart.ContainsKey(_tokens[k + 1].Start))
            {
                // "between Serb forces and ethnic Albanian guerrillas": a lowercase modifier may stand before the next actor.
                k++;
            }
            else
            {
                yield break;
            }
        }
    }

    private EventLocation? LocationAfter(int noun)
    {
        for (var k = noun + 1; k < Math.Min(_tokens.Count - 1, noun + 2 * Window); k++)
        {
            if (_tokens[k].In(_text) is "in" or "at" && PlaceAt(k + 1) is { } place)
            {
                return place;
            }
        }

        return null;
    }
}
