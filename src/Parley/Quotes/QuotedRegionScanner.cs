using Parley.Model;
using Parley.Text;

namespace Parley.Quotes;

/// <summary>
/// Pairs quotation marks into quoted regions in one pass over the tokens. Double marks are the
/// quotation; single marks inside them are nested quotes and stay part of it; single marks
/// outside double ones quote on their own when they pair within a paragraph (an unpaired
/// closing single mark is an apostrophe: "the countries' leaders"). A paragraph that ends inside
/// a quotation continues it when the next paragraph opens with a mark (news convention); its
/// words up to the paragraph end are a segment of the same chain.
/// </summary>
internal static class QuotedRegionScanner
{
    public static List<QuotedRegion> Scan(string text, IReadOnlyList<Token> tokens, TokenSentences index)
    {
        var regions = new List<QuotedRegion>();
        var openDouble = -1;
        var openSingle = -1;
        var chain = 0;
        var continuing = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && index.ParagraphOf(i) != index.ParagraphOf(i - 1))
            {
                openSingle = -1;
                if (openDouble >= 0)
                {
                    var runsOn = tokens[i].Kind == TokenKind.Quote && QuoteMarks.IsDouble(text[tokens[i].Start]) && QuoteMarks.IsOpening(text, tokens[i]);
                    Add(regions, text, tokens, openDouble, i, continuing ? chain : ++chain, closed: false);
                    continuing = runsOn;
                    openDouble = -1;
                    if (runsOn)
                    {
                        openDouble = i;
                        continue;
                    }
                }
            }

            var token = tokens[i];
            if (token.Kind != TokenKind.Quote)
            {
                continue;
            }

            var role = QuoteMarks.Role(text, token);
            if (QuoteMarks.IsDouble(text[token.Start]))
            {
                if (role > 0)
                {
                    openDouble = i; // a second opening mark means the first was stray
                    continuing = false;
                    openSingle = -1;
                }
                else if (role < 0 && openDouble >= 0)
                {
                    Add(regions, text, tokens, openDouble, i, continuing ? chain : ++chain, closed: true);
                    openDouble = -1;
                    continuing = false;
                }
            }
            else if (openDouble < 0)
            {
                if (role > 0)
                {
                    openSingle = i;
                }
                else if (role < 0 && openSingle >= 0)
                {
                    Add(regions, text, tokens, openSingle, i, ++chain, closed: true);
                    openSingle = -1;
                }
            }
        }

        if (openDouble >= 0)
        {
            Add(regions, text, tokens, openDouble, tokens.Count, continuing ? chain : ++chain, closed: false);
        }

        return regions;
    }

    private static void Add(List<QuotedRegion> regions, string text, IReadOnlyList<Token> tokens, int open, int close, int chain, bool closed)
    {
        var last = close - 1;
        while (last > open && tokens[last].Kind == TokenKind.Punctuation && text[tokens[last].Start] is ',' or ';' or ':')
        {
            last--; // "…in place," Trump said: the comma belongs to the attribution
        }

        if (last <= open)
        {
            return;
        }

        regions.Add(new QuotedRegion(new Span(tokens[open + 1].Start, tokens[last].End), open, close, chain, closed));
    }
}
