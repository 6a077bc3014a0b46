namespace Parley.Extract;

/// <summary>Which HTML elements start a new paragraph in the extracted text.</summary>
internal static class HtmlBlocks
{
    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "tr", "ul", "br", "details", "summary", "caption", "tbody", "thead", "tfoot",
    ];

    public static bool IsBlock(string localName) => Blocks.Contains(localName);
}
