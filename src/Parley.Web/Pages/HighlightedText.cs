using System.Text;
using System.Text.Json;

namespace Parley.Web.Pages;

/// <summary>
/// Renders a document's text with its annotations highlighted. Annotations of several layers may
/// overlap or nest, so the text is cut at every annotation boundary and each piece is marked with
/// all annotations covering it (<c>data-a="timexes:3 mentions:5"</c>); the page's script shows
/// what was extracted for the piece a user clicks.
/// </summary>
internal static class HighlightedText
{
    /// <summary>Layers drawn over the text; structural layers (paragraphs, sentences) are not.</summary>
    public static readonly string[] Highlighted = ["mentions", "timexes", "quotes", "events", "stances"];

    public static string Render(string text, IReadOnlyDictionary<string, JsonElement> layers)
    {
        var annotations = new List<(int Start, int End, string Id)>();
        foreach (var name in Highlighted)
        {
            if (!layers.TryGetValue(name, out var layer))
            {
                continue;
            }

            var index = 0;
            foreach (var item in layer.EnumerateArray())
            {
                var start = item.TryGetProperty("start", out var s) ? s.GetInt32() : -1;
                var end = item.TryGetProperty("end", out var e) ? e.GetInt32() : -1;
                if (start >= 0 && end > start && end <= text.Length)
                {
                    annotations.Add((start, end, $"{name}:{index}"));
                }

                index++;
            }
        }

        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var (start, end, _) in annotations)
        {
            cuts.Add(start);
            cuts.Add(end);
        }

        var html = new StringBuilder(text.Length * 2);
        var bounds = cuts.ToArray();
        for (var i = 0; i + 1 < bounds.Length; i++)
        {
            var (from, to) = (bounds[i], bounds[i + 1]);
            var covering = annotations.Where(a => a.Start <= from && to <= a.End).Select(a => a.Id).ToArray();
            var piece = Html.E(text[from..to]);
            if (covering.Length == 0)
            {
                html.Append(piece);
                continue;
            }

            var classes = string.Join(' ', covering.Select(id => "l-" + id[..id.IndexOf(':', StringComparison.Ordinal)]).Distinct());
            html.Append("<span class=\"hl ").Append(classes).Append("\" data-a=\"").Append(string.Join(' ', covering)).Append("\">").Append(piece).Append("</span>");
        }

        return html.ToString();
    }
}
