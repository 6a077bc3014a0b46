using Parley.Text;

namespace Parley.Entities;

/// <summary>
/// Which tokens stand inside a direct quotation: double quotation marks open and close (curly
/// ones by their direction, straight ones alternately); a paragraph break closes any quotation
/// left open, as a quote running into the next paragraph opens again there.
/// </summary>
internal static class QuotationState
{
    public static bool[] Of(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var inside = new bool[tokens.Count];
        var open = false;
        var paragraph = -1;
        foreach (var sentence in sentences)
        {
            if (sentence.Paragraph != paragraph)
            {
                open = false;
                paragraph = sentence.Paragraph;
            }

            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var token = tokens[i];
                if (token.Kind == TokenKind.Quote)
                {
                    open = text[token.Start] switch
                    {
                        '\u201C' or '\u00AB' or '\u201E' => true,
                        '\u201D' or '\u00BB' => false,
                        '"' => !open,
                        _ => open,
                    };
                }

                inside[i] = open;
            }
        }

        return inside;
    }
}
