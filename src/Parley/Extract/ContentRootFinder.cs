using AngleSharp.Dom;

namespace Parley.Extract;

/// <summary>
/// Second step of the cascade: picks the blocks that hold the article. Explicit markup
/// (schema.org articleBody, common body classes, &lt;article&gt;) is checked against a score of every
/// block by its paragraphs' length and commas, weighted by tag, class/id cues and link density
/// (the idea of Readability.js); the explicit root wins unless the scored one holds much more text.
/// </summary>
internal sealed class ContentRootFinder(ExtractionCues cues)
{
    /// <summary>Text runs shorter than this (non-space characters) are captions, labels or links, not paragraphs.</summary>
    private const int MinParagraphChars = 25;

    /// <summary>An explicit root must hold this share of the scored root's paragraph text to be trusted.</summary>
    private const double ExplicitRootShare = 0.6;

    /// <summary>An explicit root with less paragraph text than this is a teaser or an empty shell.</summary>
    private const int MinExplicitRootChars = 200;

    /// <summary>
    /// Containers repeating the root's tag and class are looked for this many levels above it: magazine
    /// layouts nest each body section in its own stack of layout wrappers, eight deep and more.
    /// </summary>
    private const int RepeatedContainerLevels = 10;

    /// <summary>Siblings more linked than this are navigation or teasers.</summary>
    private const double SiblingLinkDensity = 0.3;

    /// <summary>Among several explicit roots, one holding the page's headline counts as this many times its text.</summary>
    private const double HeadlineBonus = 3;

    /// <summary>This many nested blocks of an explicit root's own kind make it a list of entries.</summary>
    private const int MinListEntries = 2;

    /// <summary>Ancestors further up than this get no share of a paragraph's score.</summary>
    private const int ScoredAncestorLevels = 5;

    /// <summary>The bonus or penalty of a class/id cue, large enough to outweigh a few paragraphs.</summary>
    private const double ClassCueWeight = 25;

    /// <summary>The article's blocks in document order: the root and the siblings that continue it. Empty when nothing qualifies.</summary>
    public IReadOnlyList<IElement> Find(IElement body)
    {
        var measures = TextMeasure.MeasureTree(body);
        var root = FindRoot(body, measures);
        return root is null ? [] : WithContinuingSiblings(root, measures);
    }

    /// <summary>
    /// Sites split one body into several containers of the same tag and class, with ads and asides
    /// between them, often each in its own wrapper; those near the root continue the article.
    /// </summary>
    private static List<IElement> WithContinuingSiblings(IElement root, Dictionary<IElement, TextMeasure> measures)
    {
        if (root.ParentElement is not { } parent || root.LocalName is "body")
        {
            return [root];
        }

        var scope = parent;
        for (var level = 1; level < RepeatedContainerLevels && scope.ParentElement is { LocalName: not "body" and not "html" } up; level++)
        {
            scope = up;
        }

        var rootClass = root.GetAttribute("class");
        var blocks = new List<IElement>();
        foreach (var element in scope.Descendants<IElement>())
        {
            if (element == root)
            {
                blocks.Add(root);
                continue;
            }

            if (blocks.Count > 0 && blocks[^1].Contains(element))
            {
                continue;
            }

            if (!measures.TryGetValue(element, out var m) || m.Text < MinParagraphChars || m.LinkDensity > SiblingLinkDensity)
            {
                continue;
            }

            var sameKind = element.LocalName == root.LocalName && !string.IsNullOrEmpty(rootClass)
                && element.GetAttribute("class") == rootClass && !element.Contains(root);
            if (sameKind)
            {
                blocks.Add(element);
            }
        }

        return blocks;
    }

    private IElement? FindRoot(IElement body, Dictionary<IElement, TextMeasure> measures)
    {
        var scored = ScoredRoot(body, measures);
        var explicitRoot = ExplicitRoot(body, measures);
        if (explicitRoot is null)
        {
            return scored;
        }

        if (scored is null)
        {
            return explicitRoot;
        }

        var explicitText = measures[explicitRoot].ParagraphText;
        var scoredText = measures[scored].ParagraphText;
        if (explicitText >= scoredText * ExplicitRootShare)
        {
            return explicitRoot;
        }

        // Related-story teasers can outweigh a short article; the article is the block with the headline.
        var disjoint = !explicitRoot.Contains(scored) && !scored.Contains(explicitRoot);
        return disjoint && HoldsHeadline(explicitRoot) && !HoldsHeadline(scored) ? explicitRoot : scored;
    }

    private IElement? ExplicitRoot(IElement body, Dictionary<IElement, TextMeasure> measures)
    {
        foreach (var selector in cues.ContentRootSelectors)
        {
            IElement? best = null;
            double bestWeight = 0;
            foreach (var element in body.QuerySelectorAll(selector))
            {
                if (!measures.TryGetValue(element, out var m) || m.ParagraphText < MinExplicitRootChars || IsListOfEntries(element, selector))
                {
                    continue;
                }

                var weight = m.ParagraphText * (HoldsHeadline(element) ? HeadlineBonus : 1);
                if (weight > bestWeight)
                {
                    best = element;
                    bestWeight = weight;
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    /// <summary>
    /// A block holding several blocks of its own kind (articles within an article) is a list of
    /// teasers or related posts, not one article's body.
    /// </summary>
    private static bool IsListOfEntries(IElement element, string selector)
    {
        var nested = 0;
        foreach (var _ in element.QuerySelectorAll(selector))
        {
            if (++nested >= MinListEntries)
            {
                return true;
            }
        }

        return false;
    }

    private IElement? ScoredRoot(IElement body, Dictionary<IElement, TextMeasure> measures)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (!measures.TryGetValue(element, out var m))
            {
                continue;
            }

            if (IsParagraphLike(element))
            {
                if (m.Text >= MinParagraphChars)
                {
                    AddScore(scores, body, element.ParentElement, 1 + m.Commas + Math.Min(m.Text / 100, 3));
                }
            }
            else if (m.LooseText >= MinParagraphChars && element.LocalName is "div" or "section" or "article" or "main" or "td")
            {
                // Loose text under a block is a paragraph whose parent is that block.
                AddScore(scores, body, element, 1 + m.LooseCommas + Math.Min(m.LooseText / 100, 3));
            }
        }

        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var (element, score) in scores)
        {
            var final = score * (1 - measures[element].LinkDensity);
            if (final > bestScore)
            {
                best = element;
                bestScore = final;
            }
        }

        return best;
    }

    private void AddScore(Dictionary<IElement, double> scores, IElement body, IElement? first, double score)
    {
        var ancestor = first;
        for (var level = 0; ancestor is not null && level < ScoredAncestorLevels; level++, ancestor = ancestor.ParentElement)
        {
            if (!scores.TryGetValue(ancestor, out var current))
            {
                current = InitialScore(ancestor);
            }

            var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores[ancestor] = current + score / divider;
            if (ancestor == body)
            {
                break;
            }
        }
    }

    private double InitialScore(IElement element)
    {
        double score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var classAndId = BoilerplatePruner.ClassAndId(element);
        if (cues.BoilerplateCue(classAndId) is not null)
        {
            score -= ClassCueWeight;
        }

        if (cues.HasContentCue(classAndId))
        {
            score += ClassCueWeight;
        }

        return score;
    }

    private static bool HoldsHeadline(IElement element) =>
        element.QuerySelector("h1, [itemprop='headline']") is not null;

    /// <summary>A paragraph, or a div/section/li that holds text directly rather than other blocks.</summary>
    private static bool IsParagraphLike(IElement element)
    {
        if (element.LocalName is "p" or "pre" or "td" or "blockquote")
        {
            return true;
        }

        if (element.LocalName is not ("div" or "section" or "li"))
        {
            return false;
        }

        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName != "br" && HtmlBlocks.IsBlock(child.LocalName))
            {
                return false;
            }
        }

        return true;
    }
}
