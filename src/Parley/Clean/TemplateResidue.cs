namespace Parley.Clean;

/// <summary>
/// Finds unrendered template placeholders left in scraped text: <c>{{free_limit}}</c>,
/// <c>[[name]]</c>, <c>{% tag %}</c>, <c>&lt;% code %&gt;</c>, <c>${var}</c>.
/// </summary>
internal static class TemplateResidue
{
    /// <summary>Placeholders are short; a longer bracketed stretch is more likely real text.</summary>
    private const int MaxPlaceholderLength = 80;

    private static readonly (string Open, string Close)[] Delimiters =
        [("{{", "}}"), ("[[", "]]"), ("{%", "%}"), ("<%", "%>"), ("${", "}")];

    public static List<(int Start, int Length)> Find(string text)
    {
        var found = new List<(int Start, int Length)>();
        foreach (var (open, close) in Delimiters)
        {
            var from = 0;
            while (from < text.Length)
            {
                var start = text.IndexOf(open, from, StringComparison.Ordinal);
                if (start < 0)
                {
                    break;
                }

                var end = text.IndexOf(close, start + open.Length, StringComparison.Ordinal);
                if (end < 0 || end + close.Length - start > MaxPlaceholderLength)
                {
                    from = start + open.Length;
                    continue;
                }

                if (!found.Any(f => f.Start <= start && start < f.Start + f.Length))
                {
                    found.Add((start, end + close.Length - start));
                }

                from = end + close.Length;
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}
