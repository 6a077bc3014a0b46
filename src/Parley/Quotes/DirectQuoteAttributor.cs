using Parley.Model;
using Parley.Text;

namespace Parley.Quotes;

/// <summary>
/// Attributes a direct quote from the attribution cues of its sentences, in order of strength:
/// a cue right after the closing mark ("…," Trump said / said Trump / according to X), a cue
/// right before the opening mark (Trump said: "…" / added "…"), the nearest cue before the quote
/// in its sentence (Trump said he and Kim had "a good relationship"), and the first cue after it
/// in its sentence ("…" is the goal, Kim said). A cue naming a speaker inside an earlier cue's
/// report makes that earlier speaker the medium (KCNA said … Kim stressed "…": via KCNA).
/// </summary>
internal sealed class DirectQuoteAttributor(string text, IReadOnlyList<Token> tokens, TokenSentences index, List<AttributionCue>[] cues)
{
    /// <summary>Between a closing mark and its verb stand the speaker and a few adverbs ("Trump also said on Thursday").</summary>
    private const int MaxTokensBeforeVerb = 14;

    public Attribution Attribute(QuotedRegion region)
    {
        var openSentence = index.SentenceOf(region.Open);
        if (region.Closed && region.Close < tokens.Count)
        {
            var closeSentence = index.SentenceOf(region.Close);
            if (After(region, closeSentence) is { } after)
            {
                return after;
            }
        }

        return Before(region, openSentence)
            ?? (region.Closed && region.Close < tokens.Count ? Later(region, index.SentenceOf(region.Close)) : null)
            ?? Attribution.None;
    }

    private Attribution? After(QuotedRegion region, int sentence)
    {
        var list = cues[sentence];
        var p = region.Close + 1;
        while (p < tokens.Count && index.SentenceOf(p) == sentence && Is(p, ","))
        {
            p++;
        }

        if (p >= tokens.Count || index.SentenceOf(p) != sentence)
        {
            return null;
        }

        for (var k = 0; k < list.Count; k++)
        {
            var cue = list[k];
            var adjacent = cue.First == p
                || (cue.Speaker is { } speaker && !cue.SubjectInherited && speaker.Start == tokens[p].Start && cue.First - p <= MaxTokensBeforeVerb);
            if (adjacent && cue.Speaker is not null)
            {
                return From(list, k);
            }
        }

        return null;
    }

    private Attribution? Before(QuotedRegion region, int sentence)
    {
        var list = cues[sentence];
        var q = region.Open - 1;
        var first = index.Sentences[sentence].FirstToken;
        if (q >= first && (Is(q, ":") || Is(q, ",") || Is(q, "that")))
        {
            q--;
        }

        for (var k = list.Count - 1; k >= 0; k--)
        {
            if (list[k].End == q + 1 && list[k].Speaker is not null)
            {
                return From(list, k);
            }
        }

        for (var k = list.Count - 1; k >= 0; k--)
        {
            if (list[k].End <= region.Open && list[k].Speaker is not null)
            {
                return From(list, k);
            }
        }

        return null;
    }

    private Attribution? Later(QuotedRegion region, int sentence)
    {
        var list = cues[sentence];
        for (var k = 0; k < list.Count; k++)
        {
            var cue = list[k];
            if (cue.First <= region.Close || cue.Speaker is null)
            {
                continue;
            }

            for (var j = region.Close + 1; j < cue.First; j++)
            {
                if (tokens[j].Kind == TokenKind.Quote)
                {
                    return null; // another quotation stands between: the cue is its
                }
            }

            return From(list, k);
        }

        return null;
    }

    private static Attribution From(List<AttributionCue> list, int k)
    {
        var cue = list[k];
        return new Attribution(cue.Speaker, cue.Verb, ViaFor(list, k));
    }

    /// <summary>
    /// The medium relaying cue <paramref name="k"/>'s speaker: a source cue elsewhere in the sentence
    /// ("…, according to KCNA"), or an earlier reporting cue whose report contains the speaker.
    /// </summary>
    public static Span? ViaFor(List<AttributionCue> list, int k)
    {
        var cue = list[k];
        if (cue.Kind != CueKind.Source)
        {
            foreach (var other in list)
            {
                if (other.Kind == CueKind.Source && other.Speaker is { } source && source != cue.Speaker)
                {
                    return source;
                }
            }
        }

        if (cue.SubjectInherited || cue.Speaker is not { } speaker)
        {
            return null;
        }

        for (var later = k + 1; later < list.Count; later++)
        {
            // "Kim vowed to 'deal a telling blow', KCNA said": a closing attribution relays the rest
            if (list[later] is { SubjectInherited: false, Closing: true, Speaker: { } relay } && relay != speaker && list[later].Kind != CueKind.Source)
            {
                return relay;
            }
        }

        for (var e = k - 1; e >= 0; e--)
        {
            var earlier = list[e];
            if (earlier.Kind is CueKind.SpeechClause or CueKind.SpeechThat or CueKind.SpeechObject
                && earlier.Speaker is { } outer && !earlier.SubjectInherited && earlier.Verb.End <= speaker.Start && !outer.Overlaps(speaker))
            {
                return outer;
            }
        }

        return null;
    }

    private bool Is(int j, string value) => tokens[j].In(text).Equals(value, StringComparison.OrdinalIgnoreCase);
}
