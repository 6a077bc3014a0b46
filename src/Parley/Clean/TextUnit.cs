namespace Parley.Clean;

/// <summary>
/// One paragraph candidate of the input: its lines joined by single spaces, white space folded,
/// with the input position of every character kept so the body can be traced back.
/// </summary>
internal sealed class TextUnit
{
    private string? folded;

    public TextUnit(string text, int[] inputIndex, int inputStart, int inputEnd)
    {
        Text = text;
        InputIndex = inputIndex;
        InputStart = inputStart;
        InputEnd = inputEnd;
        WordCount = CountWords(text);
    }

    public string Text { get; }

    /// <summary>Input position of each character of <see cref="Text"/>.</summary>
    public int[] InputIndex { get; }

    public int InputStart { get; }

    /// <summary>End (exclusive) of the unit's last line in the input.</summary>
    public int InputEnd { get; }

    public int WordCount { get; }

    /// <summary>Lower-cased text with typographic apostrophes made plain, same length as <see cref="Text"/>.</summary>
    public string Folded => folded ??= CueText.Fold(Text);

    /// <summary>Ends like a sentence: ". ! ?" possibly followed by closing quotes or brackets.</summary>
    public bool EndsLikeSentence
    {
        get
        {
            for (var i = Text.Length - 1; i >= 0; i--)
            {
                var c = Text[i];
                if (c is '"' or '\'' or '’' or '”' or ')' or ']' or '»')
                {
                    continue;
                }

                return c is '.' or '!' or '?' or '…';
            }

            return false;
        }
    }

    public TextUnit Without(int start, int length)
    {
        var text = string.Concat(Text.AsSpan(0, start), Text.AsSpan(start + length));
        int[] index = [.. InputIndex.AsSpan(0, start), .. InputIndex.AsSpan(start + length)];
        return Collapse(text, index);
    }

    public TextUnit Slice(int start, int length) =>
        Collapse(Text.Substring(start, length), InputIndex.AsSpan(start, length).ToArray());

    private TextUnit Collapse(string text, int[] index)
    {
        // Cutting a token out can leave "a  b" or a leading space: fold again.
        var chars = new List<char>(text.Length);
        var positions = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && (chars.Count == 0 || chars[^1] == ' '))
            {
                continue;
            }

            chars.Add(text[i]);
            positions.Add(index[i]);
        }

        while (chars.Count > 0 && chars[^1] == ' ')
        {
            chars.RemoveAt(chars.Count - 1);
            positions.RemoveAt(positions.Count - 1);
        }

        return new TextUnit(new string([.. chars]), [.. positions], InputStart, InputEnd);
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !inWord)
            {
                count++;
            }

            inWord = wordChar || (inWord && c is '\'' or '’' or '-' or '.' or ',');
        }

        return count;
    }
}
