using System.Globalization;
using System.Text;

namespace Parley.Evaluation;

/// <summary>
/// The article-extraction benchmark's metric (Scrapinghub/Zyte article-extraction-benchmark,
/// evaluate.py): word 4-gram shingles compared as multisets, per-page normalised counts, macro
/// means. Tokens are maximal runs of word characters as Python's <c>\w</c> defines them for str
/// patterns: letters (L*), numbers (N*) and the underscore only; unlike .NET's <c>\w</c>, combining
/// marks and other connector punctuation are not word characters. Thread-safe (stateless).
/// </summary>
public static class BenchmarkScorer
{
    /// <summary>The benchmark compares word 4-grams.</summary>
    public const int ShingleSize = 4;

    // Joins a shingle's tokens into one key; it is not a word character, so keys cannot collide.
    private const char KeySeparator = '\u0001';

    public static IReadOnlyList<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var start = -1;
        var index = 0;
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var length);
            if (IsPythonWordCharacter(rune))
            {
                if (start < 0)
                {
                    start = index;
                }
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..index]);
                start = -1;
            }

            index += length;
        }

        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }

        return tokens;
    }

    public static bool IsPythonWordCharacter(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    public static PageScore ScorePage(string? truth, string? predicted)
    {
        var trueTokens = Tokenize(truth);
        var predictedTokens = Tokenize(predicted);
        var trueShingles = Shingles(trueTokens);
        var predictedShingles = Shingles(predictedTokens);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, trueCount) in trueShingles)
        {
            var predictedCount = predictedShingles.GetValueOrDefault(key);
            tp += Math.Min(trueCount, predictedCount);
            fn += Math.Max(0, trueCount - predictedCount);
        }

        foreach (var (key, predictedCount) in predictedShingles)
        {
            fp += Math.Max(0, predictedCount - trueShingles.GetValueOrDefault(key));
        }

        var sum = tp + fp + fn;
        if (sum > 0)
        {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }

        return new PageScore(tp, fp, fn, trueTokens.SequenceEqual(predictedTokens, StringComparer.Ordinal));
    }

    public static BenchmarkScore Summarize(IReadOnlyCollection<PageScore> pages)
    {
        var precisions = pages.Where(p => p.Tp + p.Fp > 0).Select(p => p.Precision).ToList();
        var recalls = pages.Where(p => p.Tp + p.Fn > 0).Select(p => p.Recall).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = pages.Count == 0 ? 0 : pages.Count(p => p.ExactTokens) / (double)pages.Count;
        return new BenchmarkScore(f1, precision, recall, accuracy, pages.Count);
    }

    private static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var shingleCount = Math.Max(1, tokens.Count - ShingleSize + 1);
        var builder = new StringBuilder();
        for (var i = 0; i < shingleCount && i < Math.Max(tokens.Count, 1); i++)
        {
            var end = Math.Min(i + ShingleSize, tokens.Count);
            if (end <= i)
            {
                break;
            }

            builder.Clear();
            for (var j = i; j < end; j++)
            {
                if (j > i)
                {
                    builder.Append(KeySeparator);
                }

                builder.Append(tokens[j]);
            }

            var key = builder.ToString();
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }
}
