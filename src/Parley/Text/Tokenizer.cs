using System.Globalization;
using Parley.Model;
using Parley.Pipeline;

namespace Parley.Text;

/// <summary>
/// Splits clean text into tokens in one left-to-right pass, news conventions built in: periods of
/// abbreviations and initials stay with their word ("U.S.", "Feb.", "J."), numbers keep their
/// separators and ranges ("2,700", "3.5", "1950-53"), clitics are split ("Trump" + "'s",
/// "did" + "n't"), hyphenated words stay whole ("Jae-in"), URLs and e-mail addresses stay whole.
/// </summary>
public sealed class Tokenizer : IPipelineStage
{
    private readonly Abbreviations _abbreviations = Abbreviations.Default;

    public string Name => "tokenizer";

    public IReadOnlyList<ILayerKey> Requires { get; } = [];

    public IReadOnlyList<ILayerKey> Assigns { get; } = [TextLayers.Tokens];

    public void Process(AnnotatedDocument document) => document.Layers.Set(TextLayers.Tokens, Tokenize(document.Text));

    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (LinkEnd(text, i) is var linkEnd && linkEnd > i)
            {
                tokens.Add(new Token(new Span(i, linkEnd), TokenKind.Link));
                i = linkEnd;
            }
            else if (char.IsLetterOrDigit(c))
            {
                i = ScanWord(text, i, tokens);
            }
            else if (IsQuote(c))
            {
                tokens.Add(new Token(new Span(i, i + 1), TokenKind.Quote));
                i++;
            }
            else
            {
                var end = i + 1;
                while (end < text.Length && text[end] == c && c is '.' or '-')
                {
                    end++; // "..." and "--" are one token
                }

                var kind = IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punctuation;
                tokens.Add(new Token(new Span(i, end), kind));
                i = end;
            }
        }

        return tokens;
    }

    public static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsSymbol(char c) =>
        c is '%' or '&' or '#' or '@' or '+' or '=' or '<' or '>' or '|' or '~' or '^' or '*' or '°'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol;

    private int ScanWord(string text, int start, List<Token> tokens)
    {
        var end = start;
        var digitsOnly = true;
        var dotted = false;
        while (true)
        {
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || CharUnicodeInfo.GetUnicodeCategory(text[end]) == UnicodeCategory.NonSpacingMark))
            {
                digitsOnly &= char.IsDigit(text[end]);
                end++;
            }

            if (end + 1 >= text.Length)
            {
                break;
            }

            var joiner = text[end];
            var next = text[end + 1];
            if (joiner is '-' or '\u2010' or '/' && char.IsLetterOrDigit(next) && (joiner != '/' || digitsOnly || IsAcronymPair(text, start, end)))
            {
                end++; // "Jae-in", "step-by-step", "1950-53", "24/7", "SPLM/A"
            }
            else if (joiner is '.' or ',' && digitsOnly && char.IsDigit(next) && char.IsDigit(text[end - 1]))
            {
                end++; // "3.5", "2,700"
            }
            else if (IsApostrophe(joiner) && char.IsLetter(next) && !IsCliticAt(text, end) && !IsNegationAt(text, end, start))
            {
                end++; // "O'Brien", "d'Ivoire"
            }
            else if (joiner == '.' && char.IsLetter(next) && end + 2 < text.Length && text[end + 2] == '.' && end - start <= 2)
            {
                end += 2; // "U.S", "a.m" — the final period is taken below
                dotted = true;
            }
            else
            {
                break;
            }
        }

        // A clitic "n't" starts one letter before the apostrophe: "did" + "n't".
        var wordEnd = IsNegationAt(text, end, start) ? end - 1 : end;

        if (wordEnd == end && end < text.Length && text[end] == '.' && !digitsOnly
            && (dotted || IsInitial(text, start, end) || _abbreviations.IsAbbreviation(text.AsSpan(start, end + 1 - start))))
        {
            tokens.Add(new Token(new Span(start, end + 1), TokenKind.Abbreviation));
            return end + 1;
        }

        var kind = digitsOnly ? TokenKind.Number : TokenKind.Word;
        tokens.Add(new Token(new Span(start, wordEnd), kind));
        if (wordEnd < end || IsCliticAt(text, end))
        {
            var cliticEnd = CliticEnd(text, wordEnd);
            tokens.Add(new Token(new Span(wordEnd, cliticEnd), TokenKind.Clitic));
            return cliticEnd;
        }

        return end;
    }

    /// <summary>Whether the apostrophe at <paramref name="apostrophe"/> is that of a word-final "n't".</summary>
    private static bool IsNegationAt(string text, int apostrophe, int wordStart) =>
        apostrophe + 1 < text.Length && IsApostrophe(text[apostrophe]) && text[apostrophe + 1] is 't' or 'T'
        && apostrophe - 1 > wordStart && text[apostrophe - 1] is 'n' or 'N'
        && (apostrophe + 2 == text.Length || !char.IsLetter(text[apostrophe + 2]));

    /// <summary>Whether the slash at <paramref name="slash"/> joins an abbreviation and its one-letter variant: "SPLM/A" names one movement, "Israel/Palestine" and "US/UK" two.</summary>
    private static bool IsAcronymPair(string text, int start, int slash)
    {
        if (slash - start < 2 || !IsCapitals(text, start, slash))
        {
            return false;
        }

        // One capital after the slash ("SPLM/A", "SPLA/M"): two abbreviations ("US/UK", "EU/IMF") name two bodies.
        return slash + 2 <= text.Length && char.IsUpper(text[slash + 1]) && (slash + 2 == text.Length || !char.IsLetterOrDigit(text[slash + 2]));
    }

    private static bool IsCapitals(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsUpper(text[i]))
            {
                return false;
            }
        }

        return end > start;
    }

    /// <summary>A single capital followed by a period: an initial ("Donald J. Trump").</summary>
    private static bool IsInitial(string text, int start, int end) => end - start == 1 && char.IsUpper(text[start]);

    private static bool IsCliticAt(string text, int apostrophe)
    {
        if (apostrophe >= text.Length || !IsApostrophe(text[apostrophe]))
        {
            return false;
        }

        var letters = 0;
        while (apostrophe + 1 + letters < text.Length && char.IsLetter(text[apostrophe + 1 + letters]))
        {
            letters++;
        }

        var clitic = text.AsSpan(apostrophe + 1, letters);
        return clitic.Equals("s", StringComparison.OrdinalIgnoreCase) || clitic.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("re", StringComparison.OrdinalIgnoreCase) || clitic.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("d", StringComparison.OrdinalIgnoreCase) || clitic.Equals("m", StringComparison.OrdinalIgnoreCase);
    }

    private static int CliticEnd(string text, int start)
    {
        var end = start + 1;
        while (end < text.Length && (char.IsLetter(text[end]) || IsApostrophe(text[end])))
        {
            end++;
        }

        return end;
    }

    /// <summary>End of a URL or e-mail address starting at <paramref name="start"/>, or <paramref name="start"/> when there is none.</summary>
    private static int LinkEnd(string text, int start)
    {
        var rest = text.AsSpan(start);
        var isLink = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        if (!isLink)
        {
            var at = text.AsSpan(start, end - start).IndexOf('@');
            isLink = at > 0 && text.AsSpan(start + at, end - start - at).Contains('.');
        }

        if (!isLink)
        {
            return start;
        }

        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or ')' or '"' or '\'' or '\u201D' or '\u2019' or '!' or '?')
        {
            end--; // trailing punctuation belongs to the sentence
        }

        return end;
    }
}
