using Parley.Model;
using Parley.Pipeline;

namespace Parley.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at a terminator (. ! ? …) with its closing quotes
/// and brackets when the next token can start a sentence (a capital, a digit, an opening quote),
/// at an abbreviation that may end one when a typical sentence opener follows ("the U.S. The"),
/// and always at a paragraph break. A quotation's inner sentences are sentences; a quote that
/// ends with "," or is followed by a lowercase attribution ("…," he said) stays in its sentence.
/// A dateline opening a paragraph ("HANOI (Reuters) -") is a unit of its own.
/// </summary>
public sealed class SentenceSplitter : IPipelineStage
{
    /// <summary>Datelines are short; a dash further in belongs to the sentence.</summary>
    private const int MaxDatelineTokens = 14;

    private readonly Abbreviations _abbreviations = Abbreviations.Default;

    public string Name => "sentences";

    public IReadOnlyList<ILayerKey> Requires { get; } = [TextLayers.Tokens];

    public IReadOnlyList<ILayerKey> Assigns { get; } = [TextLayers.Sentences];

    public void Process(AnnotatedDocument document) =>
        document.Layers.Set(TextLayers.Sentences, Split(document.Text, document.Layers.Get(TextLayers.Tokens)));

    public List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var first = 0;
        var atParagraphStart = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            // Checked also right after a sentence ended (i == first): most paragraphs end with one.
            if (i > 0 && IsParagraphBreak(text, tokens[i - 1].End, tokens[i].Start))
            {
                Add(sentences, tokens, first, i, SentenceKind.Body, paragraph);
                first = i;
                paragraph++;
                atParagraphStart = true;
            }

            if (atParagraphStart)
            {
                atParagraphStart = false;
                var datelineEnd = DatelineEnd(text, tokens, i);
                if (datelineEnd > i)
                {
                    Add(sentences, tokens, i, datelineEnd, SentenceKind.Dateline, paragraph);
                    first = datelineEnd;
                    i = datelineEnd - 1;
                    continue;
                }
            }

            var end = SentenceEndAfter(text, tokens, i);
            if (end > i)
            {
                Add(sentences, tokens, first, end, SentenceKind.Body, paragraph);
                first = end;
                i = end - 1;
            }
        }

        if (first < tokens.Count)
        {
            Add(sentences, tokens, first, tokens.Count, SentenceKind.Body, paragraph);
        }

        return sentences;
    }

    private static void Add(List<Sentence> sentences, IReadOnlyList<Token> tokens, int first, int end, SentenceKind kind, int paragraph)
    {
        if (end > first)
        {
            sentences.Add(new Sentence(new Span(tokens[first].Start, tokens[end - 1].End), sentences.Count, kind, paragraph, first, end - first));
        }
    }

    /// <summary>
    /// When token <paramref name="i"/> ends a sentence, the index just past the sentence (after its
    /// closing quotes and brackets); otherwise <paramref name="i"/> itself.
    /// </summary>
    private int SentenceEndAfter(string text, IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        var isTerminator = token.Kind == TokenKind.Punctuation && text[token.Start] is '.' or '!' or '?' or '…';
        var isFinalAbbreviation = token.Kind == TokenKind.Abbreviation && _abbreviations.CanEndSentence(token.In(text));
        if (!isTerminator && !isFinalAbbreviation)
        {
            return i;
        }

        var end = i + 1;
        while (end < tokens.Count && IsCloser(text, tokens[end]) && tokens[end].Start == tokens[end - 1].End)
        {
            end++;
        }

        if (end == tokens.Count)
        {
            return end;
        }

        var next = tokens[end];
        var nextText = next.In(text);
        if (isFinalAbbreviation)
        {
            return end > i + 1 || (char.IsUpper(nextText[0]) && _abbreviations.IsSentenceStarter(nextText)) ? end : i;
        }

        var startsSentence = char.IsUpper(nextText[0]) || char.IsDigit(nextText[0])
            || next.Kind == TokenKind.Quote || nextText[0] is '(' or '[' or '-' or '—' or '–';
        return startsSentence ? end : i;
    }

    private static bool IsCloser(string text, Token token) =>
        token.Kind == TokenKind.Quote ? text[token.Start] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' : text[token.Start] is ')' or ']';

    private static bool IsParagraphBreak(string text, int from, int to)
    {
        var newlines = 0;
        for (var k = from; k < to; k++)
        {
            if (text[k] == '\n' && ++newlines == 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token index just past a dateline starting at <paramref name="first"/> ("HANOI (Reuters) -",
    /// "BRUSSELS, March 9 (Meridian Wire) -"), or <paramref name="first"/> when there is none. A
    /// dateline opens with a place in capitals and ends with a dash.
    /// </summary>
    private static int DatelineEnd(string text, IReadOnlyList<Token> tokens, int first)
    {
        var head = tokens[first].In(text);
        if (tokens[first].Kind != TokenKind.Word || head.Length < 2 || !IsAllCaps(head))
        {
            return first;
        }

        var depth = 0;
        for (var k = first + 1; k < tokens.Count && k - first <= MaxDatelineTokens; k++)
        {
            var value = tokens[k].In(text);
            switch (value)
            {
                case "(":
                    depth++;
                    continue;
                case ")":
                    depth--;
                    continue;
                case "-" or "--" or "—" or "–" when depth == 0:
                    return k + 1;
            }

            if (depth > 0 || value is "," or "/" || tokens[k].Kind is TokenKind.Number or TokenKind.Abbreviation || IsAllCaps(value) || IsMonthLike(value))
            {
                continue;
            }

            return first;
        }

        return first;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static bool IsMonthLike(ReadOnlySpan<char> word) =>
        word is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August"
            or "September" or "October" or "November" or "December"
            or "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug" or "Sep" or "Sept" or "Oct" or "Nov" or "Dec";
}
