namespace Parley.Extract;

/// <summary>
/// Reads a plain-text article: the first non-empty line is the headline when it looks like one
/// (short, not a finished sentence, followed by more text); the rest is the body.
/// </summary>
public static class PlainTextArticle
{
    /// <summary>Headlines run to about 15 words; 30 leaves room for long ones, not for paragraphs.</summary>
    private const int MaxHeadlineWords = 30;

    private const int MaxHeadlineChars = 220;

    public static ExtractedArticle Extract(string content, bool detectTitle = true)
    {
        var text = content.Replace("\r\n", "\n").TrimStart('\uFEFF');
        string? title = null;
        if (detectTitle)
        {
            var lines = text.Split('\n');
            var first = Array.FindIndex(lines, line => line.Trim().Length > 0);
            if (first >= 0 && LooksLikeHeadline(lines[first].Trim()) && lines.Skip(first + 1).Any(l => l.Trim().Length > 0))
            {
                title = lines[first].Trim();
                text = string.Join('\n', lines.Skip(first + 1));
            }
        }

        var body = BodyText.Normalize(text);
        return new ExtractedArticle(body)
        {
            Title = title,
            Problem = body.Length == 0 ? "no body text after the headline" : null,
        };
    }

    public static bool LooksLikeHeadline(string line)
    {
        if (line.Length is < 3 or > MaxHeadlineChars)
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words is < 2 or > MaxHeadlineWords)
        {
            return false;
        }

        // A headline is not a finished sentence; "?" and "!" do occur in headlines.
        return line[^1] is not ('.' or ',' or ';' or ':') || line.EndsWith("...", StringComparison.Ordinal);
    }
}
