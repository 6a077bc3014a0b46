using Parley.Clauses;
using Parley.Entities;
using Parley.Events;
using Parley.Model;
using Parley.Quotes;
using Parley.Text;
using Parley.Time;

namespace Parley.Stances;

/// <summary>
/// What a stance takes from the document's other layers: the actor (the quote's speaker, else the
/// subject of the clause that holds the position words), the target country, the
/// condition and the date.
/// </summary>
internal sealed class StanceContext
{
    private readonly AnnotatedDocument _document;
    private readonly string _text;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly IReadOnlyList<Quote> _quotes;
    private readonly Mention[] _actorMentions;
    private readonly IReadOnlyList<CodedEvent> _events;
    private readonly IReadOnlyList<Timex> _timexes;
    private readonly Dictionary<string, int> _countryCounts = new(StringComparer.Ordinal);
    /// <summary>The countries the story names, most named first (ties by code); ranked on first use.</summary>
    private string[]? _rankedCountries;

    /// <summary>Bare-country mentions decide; mentions through persons and governments only break ties.</summary>
    private const int BareCountryWeight = 1000;

    /// <summary>"sanctions on North Korea", "sanctions against the regime": the prepositions that tie an issue to the party it acts on.</summary>
    private static readonly string[] ActedOnLinks = ["on", "against", "on the", "against the"];

    /// <summary>"talks with the United States", "tariffs for China", "the dispute over Taiwan": links that name the other party.</summary>
    private static readonly string[] PartyLinks = ["for", "with", "with the", "over"];

    public StanceContext(AnnotatedDocument document)
    {
        _document = document;
        _text = document.Text;
        _tokens = document.Layers.Get(TextLayers.Tokens);
        _quotes = document.Layers.TryGet(QuoteLayers.Quotes) ?? [];
        // The events' view of actors when the event stage ran (it adds country adjectives: "tariffs on Chinese goods").
        _actorMentions = document.Layers.TryGet(EventLayers.ActorMentions) is { } eventActors
            ? [.. eventActors]
            : [.. document.Layers.Get(EntityLayers.Mentions).Where(m => m.Actor is not null)];
        _events = document.Layers.TryGet(EventLayers.Events) ?? [];
        _timexes = document.Layers.TryGet(TimeLayers.Timexes) ?? [];
        foreach (var mention in _actorMentions)
        {
            if (CountryOf(mention.Actor!) is { } country)
            {
                // Named as a country it is what the story is about; named through who acts for it, it is more often the actor.
                _countryCounts[country] = _countryCounts.GetValueOrDefault(country) + (mention.Actor!.Role is null ? BareCountryWeight : -1);
            }
        }
    }

    /// <summary>
    /// The speaker of a quote holding the words, else the subject of the innermost clause with an
    /// actor as subject, else (participles and asides the clause analysis leaves out: "with North
    /// Korea demanding a lifting of sanctions") the nearest actor named before the words in the sentence.
    /// </summary>
    public Actor? ActorOf(Span cue, Span sentence, IReadOnlyList<Clause> chain)
    {
        foreach (var quote in _quotes)
        {
            if (quote.Span.Contains(cue) && quote.Speaker is { } speaker)
            {
                return speaker;
            }
        }

        foreach (var clause in chain)
        {
            var subject = clause.Passive ? clause.Arguments.FirstOrDefault(a => a.IsAgentPhrase)?.Span : clause.Subject;
            if (subject is { } span && ActorIn(span) is { } actor)
            {
                return actor;
            }
        }

        // "Tariffs on Chinese goods were increased": the subject of a passive is acted on; it holds no position.
        var patient = chain.Count > 0 && chain[0].Passive ? chain[0].Subject : null;
        Actor? nearest = null;
        for (var i = FirstAt(_actorMentions, sentence.Start, m => m.Span.Start); i < _actorMentions.Length && _actorMentions[i].Span.Start < cue.Start; i++)
        {
            var mention = _actorMentions[i];
            nearest = mention.Span.End <= cue.Start && !(patient is { } p && p.Contains(mention.Span)) ? mention.Actor : nearest;
        }

        return nearest;
    }

    /// <summary>
    /// The country the issue is about: one named right after it ("sanctions on North Korea") or
    /// right before it ("North Korea sanctions"), else the country the story names most as a
    /// country (not through a person or government, which names who acts rather than whom it is about).
    /// The actor's own country is allowed: North Korea demands the lifting of sanctions on North Korea; except
    /// <paramref name="notCountry"/>, the actor's own for a position that acts on another country ("Britain imposed sanctions").
    /// </summary>
    public string? TargetOf(Span trigger, Span sentence, string? notCountry)
    {
        for (var i = FirstAt(_actorMentions, sentence.Start, m => m.Span.Start); i < _actorMentions.Length && _actorMentions[i].Span.Start < sentence.End; i++)
        {
            var mention = _actorMentions[i];
            if (mention.Span.End <= trigger.Start && _text.AsSpan(mention.Span.End, trigger.Start - mention.Span.End).IsWhiteSpace()
                || mention.Span.Start >= trigger.End && mention.Span.End <= sentence.End && IsLinked(_text.AsSpan(trigger.End, mention.Span.Start - trigger.End)))
            {
                if (CountryOf(mention.Actor!) is { } named && named != notCountry)
                {
                    return named;
                }
            }
        }

        _rankedCountries ??= [.. _countryCounts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key)];
        return Array.Find(_rankedCountries, c => c != notCountry);
    }

    /// <summary>The words of a condition that follows the issue and position ("only if it does …"), to the end of its clause.</summary>
    public string? ConditionOf(Span cue, Sentence sentence, string[] words, IReadOnlyList<WordPattern> conditionCues, int fromWord)
    {
        for (var i = FirstAt(_events, sentence.Span.Start, e => e.Span.Start); i < _events.Count && _events[i].Span.Start <= cue.Start; i++)
        {
            var candidate = _events[i];
            if (candidate.Span.Contains(cue) && candidate.Condition is { } condition)
            {
                return condition;
            }
        }

        for (var i = fromWord; i < words.Length; i++)
        {
            foreach (var pattern in conditionCues)
            {
                if (pattern.MatchAt(words, i) > i)
                {
                    var start = _tokens[sentence.FirstToken + i].Start;
                    var end = ClauseEnd(start, sentence.Span.End);
                    return _text[start..end].TrimEnd(' ', '.', ',', '"', '\u201D', '\u2019');
                }
            }
        }

        return null;
    }

    /// <summary>The date of an event that holds the words, else of a time expression before them in the sentence, else the publication date.</summary>
    public string? DateOf(Span cue, Span sentence)
    {
        CodedEvent? dated = null;
        for (var i = FirstAt(_events, sentence.Start, e => e.Span.Start); i < _events.Count && _events[i].Span.Start <= cue.Start; i++)
        {
            var e = _events[i];
            if (e.Span.Contains(cue) && e.DateFromText && (dated is null || e.Span.Length < dated.Span.Length))
            {
                dated = e;
            }
        }

        if (dated is not null)
        {
            return dated.EventDate;
        }

        Timex? timex = null;
        for (var i = FirstAt(_timexes, sentence.Start, t => t.Start); i < _timexes.Count && _timexes[i].Start < cue.Start; i++)
        {
            var t = _timexes[i];
            timex = t.Type == TimexType.Date && t.Resolved && t.End <= cue.Start && t.Value.Length >= 4 && char.IsAsciiDigit(t.Value[0]) ? t : timex;
        }

        return timex?.Value ?? _document.Document.Metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private Actor? ActorIn(Span span)
    {
        Actor? found = null;
        for (var i = FirstAt(_actorMentions, span.Start, m => m.Span.Start); i < _actorMentions.Length && _actorMentions[i].Span.Start < span.End; i++)
        {
            var mention = _actorMentions[i];
            if (span.Contains(mention.Span) && (found is null || found.Role is null && mention.Actor!.Role is not null))
            {
                found = mention.Actor;
            }
        }

        return found;
    }

    private int ClauseEnd(int start, int limit)
    {
        for (var i = start; i < limit; i++)
        {
            if (_text[i] is ',' or ';' or '.' && (i + 1 >= _text.Length || char.IsWhiteSpace(_text[i + 1]) || _text[i + 1] is '"' or '\u201D'))
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>
    /// Words that tie an issue to the country after it: "sanctions on", "talks with the", and a participle before the
    /// preposition ("the arms embargo imposed on China", "tariffs levied against").
    /// </summary>
    private static bool IsLinked(ReadOnlySpan<char> between)
    {
        var words = between.Trim();
        var space = words.IndexOf(' ');
        if (space > 0 && words[..space].EndsWith("ed", StringComparison.OrdinalIgnoreCase) && IsOneOf(words[(space + 1)..], ActedOnLinks))
        {
            return true;
        }

        return IsOneOf(words, ActedOnLinks) || IsOneOf(words, PartyLinks);
    }

    private static bool IsOneOf(ReadOnlySpan<char> words, string[] links)
    {
        foreach (var link in links)
        {
            if (words.Equals(link, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal static string? CountryOf(Actor actor) => actor.Country ?? (actor.Code.Length >= 3 && !actor.Code.StartsWith("IGO", StringComparison.Ordinal) ? actor.Code[..3] : null);

    private static int FirstAt<T>(IReadOnlyList<T> items, int start, Func<T, int> startOf) => SortedLayer.FirstAt(items, start, startOf);
}
