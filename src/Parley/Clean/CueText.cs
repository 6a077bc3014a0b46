namespace Parley.Clean;

/// <summary>Case- and apostrophe-insensitive phrase matching over folded text.</summary>
internal static class CueText
{
    /// <summary>Lower-cases and maps ’ ‘ to ' so cue phrases match either spelling; keeps the length.</summary>
    public static string Fold(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is '’' or '‘' or 'ʼ' ? '\'' : char.ToLowerInvariant(c);
            }
        });

    /// <summary>Index where the text's content starts: after white space and list bullets.</summary>
    public static int ContentStart(string folded)
    {
        var i = 0;
        while (i < folded.Length && (char.IsWhiteSpace(folded[i]) || IsBullet(folded[i])))
        {
            i++;
        }

        return i;
    }

    public static bool IsBullet(char c) => c is '-' or '–' or '—' or '•' or '*' or '·' or '▶' or '►' or '→' or '>' or '|' or '#' or '■' or '▪';

    public static bool StartsWithPhrase(string folded, string phrase)
    {
        var start = ContentStart(folded);
        return folded.AsSpan(start).StartsWith(phrase, StringComparison.Ordinal)
            && EndsAtBoundary(folded, start + phrase.Length, phrase);
    }

    public static bool ContainsPhrase(string folded, string phrase)
    {
        var from = 0;
        while (from <= folded.Length - phrase.Length)
        {
            var at = folded.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            if ((at == 0 || !char.IsLetterOrDigit(folded[at - 1]) || !char.IsLetterOrDigit(phrase[0]))
                && EndsAtBoundary(folded, at + phrase.Length, phrase))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>The whole text is the phrase, give or take bullets and closing punctuation.</summary>
    public static bool IsPhrase(string folded, string phrase)
    {
        var start = ContentStart(folded);
        var end = folded.Length;
        while (end > start && (char.IsPunctuation(folded[end - 1]) || char.IsWhiteSpace(folded[end - 1])))
        {
            end--;
        }

        return folded.AsSpan(start, end - start).SequenceEqual(phrase);
    }

    /// <summary>How many times whole-word phrases from the list occur.</summary>
    public static int CountWords(string folded, IReadOnlyList<string> words)
    {
        var hits = 0;
        foreach (var word in words)
        {
            if (ContainsPhrase(folded, word))
            {
                hits++;
            }
        }

        return hits;
    }

    private static bool EndsAtBoundary(string folded, int end, string phrase) =>
        end >= folded.Length || !char.IsLetterOrDigit(phrase[^1]) || !char.IsLetterOrDigit(folded[end]);
}
