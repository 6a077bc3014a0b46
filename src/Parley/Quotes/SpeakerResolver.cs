using Parley.Entities;
using Parley.Model;

namespace Parley.Quotes;

/// <summary>
/// Resolves the speaker and medium spans of quotes to the mentions covering them: the speaker
/// takes the mention's entity and actor, and a pronoun ("he") the actor of its entity's other
/// mentions. Within a longer phrase ("U.S. President Donald Trump", "a UN panel of experts") the
/// last mention that is not a place is the head ("Sources in Hanoi" is not Hanoi speaking).
/// Stateless and thread-safe.
/// </summary>
public static class SpeakerResolver
{
    /// <summary>Mentions are names and descriptions; none is longer than this many characters, so the backwards search can stop.</summary>
    private const int MaxMentionChars = 200;

    public static List<Quote> Resolve(IReadOnlyList<Quote> quotes, IReadOnlyList<Mention> mentions)
    {
        var actorOfEntity = new Dictionary<int, Actor>();
        foreach (var mention in mentions)
        {
            if (mention.Actor is { } actor)
            {
                actorOfEntity.TryAdd(mention.Entity, actor);
            }
        }

        var resolved = new List<Quote>(quotes.Count);
        foreach (var quote in quotes)
        {
            var speaker = quote.SpeakerSpan is { } s ? Find(s, mentions) : null;
            var via = quote.ViaSpan is { } v ? Find(v, mentions) : null;
            resolved.Add(quote with
            {
                SpeakerEntity = speaker?.Entity,
                Speaker = speaker is null ? null : speaker.Actor ?? actorOfEntity.GetValueOrDefault(speaker.Entity),
                Via = via is null ? null : via.Actor ?? actorOfEntity.GetValueOrDefault(via.Entity),
            });
        }

        return resolved;
    }

    /// <summary>The mention naming <paramref name="span"/>: one containing it, else its head among the mentions inside it.</summary>
    public static Mention? Find(Span span, IReadOnlyList<Mention> mentions)
    {
        var after = FirstStartingAfter(mentions, span.End - 1);
        Mention? containing = null;
        Mention? head = null;
        for (var i = after - 1; i >= 0 && mentions[i].Span.Start >= span.Start - MaxMentionChars; i--)
        {
            var mention = mentions[i];
            if (mention.Span.Contains(span))
            {
                if (containing is null || mention.Span.Length < containing.Span.Length)
                {
                    containing = mention;
                }
            }
            else if (span.Contains(mention.Span) && mention.Type != MentionType.Location && IsBetterHead(mention, head))
            {
                head = mention;
            }
        }

        return containing ?? head;
    }

    private static bool IsBetterHead(Mention candidate, Mention? current) => current is null || candidate.Span.End > current.Span.End;

    /// <summary>Index of the first mention starting after <paramref name="position"/> (mentions are ordered by start).</summary>
    private static int FirstStartingAfter(IReadOnlyList<Mention> mentions, int position)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (mentions[mid].Span.Start <= position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
