using Parley.Model;
using Parley.Text;

namespace Parley.Quotes;

/// <summary>
/// Reads reported speech: the clause after a speech verb ("Trump said [the US wants to keep
/// sanctions in place]", "a UN panel of experts that warned on March 5 [that there has been …]").
/// The clause opens after "that", or — for verbs that drop it — at a pronoun, determiner or name;
/// it ends where a coordinated speech verb takes over ("… but added:"), before a source cue, or at
/// the sentence's end. A verb attributing an adjacent direct quote has no clause ("…," Trump said
/// Thursday at the White House).
/// </summary>
internal sealed class ReportedSpeechReader(QuoteLexicon lexicon, string text, IReadOnlyList<Token> tokens, SpeakerPhrase phrases)
{
    /// <summary>"he did", "talks failed": a report has at least a subject and a verb.</summary>
    private const int MinClauseTokens = 2;

    /// <summary>"in a statement on Thursday", "at a news conference in Seoul": phrases between a verb and its "that" are short.</summary>
    private const int MaxAdverbialTokens = 7;

    public IEnumerable<(Span Clause, int Cue)> Read(Sentence sentence, List<AttributionCue> cues)
    {
        var sentenceEnd = sentence.FirstToken + sentence.TokenCount;
        for (var k = 0; k < cues.Count; k++)
        {
            var cue = cues[k];
            if (cue.Kind == CueKind.Source && cue.Speaker is { } source && SourcedClause(sentence, cue, source) is { } sourced)
            {
                yield return (sourced, k);
                continue;
            }

            if (cue.Speaker is not { } speaker || cue.Kind is CueKind.Source or CueKind.SpeechOnly || speaker.Start >= cue.Verb.End)
            {
                continue; // an inverted verb ("…," said Trump) closes a direct quote and reports nothing else
            }

            var start = ClauseStart(cue, sentenceEnd);
            if (start < 0)
            {
                continue;
            }

            var end = ClauseEnd(cues, k, start, sentenceEnd);
            if (end - start >= MinClauseTokens)
            {
                yield return (new Span(tokens[start].Start, tokens[end - 1].End), k);
            }
        }
    }

    /// <summary>
    /// The statement a source cue attributes: the sentence before ", according to X", or after
    /// "According to X," at its start. A sentence holding a direct quote is left to the quote.
    /// </summary>
    private Span? SourcedClause(Sentence sentence, AttributionCue cue, Span source)
    {
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        for (var j = first; j < end; j++)
        {
            if (tokens[j].Kind == TokenKind.Quote)
            {
                return null;
            }
        }

        int start, stop;
        if (cue.First > first && Is(cue.First - 1, ","))
        {
            (start, stop) = (first, cue.First - 1);
        }
        else if (cue.First == first)
        {
            start = cue.End;
            while (start < end && tokens[start].Start < source.End)
            {
                start++;
            }

            if (start < end && Is(start, ","))
            {
                start++;
            }

            stop = end;
        }
        else
        {
            return null;
        }

        while (stop > start && tokens[stop - 1].Kind == TokenKind.Punctuation && text[tokens[stop - 1].Start] is '.' or ',' or ';' or ':')
        {
            stop--;
        }

        return stop - start >= MinClauseTokens ? new Span(tokens[start].Start, tokens[stop - 1].End) : null;
    }

    private int ClauseStart(AttributionCue cue, int sentenceEnd)
    {
        var j = cue.End;
        if (cue.Kind == CueKind.SpeechObject && j < sentenceEnd && !Is(j, "that"))
        {
            if (phrases.RightFrom(j, sentenceEnd) is not { } listener)
            {
                return -1;
            }

            while (j < sentenceEnd && tokens[j].End <= listener.End)
            {
                j++;
            }
        }

        while (j < sentenceEnd && (lexicon.SkipWords.Contains(tokens[j].In(text)) || tokens[j].Kind == TokenKind.Number))
        {
            j++; // "said on Tuesday he wants", "warned on March 5 that"
        }

        if (j >= sentenceEnd)
        {
            return -1;
        }

        if (ThatAfterAdverbial(j, sentenceEnd) is var that && that >= 0)
        {
            j = that; // "told Reuters in an interview that …"
        }

        if (Is(j, "that"))
        {
            return j + 1 < sentenceEnd ? j + 1 : -1;
        }

        if (cue.Kind == CueKind.SpeechThat)
        {
            return -1;
        }

        var token = tokens[j];
        var opens = token.Kind is TokenKind.Word or TokenKind.Abbreviation
            && (lexicon.ClauseOpeners.Contains(token.In(text)) || char.IsUpper(text[token.Start]));
        return opens || token.Kind == TokenKind.Number ? j : -1;
    }

    /// <summary>The "that" ending a short prepositional phrase starting at <paramref name="j"/> ("in an interview that"), or -1.</summary>
    private int ThatAfterAdverbial(int j, int sentenceEnd)
    {
        if (!(Is(j, "in") || Is(j, "at") || Is(j, "on") || Is(j, "during") || Is(j, "after") || Is(j, "before")))
        {
            return -1;
        }

        for (var k = j + 1; k < sentenceEnd && k - j <= MaxAdverbialTokens; k++)
        {
            if (Is(k, "that"))
            {
                return k;
            }

            if (tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote)
            {
                return -1;
            }
        }

        return -1;
    }

    private int ClauseEnd(List<AttributionCue> cues, int k, int start, int sentenceEnd)
    {
        var end = sentenceEnd;
        for (var n = k + 1; n < cues.Count; n++)
        {
            var next = cues[n];
            if (next.First < start)
            {
                continue;
            }

            if (next.SubjectInherited || next.Kind == CueKind.Source)
            {
                end = next.First;
                while (end > start && (Is(end - 1, "and") || Is(end - 1, "but") || Is(end - 1, ",")))
                {
                    end--;
                }

                break;
            }
        }

        while (end > start && tokens[end - 1].Kind == TokenKind.Punctuation && text[tokens[end - 1].Start] is '.' or ',' or ';' or ':' or '!' or '?')
        {
            end--;
        }

        return end;
    }

    private bool Is(int j, string value) => tokens[j].In(text).Equals(value, StringComparison.OrdinalIgnoreCase);
}
