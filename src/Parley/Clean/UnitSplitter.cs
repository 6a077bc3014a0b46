namespace Parley.Clean;

/// <summary>
/// Cuts input text into paragraph candidates. Blank lines always separate; a single line break
/// separates too (scraped text often puts one paragraph per line), except where the text is
/// hard-wrapped or a sentence visibly runs on into the next line.
/// </summary>
internal static class UnitSplitter
{
    /// <summary>Hard wrapping is recognised only in texts whose longest line fits a terminal-ish width.</summary>
    private const int MaxWrapWidth = 100;

    /// <summary>A wrapped line fills most of the width; 0.6 tolerates long words pushed to the next line.</summary>
    private const double WrappedLineFill = 0.6;

    /// <summary>Share of lines, among those followed by another line, that must look wrapped.</summary>
    private const double WrappedShare = 0.6;

    private const int MinLinesForWrapDetection = 3;

    public static List<TextUnit> Split(string input)
    {
        var lines = ReadLines(input);
        var wrapWidth = DetectWrapWidth(input, lines);
        var units = new List<TextUnit>();
        var builder = new UnitBuilder(input);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                builder.Flush(units);
                continue;
            }

            if (builder.HasContent && !Continues(input, lines[i - 1], line, wrapWidth))
            {
                builder.Flush(units);
            }

            builder.Append(line, builder.HasContent && IsHyphenBreak(input, lines[i - 1], line));
        }

        builder.Flush(units);
        return units;
    }

    private static bool Continues(string input, Line previous, Line current, int wrapWidth)
    {
        if (wrapWidth > 0)
        {
            return previous.TrimmedLength >= wrapWidth * WrappedLineFill;
        }

        var last = input[previous.ContentEnd - 1];
        var first = input[current.ContentStart];
        return char.IsLower(first) && last is not ('.' or '!' or '?' or ':' or ';' or '"' or '”' or '’' or ')' or '…');
    }

    /// <summary>
    /// "water-" + "sharing": the hyphen stays (it may belong to a compound; dropping it could
    /// invent a word), only the line break goes.
    /// </summary>
    private static bool IsHyphenBreak(string input, Line previous, Line current) =>
        previous.TrimmedLength >= 2 && input[previous.ContentEnd - 1] == '-' && char.IsLetter(input[previous.ContentEnd - 2])
        && char.IsLower(input[current.ContentStart]);

    /// <summary>The wrap width when the text looks hard-wrapped, otherwise 0.</summary>
    private static int DetectWrapWidth(string input, List<Line> lines)
    {
        var max = 0;
        foreach (var line in lines)
        {
            max = Math.Max(max, line.TrimmedLength);
        }

        if (max == 0 || max > MaxWrapWidth)
        {
            return 0;
        }

        var followed = 0;
        var full = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].IsBlank || lines[i + 1].IsBlank)
            {
                continue;
            }

            followed++;
            var endsSentence = input[lines[i].ContentEnd - 1] is '.' or '!' or '?' or '"' or '”' or '…';
            if (lines[i].TrimmedLength >= max * WrappedLineFill && !endsSentence)
            {
                // A wrapped line breaks mid-sentence; text with one paragraph per line ends its
                // lines with full stops, however similar their lengths.
                full++;
            }
        }

        return followed >= MinLinesForWrapDetection && full >= followed * WrappedShare ? max : 0;
    }

    private static List<Line> ReadLines(string input)
    {
        var lines = new List<Line>();
        var start = 0;
        for (var i = 0; i <= input.Length; i++)
        {
            if (i < input.Length && input[i] != '\n' && input[i] != '\r')
            {
                continue;
            }

            lines.Add(Line.Of(input, start, i));
            if (i < input.Length - 1 && input[i] == '\r' && input[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return lines;
    }

    /// <summary>A line's extent [Start, End) and its content without surrounding white space.</summary>
    private readonly record struct Line(int Start, int End, int ContentStart, int ContentEnd)
    {
        public bool IsBlank => ContentEnd <= ContentStart;

        public int TrimmedLength => ContentEnd - ContentStart;

        public static Line Of(string input, int start, int end)
        {
            var contentStart = start;
            while (contentStart < end && IsSpace(input[contentStart]))
            {
                contentStart++;
            }

            var contentEnd = end;
            while (contentEnd > contentStart && IsSpace(input[contentEnd - 1]))
            {
                contentEnd--;
            }

            return new Line(start, end, contentStart, contentEnd);
        }
    }

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || IsInvisible(c);

    /// <summary>Zero-width and soft-hyphen characters carry no text; they are dropped.</summary>
    internal static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' or '\u2060';

    private sealed class UnitBuilder(string input)
    {
        private readonly System.Text.StringBuilder text = new();
        private readonly List<int> index = [];
        private int start = -1;
        private int end;
        private int pendingSpace = -1;

        public bool HasContent => text.Length > 0;

        public void Append(Line line, bool afterHyphen)
        {
            if (start < 0)
            {
                start = line.Start;
            }
            else if (!afterHyphen)
            {
                // The line break that joins two lines becomes one space, traced to the break.
                pendingSpace = end;
            }

            for (var i = line.ContentStart; i < line.ContentEnd; i++)
            {
                var c = input[i];
                if (IsInvisible(c))
                {
                    continue;
                }

                if (char.IsWhiteSpace(c))
                {
                    if (pendingSpace < 0)
                    {
                        pendingSpace = i;
                    }

                    continue;
                }

                if (pendingSpace >= 0 && text.Length > 0)
                {
                    text.Append(' ');
                    index.Add(pendingSpace);
                }

                pendingSpace = -1;
                text.Append(c);
                index.Add(i);
            }

            end = line.End;
        }

        public void Flush(List<TextUnit> units)
        {
            if (text.Length > 0)
            {
                units.Add(new TextUnit(text.ToString(), [.. index], start, end));
            }

            text.Clear();
            index.Clear();
            start = -1;
            pendingSpace = -1;
        }
    }
}
