namespace Parley.Clean;

/// <summary>What the boilerplate scoring looks at in one block.</summary>
internal sealed class BlockFeatures
{
    /// <summary>Shorter blocks are too short to be judged prose by their shape alone.</summary>
    internal const int MinProseWords = 12;

    /// <summary>List headings ("Read more", "Related stories") and their items are short.</summary>
    internal const int MaxHeadlineWords = 20;

    /// <summary>Site furniture with a block cue (share bars, sign-up boxes) stays under this length.</summary>
    private const int MaxBlockCueWords = 40;

    /// <summary>Disclaimers, paywall notices and syndication notes can run to a long sentence or two.</summary>
    private const int MaxTailCueWords = 80;

    /// <summary>One weak boilerplate word per ten words marks a block as furniture rather than story.</summary>
    private const double WeakWordDensity = 0.1;

    private BlockFeatures(TextUnit unit, BoilerplateCue? cue, int weakWords, int prices, bool hasTemplate)
    {
        Unit = unit;
        Cue = cue;
        WeakWords = weakWords;
        Prices = prices;
        HasTemplate = hasTemplate;
    }

    public TextUnit Unit { get; }

    public BoilerplateCue? Cue { get; }

    public int WeakWords { get; }

    public int Prices { get; }

    public bool HasTemplate { get; }

    public bool IsBulleted => Unit.Text.Length > 0 && CueText.IsBullet(Unit.Text[0]);

    /// <summary>Reads like a paragraph of the story: long enough, ends like a sentence, no furniture cues.</summary>
    public bool IsProse => Unit.WordCount >= MinProseWords && Unit.EndsLikeSentence && Cue is null && Prices == 0
        && !HasTemplate && WeakWords < Math.Max(1, Unit.WordCount * WeakWordDensity);

    /// <summary>Prose without a single weak cue word: safe to keep even inside a boilerplate region.</summary>
    public bool IsCleanProse => IsProse && WeakWords == 0;

    public bool IsHeadlineLike => Unit.WordCount <= MaxHeadlineWords && !Unit.EndsLikeSentence;

    public bool IsShortNonProse => Unit.WordCount <= 8 && !IsProse;

    public static BlockFeatures Of(TextUnit unit, CleaningCues cues)
    {
        var folded = unit.Folded;
        var weakWords = CueText.CountWords(folded, cues.WeakWords);
        BoilerplateCue? match = null;
        foreach (var cue in cues.Boilerplate)
        {
            if (Allows(cue, unit, weakWords) && cue.Matches(folded))
            {
                match = cue;
                break;
            }
        }

        return new BlockFeatures(
            unit,
            match,
            weakWords,
            PriceScanner.Count(unit, cues),
            TemplateResidue.Find(unit.Text).Count > 0);
    }

    private static bool Allows(BoilerplateCue cue, TextUnit unit, int weakWords)
    {
        var specific = cue.Kind is BoilerplateKind.SyndicationNote or BoilerplateKind.Cookie or BoilerplateKind.Disclaimer or BoilerplateKind.Copyright;
        if (cue.Scope != CueScope.Tail && !specific && weakWords == 0 && unit.WordCount >= MinProseWords && unit.EndsLikeSentence)
        {
            // A sentence that merely begins "Read more about…" or "Sign up for the…" is story
            // text; site prompts of that length carry their own vocabulary (newsletter, inbox…).
            return false;
        }

        return cue.Scope switch
        {
            CueScope.List => unit.WordCount <= MaxHeadlineWords,
            CueScope.Tail => unit.WordCount <= MaxTailCueWords,
            _ => unit.WordCount <= (specific ? MaxTailCueWords : MaxBlockCueWords),
        };
    }
}
