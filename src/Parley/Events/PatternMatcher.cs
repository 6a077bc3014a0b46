namespace Parley.Events;

/// <summary>
/// Chooses the verb pattern that best fits a clause: every pattern word must appear after the verb,
/// in order, with at most <see cref="MaxGap"/> other words before each; the pattern with the most
/// words wins, curated patterns first on a tie. A pattern without words is the verb's default.
/// </summary>
public sealed class PatternMatcher(VerbPatternBook book)
{
    /// <summary>Noun phrases in news rarely put more than five words between a pattern's words ("called for an immediate and complete easing of").</summary>
    public const int MaxGap = 5;

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
            if (score > bestScore && Fits(pattern.Words, words))
            {
                best = pattern;
                bestScore = score;
            }
        }

        return best;
    }

    private bool Fits(IReadOnlyList<string> pattern, IReadOnlyList<string> words)
    {
        var at = 0;
        foreach (var expected in pattern)
        {
            var found = -1;
            for (var i = at; i < words.Count && i <= at + MaxGap; i++)
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
