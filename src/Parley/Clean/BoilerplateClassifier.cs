namespace Parley.Clean;

/// <summary>
/// Decides which blocks are site furniture. Cues mark blocks; a list cue takes the short items
/// under it; a tail cue ("Disclaimer:", "Subscribe now") takes every later block that is not clean
/// prose; runs of short blocks with prices are plan tables. Blocks that read as story prose are
/// never taken by a region, so a story that mentions "subscribers" or "sanctions" is safe.
/// </summary>
internal static class BoilerplateClassifier
{
    /// <summary>
    /// A tail cue followed by this many clean prose blocks stood mid-article (an inline promo), so
    /// it only takes its own block and list; real trailing regions hold at most one stray sentence.
    /// </summary>
    private const int ProseBlocksCancellingTail = 2;

    /// <summary>Related-link lists seldom run longer; stopping bounds the damage of a misread heading.</summary>
    private const int MaxListItems = 15;

    /// <summary>Plan tables show at least two prices (one price in a short line can be anything).</summary>
    private const int MinPricesInTable = 2;

    /// <summary>A list heading holds the cue and at most a word or two more ("Read more on this:").</summary>
    private const int MaxExtraWordsInListHeading = 2;

    /// <summary>Label for each block: the kind of boilerplate, or null to keep it.</summary>
    /// <param name="blocks">All blocks in order.</param>
    /// <param name="eligible">False for blocks already claimed (headline, caption, credits): never removed.</param>
    public static BoilerplateKind?[] Classify(IReadOnlyList<BlockFeatures> blocks, bool[] eligible)
    {
        var kinds = new BoilerplateKind?[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!eligible[i])
            {
                continue;
            }

            if (IsSeparator(blocks[i].Unit.Text))
            {
                kinds[i] = BoilerplateKind.Separator;
            }
            else if (blocks[i].Cue is { } cue)
            {
                kinds[i] = cue.Kind;
            }
            else if (blocks[i].HasTemplate && blocks[i].Unit.WordCount <= 3 + TemplateWords(blocks[i].Unit.Text))
            {
                kinds[i] = BoilerplateKind.TemplateResidue;
            }
        }

        MarkPriceTables(blocks, eligible, kinds);
        MarkTail(blocks, eligible, kinds);
        MarkLists(blocks, eligible, kinds);
        return kinds;
    }

    private static void MarkTail(IReadOnlyList<BlockFeatures> blocks, bool[] eligible, BoilerplateKind?[] kinds)
    {
        var proseSeen = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!eligible[i])
            {
                continue;
            }

            if (blocks[i].Cue is not { Scope: CueScope.Tail } cue)
            {
                proseSeen |= kinds[i] is null && blocks[i].IsProse;
                continue;
            }

            // A tail cue before any story text is a banner at the top, not the end of the story.
            if (!proseSeen || CleanProseAfter(blocks, eligible, i) >= ProseBlocksCancellingTail)
            {
                continue;
            }

            var current = cue.Kind;
            for (var j = i + 1; j < blocks.Count; j++)
            {
                if (!eligible[j] || blocks[j].IsCleanProse)
                {
                    continue;
                }

                // Only another tail cue changes what the region is; a block cue inside it
                // ("delivered to your inbox" in a list of plan benefits) labels just its block.
                if (blocks[j].Cue is { Scope: CueScope.Tail } tailCue)
                {
                    current = tailCue.Kind;
                }

                kinds[j] ??= blocks[j].Prices > 0 ? BoilerplateKind.PriceList : current;
            }

            return;
        }
    }

    private static void MarkLists(IReadOnlyList<BlockFeatures> blocks, bool[] eligible, BoilerplateKind?[] kinds)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Cue is not { Scope: CueScope.List } cue || !eligible[i]
                || blocks[i].Unit.WordCount > PhraseWords(cue.Phrase) + MaxExtraWordsInListHeading)
            {
                continue;
            }

            for (var j = i + 1; j < blocks.Count && j - i <= MaxListItems; j++)
            {
                var item = blocks[j];
                if (!eligible[j] || kinds[j] is not null || item.IsCleanProse
                    || !(item.IsHeadlineLike || (item.IsBulleted && item.Unit.WordCount <= BlockFeatures.MaxHeadlineWords * 2)))
                {
                    break;
                }

                kinds[j] = cue.Kind;
            }
        }
    }

    private static void MarkPriceTables(IReadOnlyList<BlockFeatures> blocks, bool[] eligible, BoilerplateKind?[] kinds)
    {
        var start = 0;
        while (start < blocks.Count)
        {
            var end = start;
            var prices = 0;
            while (end < blocks.Count && eligible[end] && (kinds[end] is null or BoilerplateKind.PriceList)
                && (blocks[end].IsShortNonProse || kinds[end] == BoilerplateKind.PriceList))
            {
                prices += blocks[end].Prices > 0 ? 1 : 0;
                end++;
            }

            if (prices >= MinPricesInTable)
            {
                for (var k = start; k < end; k++)
                {
                    kinds[k] ??= BoilerplateKind.PriceList;
                }
            }

            start = Math.Max(end, start + 1);
        }
    }

    private static int CleanProseAfter(IReadOnlyList<BlockFeatures> blocks, bool[] eligible, int index)
    {
        var count = 0;
        for (var j = index + 1; j < blocks.Count; j++)
        {
            if (eligible[j] && blocks[j].IsCleanProse)
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsSeparator(string text) =>
        text.Length >= 3 && text.All(c => c is '_' or '-' or '*' or '=' or '~' or '#' or '—' or '–' or ' ' or '•');

    private static int PhraseWords(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static int TemplateWords(string text) =>
        TemplateResidue.Find(text).Sum(t => text.AsSpan(t.Start, t.Length).Count(' ') + 1);
}
