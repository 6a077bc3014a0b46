using Parley.Text;

namespace Parley.Quotes;

/// <summary>
/// Reads a quotation-mark token as opening or closing, double or single. Curly marks and
/// guillemets say which they are; a straight mark opens when nothing but space or an opening
/// bracket or dash stands before it and a word follows, and closes when it follows a word or
/// punctuation.
/// </summary>
internal static class QuoteMarks
{
    public static bool IsDouble(char mark) => mark is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    public static bool IsOpening(string text, Token token) => Role(text, token) > 0;

    public static bool IsClosing(string text, Token token) => Role(text, token) < 0;

    /// <summary>+1 opening, -1 closing, 0 neither (a stray straight mark between spaces).</summary>
    public static int Role(string text, Token token)
    {
        var mark = text[token.Start];
        switch (mark)
        {
            case '\u201C' or '\u201E' or '\u00AB' or '\u2018':
                return 1;
            case '\u201D' or '\u00BB' or '\u2019':
                return -1;
        }

        var before = token.Start > 0 ? text[token.Start - 1] : ' ';
        var after = token.End < text.Length ? text[token.End] : ' ';
        var spaceBefore = char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or '/' || IsAnyMark(before);
        if (spaceBefore && !char.IsWhiteSpace(after))
        {
            return 1;
        }

        return spaceBefore ? 0 : -1;
    }

    private static bool IsAnyMark(char c) => Tokenizer.IsQuote(c);
}
