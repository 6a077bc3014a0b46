using Parley.Model;

namespace Parley.Clean;

/// <summary>
/// Cleans the decoded text of a scraped article: finds the headline, photo captions and credit
/// lines, removes site boilerplate (paywalls, plan prices, disclaimers, newsletter and social
/// prompts, link lists, cookie notices, template residue), and returns the article body with an
/// offset map back to the input. Stateless and thread-safe; one pass over the text.
/// </summary>
public sealed class PlainTextCleaner(CleaningCues cues)
{
    /// <summary>Banner and caption blocks that may precede the headline (a cookie notice and its buttons).</summary>
    private const int MaxLeadingBlocksBeforeHeadline = 6;

    /// <summary>A byline follows the headline within a couple of blocks.</summary>
    private const int MaxBlocksBeforeByline = 3;

    /// <summary>Credit lines sit at the end, possibly followed by boilerplate; look back this far.</summary>
    private const int MaxTrailingBlocksForCredits = 40;

    private const string ParagraphSeparator = "\n\n";

    /// <summary>A block this long that ends like a sentence is story text, enough to make the line above it a headline.</summary>
    private const int MinBodySentenceWords = 6;

    public PlainTextCleaner()
        : this(CleaningCues.Default)
    {
    }

    /// <param name="input">The decoded text of one article.</param>
    /// <param name="firstLineMayBeTitle">False when the caller knows the text starts with body (e.g. the title came from metadata).</param>
    public CleanedText Clean(string input, bool firstLineMayBeTitle = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        var units = UnitSplitter.Split(input);
        var blocks = units.Select(u => BlockFeatures.Of(u, cues)).ToArray();
        var eligible = Enumerable.Repeat(true, units.Count).ToArray();

        var captions = new List<Caption>();
        for (var i = 0; i < units.Count; i++)
        {
            if (CaptionReader.TryRead(units[i], cues) is { } caption)
            {
                captions.Add(caption);
                eligible[i] = false;
            }
        }

        var title = firstLineMayBeTitle ? FindTitle(blocks, eligible) : -1;
        var credits = ReadCredits(blocks, eligible, title);
        var kinds = BoilerplateClassifier.Classify(blocks, eligible);
        for (var i = 0; i < units.Count; i++)
        {
            if (i == title || credits.Lines.Contains(i))
            {
                kinds[i] = null;
            }
        }

        var removed = new List<RemovedBlock>();
        var body = new System.Text.StringBuilder(input.Length);
        var segments = new List<OffsetSegment>();
        for (var i = 0; i < units.Count; i++)
        {
            if (kinds[i] is { } kind)
            {
                AddRemoved(removed, kind, units[i], continuesPrevious: i > 0 && kinds[i - 1] == kind);
            }
            else if (eligible[i] && i != title && !credits.Lines.Contains(i))
            {
                AppendParagraph(body, segments, WithoutTemplates(units[i], removed));
            }
        }

        return new CleanedText(
            title >= 0 ? units[title].Text : null,
            body.ToString(),
            captions,
            new ArticleCredits(credits.People, [.. credits.Lines.Order().Select(i => units[i].Text)]),
            removed,
            new OffsetMap(segments));
    }

    private static int FindTitle(BlockFeatures[] blocks, bool[] eligible)
    {
        var seen = 0;
        for (var i = 0; i < blocks.Length && seen < MaxLeadingBlocksBeforeHeadline; i++)
        {
            // Captions and banners (cookie notices, "Skip to content") may stand above the headline.
            if (!eligible[i] || blocks[i].Cue is not null)
            {
                seen++;
                continue;
            }

            // Any sentence after it will do: short stories have short paragraphs.
            var bodyFollows = blocks.Skip(i + 1).Any(b => b.IsProse || (b.Unit.WordCount >= MinBodySentenceWords && b.Unit.EndsLikeSentence && b.Cue is null));
            return HeadlineDetector.LooksLikeHeadline(blocks[i]) && bodyFollows ? i : -1;
        }

        return -1;
    }

    private (List<CreditedPerson> People, List<int> Lines) ReadCredits(BlockFeatures[] blocks, bool[] eligible, int title)
    {
        var people = new List<CreditedPerson>();
        var lines = new List<int>();
        for (var i = title + 1; i < blocks.Length && i <= title + MaxBlocksBeforeByline; i++)
        {
            if (eligible[i] && CreditLineReader.TryReadByline(blocks[i].Unit, cues) is { } byline)
            {
                people.AddRange(byline);
                lines.Add(i);
                break;
            }
        }

        var trailing = new List<CreditedPerson>();
        for (var i = blocks.Length - 1; i > title && i >= blocks.Length - MaxTrailingBlocksForCredits; i--)
        {
            if (!eligible[i] || lines.Contains(i))
            {
                continue;
            }

            if (CreditLineReader.TryReadCreditLine(blocks[i].Unit, cues) is { } found)
            {
                trailing.InsertRange(0, found);
                lines.Add(i);
            }
            else if (blocks[i].IsCleanProse)
            {
                break;
            }
        }

        people.AddRange(trailing);
        foreach (var i in lines)
        {
            eligible[i] = false;
        }

        return (people, lines);
    }

    private static TextUnit WithoutTemplates(TextUnit unit, List<RemovedBlock> removed)
    {
        var residue = TemplateResidue.Find(unit.Text);
        foreach (var (start, length) in residue)
        {
            var inputStart = unit.InputIndex[start];
            removed.Add(new RemovedBlock(BoilerplateKind.TemplateResidue, unit.Text.Substring(start, length), inputStart, unit.InputIndex[start + length - 1] + 1 - inputStart));
        }

        for (var k = residue.Count - 1; k >= 0; k--)
        {
            unit = unit.Without(residue[k].Start, residue[k].Length);
        }

        return unit;
    }

    private static void AddRemoved(List<RemovedBlock> removed, BoilerplateKind kind, TextUnit unit, bool continuesPrevious)
    {
        var start = unit.InputIndex[0];
        var end = unit.InputIndex[^1] + 1;
        if (continuesPrevious && removed[^1] is { } last)
        {
            // Adjacent blocks of one kind (the lines of a price table) are shown as one removal.
            removed[^1] = last with { Text = last.Text + "\n" + unit.Text, InputLength = end - last.InputStart };
            return;
        }

        removed.Add(new RemovedBlock(kind, unit.Text, start, end - start));
    }

    private static void AppendParagraph(System.Text.StringBuilder body, List<OffsetSegment> segments, TextUnit unit)
    {
        if (unit.Text.Length == 0)
        {
            return;
        }

        if (body.Length > 0)
        {
            body.Append(ParagraphSeparator);
        }

        var bodyStart = body.Length;
        body.Append(unit.Text);
        var runStart = 0;
        for (var k = 1; k <= unit.Text.Length; k++)
        {
            if (k == unit.Text.Length || unit.InputIndex[k] != unit.InputIndex[k - 1] + 1)
            {
                segments.Add(new OffsetSegment(bodyStart + runStart, unit.InputIndex[runStart], k - runStart));
                runStart = k;
            }
        }
    }
}
