using Parley.Model;
using Parley.Text;

namespace Parley.Quotes;

/// <summary>
/// Reads the noun phrase naming a speaker next to an attribution phrase, without a parser: to
/// the left of a verb ("South Korean President Moon Jae-in said", "a UN panel of experts that
/// warned", "Trump, in his first meeting with Moon, said") or to the right of an inverted verb
/// or a source cue ("said Trump", "according to the Korean Central News Agency").
/// </summary>
internal sealed class SpeakerPhrase(QuoteLexicon lexicon, string text, IReadOnlyList<Token> tokens)
{
    /// <summary>Titled names run to about six tokens ("South Korean President Moon Jae-in"); ten leaves room for "of" phrases.</summary>
    private const int MaxPhraseTokens = 10;

    /// <summary>An aside between a speaker and the verb ("Trump, in his first meeting with Moon since …, said") is rarely longer.</summary>
    private const int MaxAsideTokens = 24;

    /// <summary>The subject of the verb starting at token <paramref name="verb"/>, looking no further left than <paramref name="first"/>.</summary>
    public Span? LeftOf(int verb, int first)
    {
        var j = SkipLeft(verb - 1, first);
        if (j < first)
        {
            return null;
        }

        if (Is(j, ","))
        {
            if (j - 1 >= first && tokens[j - 1].Kind == TokenKind.Quote)
            {
                return null; // "…," said Trump: the speaker follows the verb
            }

            j = SkipAside(j - 1, first);
            if (j < first)
            {
                return null;
            }

            j = SkipLeft(j, first);
        }

        if (j >= first && tokens[j].Kind == TokenKind.Word && IsAny(j, "that", "which", "who"))
        {
            j--; // "a UN panel of experts that warned": the speaker is the antecedent
        }

        if (j < first)
        {
            return null;
        }

        if (IsPronoun(j))
        {
            return tokens[j].Span;
        }

        var end = j;
        var start = -1;
        for (; j >= first && end - j < MaxPhraseTokens; j--)
        {
            var token = tokens[j];
            if (token.Kind == TokenKind.Clitic || IsPluralPossessive(j) || IsNameAmpersand(j, first) || (token.Kind is TokenKind.Word or TokenKind.Abbreviation && IsNameWord(j)))
            {
                start = j;
                if (token.Kind != TokenKind.Clitic && lexicon.Determiners.Contains(token.In(text)))
                {
                    break;
                }

                continue;
            }

            if (token.Kind == TokenKind.Word && Is(j, "of") && j - 1 >= first && start == j + 1)
            {
                continue; // "panel of experts"
            }

            if (token.Kind == TokenKind.Word && IsAny(j, "in", "at", "from") && start == j + 1 && IsGroupNoun(j - 1, first))
            {
                continue; // "Sources in Hanoi", "officials at the ministry"
            }

            break;
        }

        return Phrase(start, end);
    }

    /// <summary>The phrase starting at token <paramref name="from"/>, ending before <paramref name="limit"/> ("said the foreign minister, adding …").</summary>
    public Span? RightFrom(int from, int limit)
    {
        if (from >= limit)
        {
            return null;
        }

        if (IsPronoun(from))
        {
            return tokens[from].Span;
        }

        var last = -1;
        for (var j = from; j < limit && j - from < MaxPhraseTokens; j++)
        {
            var token = tokens[j];
            var isWord = token.Kind is TokenKind.Word or TokenKind.Abbreviation;
            if (token.Kind == TokenKind.Clitic || (isWord && (IsNameWord(j) || (j == from && lexicon.Determiners.Contains(token.In(text))))))
            {
                last = j;
                continue;
            }

            if (isWord && Is(j, "of") && last == j - 1 && j + 1 < limit && tokens[j + 1].Kind is TokenKind.Word or TokenKind.Abbreviation)
            {
                continue;
            }

            break;
        }

        return Phrase(from, last);
    }

    /// <summary>
    /// The subject opening a clause at <paramref name="from"/>, read conservatively: "he" or "she",
    /// or a run of capitalized words, with a determiner or a possessive "'s" and the common noun
    /// after it ("U.S. President Donald Trump", "North Korea's leader Kim Jong Un"), holding at least
    /// <paramref name="minCapitalized"/> capitalized words and followed by a verb-like lowercase word.
    /// </summary>
    public Span? SubjectAt(int from, int limit, int minCapitalized)
    {
        if (from >= limit)
        {
            return null;
        }

        if (IsPronoun(from))
        {
            return (Is(from, "he") || Is(from, "she")) && FollowedByPredicate(from + 1, limit) ? tokens[from].Span : null;
        }

        var last = -1;
        var capitalizedWords = 0;
        var lowercaseAllowed = lexicon.Determiners.Contains(tokens[from].In(text));
        for (var j = from; j < limit && j - from < MaxPhraseTokens; j++)
        {
            var token = tokens[j];
            if (token.Kind == TokenKind.Clitic)
            {
                lowercaseAllowed = true;
                last = j;
                continue;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Abbreviation) || !IsNameWord(j) && j != from)
            {
                break;
            }

            var capitalized = char.IsUpper(text[token.Start]);
            if (!capitalized && !lowercaseAllowed)
            {
                break;
            }

            capitalizedWords += capitalized && !lexicon.Determiners.Contains(token.In(text)) ? 1 : 0;
            lowercaseAllowed = lexicon.Determiners.Contains(token.In(text));
            last = j;
        }

        return last >= from && capitalizedWords >= minCapitalized && HasName(from, last) && FollowedByPredicate(last + 1, limit)
            ? Phrase(from, last)
            : null;
    }

    /// <summary>Whether token <paramref name="j"/> looks like the start of a predicate: a lowercase word that is not a function word.</summary>
    private bool FollowedByPredicate(int j, int limit) =>
        j < limit && tokens[j].Kind == TokenKind.Word && char.IsLower(text[tokens[j].Start])
        && (!lexicon.StopWords.Contains(tokens[j].In(text)) || IsAny(j, "has", "had", "was"));

    private bool HasName(int from, int last)
    {
        for (var j = from; j <= last; j++)
        {
            if (char.IsUpper(text[tokens[j].Start]) && !lexicon.Determiners.Contains(tokens[j].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Skips adverbs, auxiliaries and time phrases leftwards ("Kim on Thursday also said").</summary>
    private int SkipLeft(int j, int first)
    {
        while (j >= first && (lexicon.SkipWords.Contains(tokens[j].In(text)) || tokens[j].Kind == TokenKind.Number))
        {
            j--;
        }

        return j;
    }

    /// <summary>From the token before a comma, the token before the aside's opening comma, or -1 when there is none.</summary>
    private int SkipAside(int j, int first)
    {
        for (var k = j; k >= first && j - k < MaxAsideTokens; k--)
        {
            if (tokens[k].Kind == TokenKind.Quote)
            {
                return -1;
            }

            if (Is(k, ","))
            {
                return k - 1;
            }
        }

        return -1;
    }

    private Span? Phrase(int start, int end)
    {
        if (start < 0 || end < start)
        {
            return null;
        }

        while (start < end && (Is(start, "of") || lexicon.Determiners.Contains(tokens[start].In(text)) && start == end))
        {
            start++;
        }

        if (start == end && lexicon.Determiners.Contains(tokens[start].In(text)))
        {
            return null;
        }

        return new Span(tokens[start].Start, tokens[end].End);
    }

    /// <summary>An apostrophe closing a plural possessive: "the countries' leaders".</summary>
    private bool IsPluralPossessive(int j) =>
        tokens[j].Kind == TokenKind.Quote && text[tokens[j].Start] is '\'' or '\u2019' && j > 0
        && tokens[j - 1].End == tokens[j].Start && text[tokens[j].Start - 1] is 's' && j + 1 < tokens.Count && tokens[j + 1].Start > tokens[j].End;

    /// <summary>An ampersand between capitalized words: "Pew Internet & American Life".</summary>
    private bool IsNameAmpersand(int j, int first) =>
        text[tokens[j].Start] == '&' && j - 1 >= first && j + 1 < tokens.Count
        && char.IsUpper(text[tokens[j - 1].Start]) && char.IsUpper(text[tokens[j + 1].Start]);

    /// <summary>A plural common noun such as "officials" or "Sources" that a place phrase may follow.</summary>
    private bool IsGroupNoun(int j, int first)
    {
        if (j < first || tokens[j].Kind != TokenKind.Word || !IsNameWord(j))
        {
            return false;
        }

        var word = tokens[j].In(text);
        return word.Length > 3 && word[^1] == 's' && (char.IsLower(word[0]) || j == first);
    }

    private bool IsNameWord(int j) => !lexicon.StopWords.Contains(tokens[j].In(text)) && !lexicon.Pronouns.Contains(tokens[j].In(text));

    private bool IsPronoun(int j) => tokens[j].Kind == TokenKind.Word && lexicon.Pronouns.Contains(tokens[j].In(text));

    private bool Is(int j, string word) => tokens[j].In(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsAny(int j, string a, string b, string c) => Is(j, a) || Is(j, b) || Is(j, c);
}
