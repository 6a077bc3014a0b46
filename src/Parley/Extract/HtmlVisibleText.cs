using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Parley.Extract;

/// <summary>
/// The visible text of a page's body, block elements becoming paragraphs, with the title, date and
/// language the page declares. A simple reading of a page, used until a page is extracted properly.
/// </summary>
public static class HtmlVisibleText
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "h1", "h2", "h3",
        "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "figure", "figcaption",
        "br", "hr", "dd", "dt", "form",
    };

    public static ExtractedArticle Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var builder = new StringBuilder();
        if (document.Body is { } body)
        {
            Append(body, builder);
        }

        var text = BodyText.Normalize(builder.ToString());
        return new ExtractedArticle(text)
        {
            Title = Meta(document, "og:title") ?? NullIfBlank(document.Title),
            Published = Read.DateParsing.ParseDate(Meta(document, "article:published_time")),
            Language = NullIfBlank(document.DocumentElement?.GetAttribute("lang"))?.Split('-')[0].ToLowerInvariant(),
            SiteName = Meta(document, "og:site_name"),
            Problem = text.Length == 0 ? "the page has no visible text" : null,
        };
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    builder.Append(CollapseSpaces(textNode.Data));
                    break;
                case IElement element when !Invisible.Contains(element.LocalName) && !element.HasAttribute("hidden"):
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        builder.Append("\n\n");
                    }

                    Append(element, builder);
                    if (block)
                    {
                        builder.Append("\n\n");
                    }

                    break;
            }
        }
    }

    private static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        if (space)
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private static string? Meta(IDocument document, string property) =>
        NullIfBlank(document.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content"));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
