using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Parley.Model;

namespace Parley.Extract;

/// <summary>
/// Parley's main-content extraction for HTML pages: prune furniture, find the article's root,
/// write it as paragraphs, fall back to the page's paragraphs when that yields too little. Never
/// throws on bad input: an empty, non-HTML, oversized or article-less page gives an
/// <see cref="ExtractedArticle"/> with empty text and a <see cref="ExtractedArticle.Problem"/>.
/// Thread-safe; one instance can serve all threads.
/// </summary>
public sealed class HtmlArticleExtractor(ExtractionCues cues)
{
    /// <summary>
    /// Pages above this many characters are refused: real article pages stay far below it (the
    /// benchmark's largest is under 2 MB), and parsing tens of megabytes costs seconds and memory.
    /// </summary>
    public const int MaxHtmlChars = 16 * 1024 * 1024;

    /// <summary>A body shorter than this (non-space characters) is a teaser or a stub: try the next step.</summary>
    private const int MinBodyChars = 250;

    /// <summary>In the fallback, text runs shorter than this are labels and links, not paragraphs.</summary>
    private const int MinFallbackParagraphChars = 60;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsKeepingSourceReferences = true,
        SkipComments = true,
    };

    public HtmlArticleExtractor()
        : this(ExtractionCues.Default)
    {
    }

    /// <summary>Extracts the article from <paramref name="html"/>; <paramref name="url"/> is where it came from, if known.</summary>
    public ExtractedArticle Extract(string? html, string? url = null)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return new ExtractedArticle("") { Problem = "empty page" };
        }

        if (html.Length > MaxHtmlChars)
        {
            return new ExtractedArticle("")
            {
                Problem = $"page too large: {html.Length / 1048576.0:F1} M characters, the limit is {MaxHtmlChars / 1048576} M",
            };
        }

        if (!LooksLikeHtml(html))
        {
            return new ExtractedArticle("") { Problem = "not HTML: no tags found at the start of the page" };
        }

        var document = new HtmlParser(ParserOptions).ParseDocument(html);
        var metadata = PageMetadataReader.Read(document, url);
        var article = new ExtractedArticle("")
        {
            Title = metadata.Title,
            Published = metadata.Published,
            Authors = metadata.Authors,
            SiteName = metadata.SiteName,
            CanonicalUrl = metadata.CanonicalUrl,
            Description = metadata.Description,
        };
        if (document.Body is null)
        {
            return article with { Problem = "no article content found: the page has no body" };
        }

        var removed = new List<PrunedElement>();
        var rendered = ExtractBody(document.Body, html, useClassCues: true, removed);
        if (CountNonSpace(rendered.Text) < MinBodyChars)
        {
            // Class cues sometimes sit on the article's own wrapper ("content-with-sidebar"): try
            // again on a fresh tree pruned by tags only, then fall back to the page's paragraphs.
            var retryRemoved = new List<PrunedElement>();
            var body = new HtmlParser(ParserOptions).ParseDocument(html).Body!;
            var retry = ExtractBody(body, html, useClassCues: false, retryRemoved);
            if (CountNonSpace(retry.Text) < MinBodyChars)
            {
                var paragraphs = new ArticleRenderer(cues, html).RenderParagraphs(body, MinFallbackParagraphChars, retryRemoved);
                if (CountNonSpace(paragraphs.Text) > CountNonSpace(retry.Text))
                {
                    retry = paragraphs;
                }
            }

            if (CountNonSpace(retry.Text) > CountNonSpace(rendered.Text))
            {
                (rendered, removed) = (retry, retryRemoved);
            }
        }

        return article with
        {
            Text = rendered.Text,
            OffsetMap = rendered.Offsets,
            Captions = rendered.Captions,
            PrunedElements = removed,
            Problem = rendered.Text.Length == 0 ? "no article content found" : null,
        };
    }

    private (string Text, TextOffsetMap Offsets, IReadOnlyList<Caption> Captions) ExtractBody(
        IElement body, string html, bool useClassCues, List<PrunedElement> removed)
    {
        new BoilerplatePruner(cues, useClassCues).Prune(body, removed);
        var blocks = new ContentRootFinder(cues).Find(body);
        return blocks.Count == 0 ? ("", TextOffsetMap.Empty, []) : new ArticleRenderer(cues, html).Render(blocks, removed);
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096));
        if (head.Contains('\0'))
        {
            return false;
        }

        var lt = head.IndexOf('<');
        return lt >= 0 && lt + 1 < head.Length && (char.IsAsciiLetter(head[lt + 1]) || head[lt + 1] is '!' or '?');
    }

    private static int CountNonSpace(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
