using System.Text;

namespace Parley.Extract;

/// <summary>
/// Puts body text in Parley's clean form: LF line ends, no trailing spaces, paragraphs separated by
/// exactly one blank line. Text without blank lines is taken as one paragraph per line (the way
/// scrapers write it); text with blank lines keeps its blocks as paragraphs.
/// </summary>
public static class BodyText
{
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var hasBlankLines = HasBlankLineBetweenText(lines);
        var builder = new StringBuilder(text.Length);
        var pendingBreak = false;
        foreach (var raw in lines)
        {
            var line = raw.Replace('\t', ' ').TrimEnd();
            if (line.Trim().Length == 0)
            {
                pendingBreak = builder.Length > 0;
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(pendingBreak || !hasBlankLines ? "\n\n" : "\n");
            }

            builder.Append(line.TrimStart());
            pendingBreak = false;
        }

        return builder.ToString();
    }

    private static bool HasBlankLineBetweenText(string[] lines)
    {
        var seenText = false;
        var blankAfterText = false;
        foreach (var line in lines)
        {
            if (line.AsSpan().IsWhiteSpace())
            {
                blankAfterText |= seenText;
            }
            else if (blankAfterText)
            {
                return true;
            }
            else
            {
                seenText = true;
            }
        }

        return false;
    }
}
