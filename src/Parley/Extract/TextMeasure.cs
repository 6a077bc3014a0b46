using AngleSharp.Dom;

namespace Parley.Extract;

/// <summary>How much text an element holds, counted once for the whole tree (non-space characters).</summary>
/// <remarks><c>LooseText</c> is text written straight into the element or its inline children, the
/// paragraphs of pages that separate them with &lt;br&gt; rather than &lt;p&gt;.</remarks>
internal readonly record struct TextMeasure(int Text, int LinkText, int Commas, int ParagraphText, int LooseText, int LooseCommas)
{
    /// <summary>Text outside links.</summary>
    public int ProseText => Text - LinkText;

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;

    /// <summary>Measures every element under <paramref name="root"/> in one post-order pass.</summary>
    public static Dictionary<IElement, TextMeasure> MeasureTree(IElement root)
    {
        var measures = new Dictionary<IElement, TextMeasure>(ReferenceEqualityComparer.Instance);
        Measure(root, insideLink: false, insideParagraph: false, measures);
        return measures;
    }

    private static TextMeasure Measure(IElement element, bool insideLink, bool insideParagraph, Dictionary<IElement, TextMeasure> measures)
    {
        var name = element.LocalName;
        insideLink |= name == "a";
        insideParagraph |= name is "p" or "pre" or "blockquote" or "li" or "td" or "h2" or "h3" or "h4";
        int text = 0, link = 0, commas = 0, paragraph = 0, loose = 0, looseCommas = 0;
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IElement childElement)
            {
                if (childElement.LocalName is "script" or "style" or "noscript" or "template" or "svg")
                {
                    continue;
                }

                var m = Measure(childElement, insideLink, insideParagraph, measures);
                text += m.Text;
                link += m.LinkText;
                commas += m.Commas;
                paragraph += m.ParagraphText;
                if (!HtmlBlocks.IsBlock(childElement.LocalName))
                {
                    loose += m.Text;
                    looseCommas += m.Commas;
                }
            }
            else if (child.NodeType == NodeType.Text)
            {
                var (count, commaCount) = Count(child.TextContent);
                text += count;
                commas += commaCount;
                loose += count;
                looseCommas += commaCount;
                if (insideLink)
                {
                    link += count;
                }

                if (insideParagraph)
                {
                    paragraph += count;
                }
            }
        }

        var measure = new TextMeasure(text, link, commas, paragraph, loose, looseCommas);
        measures[element] = measure;
        return measure;
    }

    private static (int Count, int Commas) Count(string text)
    {
        int count = 0, commas = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
                if (c is ',' or '，' or '、')
                {
                    commas++;
                }
            }
        }

        return (count, commas);
    }
}
