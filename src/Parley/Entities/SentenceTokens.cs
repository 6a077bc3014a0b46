using Parley.Text;

namespace Parley.Entities;

/// <summary>
/// One sentence's tokens with the dictionary phrases found in them, indexed by the token they
/// start at, and the word tests the mention parsers share.
/// </summary>
internal sealed class SentenceTokens
{
    private readonly LexiconMatch?[] _matchAt;

    public SentenceTokens(string text, IReadOnlyList<Token> tokens, Sentence sentence, List<LexiconMatch> matches, CueWords cues, bool[] inQuote)
    {
        Text = text;
        Tokens = tokens;
        Sentence = sentence;
        Cues = cues;
        InQuote = inQuote;
        First = sentence.FirstToken;
        End = sentence.FirstToken + sentence.TokenCount;
        _matchAt = new LexiconMatch?[sentence.TokenCount];
        foreach (var match in matches)
        {
            _matchAt[match.First - First] = match;
        }
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public Sentence Sentence { get; }

    public CueWords Cues { get; }

    public bool[] InQuote { get; }

    public int First { get; }

    public int End { get; }

    public LexiconMatch? MatchAt(int token) => token >= First && token < End ? _matchAt[token - First] : null;

    public ReadOnlySpan<char> Word(int token) =>
        token >= First && token < End ? Text.AsSpan(Tokens[token].Start, Tokens[token].Span.Length) : [];

    public bool Is(string kind, int token) => token >= First && token < End && Cues.Is(kind, Word(token));

    /// <summary>True when the words from <paramref name="token"/> on are one of <paramref name="phrases"/> (case and apostrophe folded).</summary>
    public bool StartsWithAny(int token, IReadOnlyList<string[]> phrases)
    {
        foreach (var phrase in phrases)
        {
            var k = 0;
            while (k < phrase.Length && SameWord(Word(token + k), phrase[k]))
            {
                k++;
            }

            if (k == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameWord(ReadOnlySpan<char> word, string expected)
    {
        if (word.Length != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i] == '\u2019' ? '\'' : char.ToLowerInvariant(word[i]);
            if (c != expected[i])
            {
                return false;
            }
        }

        return true;
    }

    public bool IsClitic(int token) => token >= First && token < End && Tokens[token].Kind == TokenKind.Clitic;

    /// <summary>A capitalized word no dictionary phrase claims: part of an unknown name.</summary>
    public bool IsUnknownCapitalized(int token)
    {
        if (token < First || token >= End || MatchAt(token) is not null)
        {
            return false;
        }

        var t = Tokens[token];
        var word = Word(token);
        return t.Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(word[0]) && !Cues.Is("not-a-name", word);
    }

    public bool IsLowercaseWord(int token) =>
        token >= First && token < End && Tokens[token].Kind == TokenKind.Word && char.IsLower(Word(token)[0]);

    /// <summary>Whether only quotation marks or nothing stand between the sentence start and this token.</summary>
    public bool StartsSentence(int token)
    {
        for (var i = First; i < token; i++)
        {
            if (Tokens[i].Kind is not (TokenKind.Quote or TokenKind.Punctuation))
            {
                return false;
            }
        }

        return true;
    }

    public Model.Span SpanOf(int first, int end) => new(Tokens[first].Start, Tokens[end - 1].End);
}
