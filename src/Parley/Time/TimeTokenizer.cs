namespace Parley.Time;

/// <summary>
/// Splits text into letter runs, digit runs and single other characters in one pass. Deliberately
/// simpler than the sentence tokenizer: time expressions only need these boundaries, and splitting
/// "Feb." into "Feb" + "." or "1990s" into "1990" + "s" lets matchers test adjacency instead.
/// </summary>
internal static class TimeTokenizer
{
    /// <summary>Digit runs longer than this are not parsed (no calendar number needs more).</summary>
    private const int MaxParsedDigits = 9;

    public static List<TimeToken> Tokenize(string text)
    {
        var tokens = new List<TimeToken>(text.Length / 5);
        var breakPending = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n')
                {
                    breakPending = true;
                }

                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length)
                {
                    if (char.IsLetter(text[i]))
                    {
                        i++;
                    }
                    else if (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessive(text, i))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new TimeToken(start, i, TimeTokenKind.Word, -1, breakPending));
            }
            else if (IsApostrophe(c) && tokens.Count > 0 && tokens[^1].End == i && tokens[^1].Kind == TimeTokenKind.Word && IsPossessive(text, i))
            {
                i += 2;
                tokens.Add(new TimeToken(start, i, TimeTokenKind.Word, -1, breakPending));
            }
            else if (char.IsAsciiDigit(c))
            {
                var value = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (i - start < MaxParsedDigits)
                    {
                        value = (value * 10) + (text[i] - '0');
                    }

                    i++;
                }

                tokens.Add(new TimeToken(start, i, TimeTokenKind.Number, i - start > MaxParsedDigits ? -1 : value, breakPending));
            }
            else
            {
                i++;
                tokens.Add(new TimeToken(start, i, TimeTokenKind.Punct, -1, breakPending));
            }

            breakPending = false;
        }

        return tokens;
    }

    /// <summary>"'s" closing a word ("Friday's", "last year's") is split off so the word stays matchable.</summary>
    private static bool IsPossessive(string text, int i) =>
        i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]));

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
