using Parley.Model;
using Parley.Text;

namespace Parley.Quotes;

/// <summary>
/// Finds the attribution phrases of one sentence, outside quoted words, and reads the speaker
/// each names: the subject to its left ("Trump said"), the phrase after an inverted verb ("…,"
/// said Trump) or a source cue ("according to KCNA"), or the speaker of the sentence's previous
/// cue when the verb is coordinated ("Trump said … and added:", "…, adding that …").
/// </summary>
internal sealed class AttributionCueFinder(QuoteLexicon lexicon, string text, IReadOnlyList<Token> tokens)
{
    private readonly SpeakerPhrase _phrases = new(lexicon, text, tokens);

    public SpeakerPhrase Phrases => _phrases;

    public List<AttributionCue> Find(Sentence sentence, bool[] insideQuote)
    {
        var cues = new List<AttributionCue>();
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            if (insideQuote[i])
            {
                continue;
            }

            var (kind, count) = lexicon.MatchPhrase(text, tokens, i, end);
            if (count == 0)
            {
                continue;
            }

            var verb = new Span(tokens[i].Start, tokens[i + count - 1].End);
            var (speaker, inherited) = SpeakerOf(i, i + count, kind, sentence.FirstToken, end, cues);
            cues.Add(new AttributionCue(i, i + count, kind, verb, speaker, inherited, !inherited && speaker is { } s && Closes(s, i + count, sentence.FirstToken, end)));
            i += count - 1;
        }

        return cues;
    }

    private (Span? Speaker, bool Inherited) SpeakerOf(int first, int end, CueKind kind, int sentenceFirst, int sentenceEnd, List<AttributionCue> earlier)
    {
        if (kind == CueKind.Source)
        {
            return (_phrases.RightFrom(end, sentenceEnd), false);
        }

        var participleAfterComma = first > sentenceFirst && Is(first - 1, ",") && tokens[first].In(text).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        if (!participleAfterComma && _phrases.LeftOf(first, sentenceFirst) is { } subject)
        {
            return (subject, false);
        }

        if (!participleAfterComma && FollowsQuote(first, sentenceFirst) && _phrases.RightFrom(end, sentenceEnd) is { } inverted)
        {
            return (inverted, false);
        }

        for (var k = earlier.Count - 1; k >= 0; k--)
        {
            if (earlier[k].Speaker is { } previous && earlier[k].Kind != CueKind.Source)
            {
                return (previous, true);
            }
        }

        return (null, false);
    }

    /// <summary>Whether the verb at <paramref name="first"/> comes right after a closing mark ("…," said Trump) or opens the sentence.</summary>
    private bool FollowsQuote(int first, int sentenceFirst)
    {
        var j = first - 1;
        if (j >= sentenceFirst && Is(j, ","))
        {
            j--;
        }

        return j < sentenceFirst || (tokens[j].Kind == TokenKind.Quote && QuoteMarks.IsClosing(text, tokens[j]));
    }

    /// <summary>Whether a comma stands before the speaker <paramref name="phrase"/> and nothing but time words and punctuation follow the verb.</summary>
    private bool Closes(Span phrase, int verbEnd, int sentenceFirst, int sentenceEnd)
    {
        for (var k = verbEnd; k < sentenceEnd; k++)
        {
            if (tokens[k].Kind != TokenKind.Punctuation && !lexicon.SkipWords.Contains(tokens[k].In(text)) && tokens[k].Kind != TokenKind.Number)
            {
                return false;
            }
        }

        var j = verbEnd - 1;
        while (j > sentenceFirst && tokens[j].Start >= phrase.Start)
        {
            j--;
        }

        return j >= sentenceFirst && tokens[j].End <= phrase.Start && Is(j, ",");
    }

    private bool Is(int j, string value) => tokens[j].In(text).Equals(value, StringComparison.Ordinal);
}
