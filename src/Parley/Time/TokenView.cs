namespace Parley.Time;

/// <summary>Read access to the tokens of one text with the lookups the matchers need.</summary>
internal sealed class TokenView
{
    private readonly List<TimeToken> tokens;
    private readonly LexEntry?[] entries;

    public TokenView(string text, List<TimeToken> tokens, TimeLexicon lexicon)
    {
        Text = text;
        this.tokens = tokens;
        Lexicon = lexicon;
        entries = new LexEntry?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TimeTokenKind.Word)
            {
                entries[i] = lexicon.Find(Span(i));
            }
        }
    }

    public string Text { get; }

    public TimeLexicon Lexicon { get; }

    public int Count => tokens.Count;

    public TimeToken this[int i] => tokens[i];

    public ReadOnlySpan<char> Span(int i) => Text.AsSpan(tokens[i].Start, tokens[i].Length);

    public bool IsWord(int i) => i >= 0 && i < tokens.Count && tokens[i].Kind == TimeTokenKind.Word;

    public bool IsNumber(int i) => i >= 0 && i < tokens.Count && tokens[i].Kind == TimeTokenKind.Number;

    public int Number(int i) => tokens[i].Number;

    public int DigitCount(int i) => tokens[i].Length;

    public bool IsPunct(int i, char c) => i >= 0 && i < tokens.Count && tokens[i].Kind == TimeTokenKind.Punct && Text[tokens[i].Start] == c;

    public bool IsHyphen(int i) => IsPunct(i, '-') || IsPunct(i, '\u2013') || IsPunct(i, '\u2014');

    public bool Is(int i, string word) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TimeTokenKind.Word && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsCapitalized(int i) => i >= 0 && i < tokens.Count && char.IsUpper(Text[tokens[i].Start]);

    /// <summary>True when no whitespace separates token <paramref name="i"/> from the next one.</summary>
    public bool TouchesNext(int i) => i >= 0 && i + 1 < tokens.Count && tokens[i].End == tokens[i + 1].Start;

    public LexEntry? Lex(int i) => i >= 0 && i < tokens.Count ? entries[i] : null;

    /// <summary>
    /// True when token <paramref name="i"/> ends a sentence: '.', '!' or '?' followed by a capital
    /// or the end, or a line break before the next token.
    /// </summary>
    public bool EndsSentence(int i)
    {
        if (i + 1 < tokens.Count && tokens[i + 1].BreakBefore)
        {
            return true;
        }

        if (IsPunct(i, '!') || IsPunct(i, '?') || IsPunct(i, ';'))
        {
            return true;
        }

        if (!IsPunct(i, '.'))
        {
            return false;
        }

        // "Feb." or "U.S." is not a sentence end: a short word glued to the period.
        if (i > 0 && tokens[i - 1].End == tokens[i].Start && tokens[i - 1].Length <= 4 && tokens[i - 1].Kind == TimeTokenKind.Word)
        {
            return false;
        }

        return i + 1 >= tokens.Count || char.IsUpper(Text[tokens[i + 1].Start]) || !char.IsLetter(Text[tokens[i + 1].Start]);
    }
}
