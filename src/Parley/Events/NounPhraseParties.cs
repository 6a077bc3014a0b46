using Parley.Clauses;
using Parley.Entities;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Reads the parties and places around a noun that names an event, for <see cref="NominalEventFinder"/>: the actors of the
/// mentions that start or end at a token, the sides after "with"/"between", an attack's attackers and attacked, a protest's
/// protesters and protested, and the known place after "in"/"at". One per document; the actor index is built on first use.
/// </summary>
internal sealed class NounPhraseParties(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, PlaceGazetteer places)
{
    /// <summary>A place after the noun sits within a few words of it ("talks in Hanoi", "an attack on a checkpoint in Kandahar").</summary>
    private const int Window = 3;

    /// <summary>A verb with its particle or adverb ("broke out", "took place", "erupted again") stands between a subject noun and "between".</summary>
    private const int MaxVerbWords = 2;

    private readonly string _text = text;
    private readonly IReadOnlyList<Token> _tokens = tokens;

    /// <summary>The actor of the first mention starting, and ending, at each offset: looked up per noun, built once per document.</summary>
    private (Dictionary<int, Mention> ByStart, Dictionary<int, Actor> ByEnd) ActorsAt => field.ByStart is not null ? field : field = IndexActors(mentions);

    /// <summary>The mention with an actor that starts at <paramref name="start"/>, or null.</summary>
    public Mention? MentionStartingAt(int start) => ActorsAt.ByStart.GetValueOrDefault(start);

    /// <summary>
    /// The word that introduces the sides ("with", "between") and its token: right after the noun, or "between" after the verb of
    /// a noun that is the subject ("fighting broke out between", "clashes erupted between", "talks took place between").
    /// </summary>
    public (string Word, int Token) SidesAfter(int noun)
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
    public (Actor? Source, Actor? Target) AttackSides(int noun, int verbStart, Actor? modifier)
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
    public (Actor? Source, Actor? Target) ProtestSides(int noun, Clause clause, Actor? modifier, CameoCode code)
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
        return (source, target ?? (source is null ? null : CounterpartFinder.DefaultTarget(place, code, source)));
    }

    /// <summary>
    /// Whether <paramref name="noun"/> heads the clause's subject: the subject found before the verb holds the noun or is a phrase
    /// after its prepositions ("riots against Israeli policies continued"), with no comma between ("Amid protests against the war,
    /// the prime minister …" is not), and the noun ends its own phrase ("protests over fuel prices", not "protest leaders").
    /// </summary>
    public bool HeadsSubject(int noun, Clause clause)
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
            || ClauseLexicon.Default.TryFunctionWord(next.In(_text), out var nextClass) && nextClass == WordClass.Preposition;
    }

    /// <summary>The country of a known place of up to three words at token <paramref name="first"/>, as the actor acted on there.</summary>
    public Actor? PlaceActorAt(int first) => PlaceAt(first) is { } place ? CounterpartFinder.PlaceActor(place) : null;

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

    public Actor? MentionEndingAt(int end) => ActorsAt.ByEnd.GetValueOrDefault(end);

    /// <summary>The actors named right after "with"/"between", up to the first word that is neither an actor, "and" nor a lowercase word right before one.</summary>
    public IEnumerable<Actor> ActorsFrom(int first, int end) => MentionsFrom(first, end).Select(m => m.Actor!);

    private IEnumerable<Mention> MentionsFrom(int first, int end)
    {
        var k = first;
        while (k < _tokens.Count && _tokens[k].End <= end)
        {
            var start = _tokens[k].Start;
            if (ActorsAt.ByStart.TryGetValue(start, out var mention))
            {
                yield return mention;
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

    /// <summary>Where the last actor named right after "with"/"between" ends (see <see cref="ActorsFrom"/>); <paramref name="first"/>'s start when none is.</summary>
    public int EndOfActorsFrom(int first, int end)
    {
        var last = first < _tokens.Count ? _tokens[first].Start : end;
        foreach (var mention in MentionsFrom(first, end))
        {
            last = mention.Span.End;
        }

        return last;
    }

    public EventLocation? LocationAfter(int noun)
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
