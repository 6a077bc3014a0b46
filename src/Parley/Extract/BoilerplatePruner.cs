using AngleSharp.Dom;

namespace Parley.Extract;

/// <summary>
/// First step of the cascade: detaches scripts, styles, hidden elements and page furniture found by
/// tag or by class/id cues. An element holding most of the page's paragraph text is never detached
/// by a cue, because a cue on a wrapper (a "main-with-sidebar" layout, a whole-page form) would
/// otherwise take the article with it.
/// </summary>
internal sealed class BoilerplatePruner(ExtractionCues cues, bool useClassCues)
{
    /// <summary>
    /// An element with at least this share of the body's text outside links is kept whatever its
    /// class cues say: furniture is small next to the article or made of links, the article's
    /// wrappers are neither.
    /// </summary>
    private const double GuardShare = 0.4;

    /// <summary>
    /// A block whose text is at least this share quotation (an embedded post in a "social-embed"
    /// wrapper) is quoted content, whatever its wrapper's class says.
    /// </summary>
    private const double QuotedShare = 0.8;

    // Structural elements whose class lists carry CMS flags ("tag-review", "modal-enabled") rather
    // than roles, and table parts, whose classes describe data ("player-12", "odd-row").
    private static readonly HashSet<string> NeverByClass =
        ["html", "body", "article", "main", "blockquote", "table", "thead", "tbody", "tfoot", "tr", "td", "th"];

    // Elements that never hold readable article text: removed without the guard.
    private static readonly HashSet<string> TextlessTags =
    [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video",
        "audio", "map", "button", "input", "select", "textarea", "link", "meta", "head",
    ];

    public void Prune(IElement body, List<PrunedElement> removed)
    {
        var measures = TextMeasure.MeasureTree(body);
        var guardChars = measures[body].ProseText * GuardShare;
        var condemned = new List<IElement>();
        if (cues.MetadataSelector.Length > 0)
        {
            foreach (var element in body.QuerySelectorAll(cues.MetadataSelector))
            {
                // A guarded element is a wrapper that happens to carry microdata, not a date or byline.
                if (measures.TryGetValue(element, out var m) && m.ProseText < guardChars)
                {
                    condemned.Add(element);
                    removed.Add(new PrunedElement(element.LocalName, "metadata", SourcePosition.Of(element), PrunedText.Of(element)));
                }
            }
        }

        Visit(body, measures, guardChars, condemned, removed);
        foreach (var element in condemned)
        {
            element.Remove();
        }
    }

    private void Visit(IElement element, Dictionary<IElement, TextMeasure> measures, double guardChars, List<IElement> condemned, List<PrunedElement> removed)
    {
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            var cue = RemovalCue(child, measures, guardChars);
            if (cue is not null)
            {
                condemned.Add(child);
                removed.Add(new PrunedElement(child.LocalName, cue, SourcePosition.Of(child), PrunedText.Of(child)));
                continue;
            }

            Visit(child, measures, guardChars, condemned, removed);
        }
    }

    private string? RemovalCue(IElement element, Dictionary<IElement, TextMeasure> measures, double guardChars)
    {
        var name = element.LocalName;
        if (TextlessTags.Contains(name))
        {
            return name;
        }

        if (IsHidden(element))
        {
            return "hidden";
        }

        if (name is "figure" or "figcaption")
        {
            return null;
        }

        var guarded = measures.TryGetValue(element, out var m) && m.ProseText >= guardChars && guardChars > 0;
        if (guarded)
        {
            return null;
        }

        if (cues.RemovedTags.Contains(name))
        {
            return name;
        }

        if (!useClassCues || NeverByClass.Contains(name) || IsExplicitArticleBody(element))
        {
            return null;
        }

        var classAndId = ClassAndId(element);
        var cue = cues.BoilerplateCue(classAndId);
        if (cue is null or "caption" or "credit" or "credits")
        {
            return null;
        }

        return cues.HasContentName(classAndId) || IsMostlyQuoted(element, measures) ? null : cue;
    }

    private static bool IsMostlyQuoted(IElement element, Dictionary<IElement, TextMeasure> measures)
    {
        if (!measures.TryGetValue(element, out var m) || m.Text == 0)
        {
            return false;
        }

        var quoted = 0;
        foreach (var quote in element.QuerySelectorAll("blockquote"))
        {
            if (quote.ParentElement?.Closest("blockquote") is null && measures.TryGetValue(quote, out var q))
            {
                quoted += q.Text;
            }
        }

        return quoted >= m.Text * QuotedShare;
    }

    public static string ClassAndId(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(className))
        {
            return string.IsNullOrEmpty(id) ? "" : id.ToLowerInvariant();
        }

        return string.IsNullOrEmpty(id) ? className.ToLowerInvariant() : (className + " " + id).ToLowerInvariant();
    }

    private static bool IsExplicitArticleBody(IElement element) =>
        string.Equals(element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase);

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }
}
