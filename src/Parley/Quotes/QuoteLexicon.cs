using Parley.Knowledge;
using Parley.Text;

namespace Parley.Quotes;

/// <summary>
/// The words quote attribution reads, loaded from <c>data/quotes/</c>: attribution phrases and the
/// small word classes used to read a speaker's phrase and a reported clause. Lookups take spans of
/// the text, so nothing is allocated per token. Immutable and thread-safe once built.
/// </summary>
internal sealed class QuoteLexicon
{
    private static readonly Lazy<QuoteLexicon> Shared = new(Load);

    private readonly Dictionary<string, AttributionPhrase[]>.AlternateLookup<ReadOnlySpan<char>> _phrasesByFirstWord;

    private QuoteLexicon(Dictionary<string, AttributionPhrase[]> phrasesByFirstWord, WordSet pronouns, WordSet skipWords,
        WordSet stopWords, WordSet clauseOpeners, WordSet determiners, WordSet sentenceOpeners)
    {
        _phrasesByFirstWord = phrasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Pronouns = pronouns;
        SkipWords = skipWords;
        StopWords = stopWords;
        ClauseOpeners = clauseOpeners;
        Determiners = determiners;
        SentenceOpeners = sentenceOpeners;
    }

    public static QuoteLexicon Default => Shared.Value;

    public WordSet Pronouns { get; }

    /// <summary>Adverbs, auxiliaries and time words between a speaker and the verb.</summary>
    public WordSet SkipWords { get; }

    public WordSet StopWords { get; }

    public WordSet ClauseOpeners { get; }

    public WordSet Determiners { get; }

    public WordSet SentenceOpeners { get; }

    /// <summary>
    /// The longest attribution phrase starting at token <paramref name="first"/> and ending before
    /// <paramref name="limit"/>, as its kind and token count; count 0 when there is none.
    /// </summary>
    public (CueKind Kind, int Count) MatchPhrase(string text, IReadOnlyList<Token> tokens, int first, int limit)
    {
        if (tokens[first].Kind != TokenKind.Word || !_phrasesByFirstWord.TryGetValue(tokens[first].In(text), out var phrases))
        {
            return (default, 0);
        }

        foreach (var phrase in phrases)
        {
            if (phrase.Matches(text, tokens, first, limit))
            {
                return (phrase.Kind, phrase.Words.Length);
            }
        }

        return (default, 0);
    }

    private static QuoteLexicon Load()
    {
        var phrases = new List<AttributionPhrase>();
        foreach (var line in DataFiles.ReadDataLines("quotes/attribution-verbs.tsv"))
        {
            var columns = line.Split('\t');
            var kind = columns.Length > 1 ? columns[1].Trim() : "clause";
            phrases.Add(new AttributionPhrase(Words(columns[0]), kind switch
            {
                "clause" => CueKind.SpeechClause,
                "that" => CueKind.SpeechThat,
                "object" => CueKind.SpeechObject,
                "none" => CueKind.SpeechOnly,
                _ => throw new InvalidDataException($"quotes/attribution-verbs.tsv: unknown complement '{kind}' for '{columns[0]}'"),
            }));
        }

        foreach (var line in DataFiles.ReadDataLines("quotes/according-cues.txt"))
        {
            phrases.Add(new AttributionPhrase(Words(line), CueKind.Source));
        }

        var byFirstWord = phrases
            .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);

        return new QuoteLexicon(
            byFirstWord,
            WordSet.Read("quotes/pronoun-speakers.txt"),
            WordSet.Read("quotes/subject-skip-words.txt"),
            WordSet.Read("quotes/phrase-stop-words.txt"),
            WordSet.Read("quotes/clause-openers.txt"),
            WordSet.Read("quotes/determiners.txt"),
            WordSet.Read("quotes/sentence-openers.txt"));
    }

    private static string[] Words(string phrase) => phrase.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
