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
internal sealed class NominalEventFinder(AnnotatedDocument document, IReadOnlyList<Mention> mentions, CameoCodebook codebook, PlaceGazetteer places, PatternMatcher matcher,
    RoleGroupActors groups)
{
    /// <summary>A meeting's modifiers and its "with …" phrase sit within a few words of the noun ("the unsuccessful US summit with Kim").</summary>
    private const int Window = 3;

    /// <summary>Coded from a noun phrase, not a verb: a little less sure than a clause coded by a pattern.</summary>
    private const double Confidence = 0.5;

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

    // The actors and places around each noun.
    private NounPhraseParties Parties => field ??= new(_text, _tokens, mentions, places);

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
                && Acts.Find(i, sentence.Span.Start, clause.Span.End, Parties.MentionEndingAt, Parties.MentionStartingAt) is var (code, source, target, phraseStart))
            {
                Emit(clause, sentence, phraseStart, i, code.Code, source, target, Parties.LocationAfter(i), output);
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
                source ??= Parties.MentionEndingAt(_tokens[k].Start);
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

            if (source is null && Parties.MentionEndingAt(_tokens[k].End) is { } modifier)
            {
                source = modifier;
            }

            if (word is "the" or "a" or "an" or "," or "." or "'s")
            {
                break;
            }
        }

        // Fighting "with" or "between" names both sides wherever it stands; an attack is read by its attackers and the attacked.
        var (after, at) = Parties.SidesAfter(noun);
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
            source = Parties.AttackSides(noun, clause.Span.End, source).Source ?? (Parties.LocationAfter(noun) is { } place ? CounterpartFinder.PlaceActor(place) : null);
            target = clauseActors() is [var attacked, ..] ? attacked : null;
        }
        else if (attack)
        {
            if (clause.Modal is not null && Parties.HeadsSubject(noun, clause))
            {
                // "warned that any U.S. attack on Iran would be met with a crushing response": an attack that would meet or bring
                // something is supposed, not reported.
                return;
            }

            // "a Taliban attack on a police checkpoint in Kandahar": with no actor attacked, the place of the attack is.
            (source, target) = Parties.AttackSides(noun, clause.VerbToken.Start, source);
            target ??= Parties.LocationAfter(noun) is { } place ? CounterpartFinder.PlaceActor(place) : null;
        }
        else if (CameoRoots.IsProtest(codes.Code))
        {
            // "Palestinian riots against Israeli policies continued": a protest named as the subject of its clause.
            if (!Parties.HeadsSubject(noun, clause) || clause.Negated || clause.Modal is not null)
            {
                return;
            }

            if (codebook.Find(codes.Code) is not { } protest)
            {
                return;
            }

            (source, target) = Parties.ProtestSides(noun, clause, source, protest);
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
            foreach (var actor in Parties.ActorsFrom(at + 1, clause.Span.End))
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

            if (after == "between" && source is not null && target is null
                && Parties.EndOfActorsFrom(at + 1, clause.Span.End) is var sidesEnd && sidesEnd < clause.Span.End
                && groups.OtherSide(new Span(sidesEnd, clause.Span.End), clause, () => Parties.LocationAfter(noun), sentence, source) is { } group
                && group.Code != source.Code)
            {
                // "fighting broke out between Chadian government troops and rebels": the other side may be named by its role alone.
                target = group;
            }
        }

        if (source is null || target is null || source.Code == target.Code)
        {
            return;
        }

        var location = Parties.LocationAfter(noun);
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
}
