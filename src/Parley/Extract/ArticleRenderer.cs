using AngleSharp.Dom;
using Parley.Model;

namespace Parley.Extract;

/// <summary>
/// Last step of the cascade: writes the chosen root as paragraphs, leaving out what is still
/// furniture at block level (link lists, ad labels, share prompts) and routing captions and image
/// credits to their own list.
/// </summary>
internal sealed class ArticleRenderer(ExtractionCues cues, string html)
{
    /// <summary>A list or box more than this share of whose text is links is a link list, not prose.</summary>
    private const double LinkDenseBlock = 0.5;

    /// <summary>A paragraph this link-heavy is a "Read more: …" line.</summary>
    private const double LinkDenseParagraph = 0.8;

    /// <summary>Blocks shorter than this (non-space characters) are checked against the boilerplate text cues.</summary>
    private const int ShortBlockChars = 80;

    private readonly ArticleTextWriter writer = new(html);
    private readonly List<Caption> captions = [];
    private Dictionary<IElement, TextMeasure> measures = [];

    public (string Text, TextOffsetMap Offsets, IReadOnlyList<Caption> Captions) Render(IReadOnlyList<IElement> blocks, List<PrunedElement> removed)
    {
        measures = TextMeasure.MeasureTree(blocks[0].ParentElement ?? blocks[0]);
        foreach (var block in blocks)
        {
            writer.Break();
            Visit(block, removed);
            writer.Break();
        }

        var (text, offsets) = writer.Finish();
        return (text, offsets, captions);
    }

    /// <summary>The fallback: every paragraph of the page long enough and not made of links, in order.</summary>
    public (string Text, TextOffsetMap Offsets, IReadOnlyList<Caption> Captions) RenderParagraphs(IElement body, int minChars, List<PrunedElement> removed)
    {
        measures = TextMeasure.MeasureTree(body);
        foreach (var paragraph in body.QuerySelectorAll("p, pre, blockquote"))
        {
            if (measures.TryGetValue(paragraph, out var m) && m.Text >= minChars && m.LinkDensity <= LinkDenseBlock
                && paragraph.ParentElement?.Closest("p, pre, blockquote") is null)
            {
                writer.Break();
                Visit(paragraph, removed);
                writer.Break();
            }
        }

        var (text, offsets) = writer.Finish();
        return (text, offsets, captions);
    }

    private void Visit(IElement element, List<PrunedElement> removed)
    {
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is IElement child)
            {
                VisitElement(child, removed);
            }
            else if (node.NodeType == NodeType.Text)
            {
                writer.Append(node.TextContent, SourcePosition.Of(element));
            }
        }
    }

    private void VisitElement(IElement element, List<PrunedElement> removed)
    {
        var name = element.LocalName;
        if (name is "figure")
        {
            foreach (var caption in element.QuerySelectorAll("figcaption"))
            {
                AddCaption(caption);
            }

            return;
        }

        if (name is "figcaption" || IsCaptionBox(element))
        {
            AddCaption(element);
            return;
        }

        var block = HtmlBlocks.IsBlock(name);
        if (block && RemovalCue(element) is { } cue)
        {
            removed.Add(new PrunedElement(name, cue, SourcePosition.Of(element), PrunedText.Of(element)));
            return;
        }

        if (block)
        {
            writer.Break();
        }

        Visit(element, removed);
        if (block)
        {
            writer.Break();
        }
    }

    private string? RemovalCue(IElement element)
    {
        if (!measures.TryGetValue(element, out var m))
        {
            return null;
        }

        if (element.LocalName is "h1")
        {
            return "title";
        }

        var linkLimit = element.LocalName is "p" ? LinkDenseParagraph : LinkDenseBlock;
        if (m.Text > 0 && m.LinkDensity > linkLimit && element.LocalName is not ("tr" or "table" or "tbody" or "thead" or "tfoot" or "blockquote"))
        {
            return "link-dense";
        }

        if (m.Text < ShortBlockChars && cues.StartsLikeBoilerplate(element.TextContent.AsSpan().Trim()))
        {
            return "boilerplate-text";
        }

        return null;
    }

    private bool IsCaptionBox(IElement element) => cues.HasCaptionCue(BoilerplatePruner.ClassAndId(element));

    private void AddCaption(IElement element)
    {
        string? credit = null;
        foreach (var part in element.QuerySelectorAll("[class*=credit], [class*=copyright], [class*=source], small"))
        {
            credit = Collapse(part.TextContent);
            break;
        }

        var text = Collapse(element.TextContent);
        if (credit is { Length: > 0 } && text.EndsWith(credit, StringComparison.Ordinal))
        {
            text = text[..^credit.Length].TrimEnd();
        }
        else if (credit is { Length: > 0 } && text.StartsWith(credit, StringComparison.Ordinal))
        {
            text = text[credit.Length..].TrimStart();
        }

        if (text.Length > 0 || credit is { Length: > 0 })
        {
            captions.Add(new Caption(text, string.IsNullOrEmpty(credit) ? null : credit));
        }
    }

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
