namespace Parley.Stances;

/// <summary>
/// A word sequence from a data file: each step is a set of alternative words ("keep/kept"), a
/// word ending in '*' matches any word with that start, and a "*" step lets up to
/// <see cref="MaxGap"/> other words stand between its neighbours.
/// </summary>
internal sealed class WordPattern
{
    /// <summary>"keep economic sanctions in place": a gap is a short noun phrase, rarely more than three words.</summary>
    public const int MaxGap = 3;

    private readonly string[][] _steps;

    public WordPattern(string text)
    {
        Text = text;
        _steps = [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(step => step.Split('/'))];
        Length = _steps.Count(s => s is not ["*"]);
    }

    public string Text { get; }

    /// <summary>How many words the pattern names (its gaps not counted): a longer cue is more specific.</summary>
    public int Length { get; }

    /// <summary>
    /// The exact words the pattern can start with, or null when its first step is a gap or a
    /// prefix (then any word may start it): lets callers index patterns by their first word.
    /// </summary>
    public IReadOnlyList<string>? FirstWords =>
        _steps.Length == 0 || _steps[0] is ["*"] || _steps[0].Any(a => a.EndsWith('*')) ? null : _steps[0];

    /// <summary>
    /// What a word must be to start the pattern: its exact first words, the prefixes of its first step ("denucleariz*"), or
    /// none of either when the pattern opens with a gap, which any word may start.
    /// </summary>
    public (IEnumerable<string> Words, IEnumerable<string> Prefixes, bool AnyWord) Start =>
        _steps.Length == 0 || _steps[0] is ["*"]
            ? ([], [], true)
            : (_steps[0].Where(a => !a.EndsWith('*')), _steps[0].Where(a => a.EndsWith('*')).Select(a => a[..^1]), false);

    /// <summary>The index after the match's last word when the pattern matches at <paramref name="start"/>, else -1.</summary>
    public int MatchAt(IReadOnlyList<string> words, int start) => MatchFrom(words, start, 0);

    private int MatchFrom(IReadOnlyList<string> words, int position, int step)
    {
        if (step == _steps.Length)
        {
            return position;
        }

        if (_steps[step] is ["*"])
        {
            for (var skip = 0; skip <= MaxGap && position + skip <= words.Count; skip++)
            {
                if (MatchFrom(words, position + skip, step + 1) is var end && end >= 0)
                {
                    return end;
                }
            }

            return -1;
        }

        return position < words.Count && Matches(_steps[step], words[position]) ? MatchFrom(words, position + 1, step + 1) : -1;
    }

    private static bool Matches(string[] alternatives, string word)
    {
        foreach (var alternative in alternatives)
        {
            if (alternative.EndsWith('*') ? word.AsSpan().StartsWith(alternative.AsSpan(0, alternative.Length - 1), StringComparison.Ordinal) : word == alternative)
            {
                return true;
            }
        }

        return false;
    }
}
