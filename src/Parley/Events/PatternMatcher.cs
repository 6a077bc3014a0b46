using Parley.Clauses;

namespace Parley.Events;

/// <summary>
/// Chooses the verb pattern that best fits a clause: every pattern word must appear after the verb,
/// in order, with at most <see cref="MaxGap"/> other words before each; the pattern with the most
/// words wins, curated patterns first on a tie. A pattern without words is the verb's default.
/// A PETRARCH pattern made only of function words ("head to", "appear for") names a phrasal verb:
/// it must follow the verb at once, or "ordered Menem to appear" would read as "order to".
/// </summary>
public sealed class PatternMatcher(VerbPatternBook book)
{
    /// <summary>Noun phrases in news rarely put more than five words between a pattern's words ("called for an immediate and complete easing of").</summary>
    public const int MaxGap = 5;

    /// <summary>A phrasal verb's preposition follows it at once or after one adverb ("turned quickly to").</summary>
    private const int MaxParticleGap = 1;

    private readonly ClauseLexicon _lexicon = ClauseLexicon.Default;

    public VerbPattern? Match(string lemma, bool negated, IReadOnlyList<string> words)
    {
        VerbPattern? best = null;
        var bestScore = int.MinValue;
        foreach (var pattern in book.For(lemma))
        {
            if (pattern.Negated && !negated)
            {
                continue;
            }

            // A negated pattern ("not rule out") outranks any ordinary one; then more words; then curated.
            var score = (pattern.Negated ? 1000 : 0) + pattern.Words.Count * 4 + (pattern.Curated ? 2 : 0);
            if (score > bestScore && Fits(pattern.Words, words, !pattern.Curated && IsFunctionWords(pattern.Words) ? MaxParticleGap : MaxGap))
            {
                best = pattern;
                bestScore = score;
            }
        }

        return best;
    }

    private bool IsFunctionWords(IReadOnlyList<string> pattern)
    {
        foreach (var word in pattern)
        {
            if (!_lexicon.TryFunctionWord(word, out _))
            {
                return false;
            }
        }

        return pattern.Count > 0;
    }

    private bool Fits(IReadOnlyList<string> pattern, IReadOnlyList<string> words, int maxGap)
    {
        var at = 0;
        foreach (var expected in pattern)
        {
            var found = -1;
            for (var i = at; i < words.Count && i <= at + maxGap; i++)
            {
                if (Same(expected, words[i]))
                {
                    found = i;
                    break;
                }
            }

            if (found < 0)
            {
                return false;
            }

            at = found + 1;
        }

        return true;
    }

    private bool Same(string expected, string word)
    {
        if (expected.Length > 1 && expected[0] == '&')
        {
            return book.Synonyms.TryGetValue(expected[1..], out var set) && (set.Contains(word) || set.Contains(Singular(word)));
        }

        return expected == word || expected == Singular(word);
    }

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 3 && word.EndsWith("es", StringComparison.Ordinal) && (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("ses", StringComparison.Ordinal)) ? word[..^2]
        : word.Length > 2 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;
}
