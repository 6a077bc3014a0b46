namespace Parley.Time;

/// <summary>
/// Reads from the words around an expression whether it lies ahead of the reference date (+1),
/// behind it (-1) or neither is said (0). Without a parser, the nearest cue word within the
/// sentence before the expression decides; failing that, the nearest one after it.
/// </summary>
internal static class TenseReader
{
    /// <summary>How far back to look: the verb governing "on Friday" is rarely further than this.</summary>
    private const int WindowBefore = 8;

    /// <summary>Cues after the expression are weaker ("on Friday, officials said"); look less far.</summary>
    private const int WindowAfter = 5;

    /// <summary>Shorter "-ed" words are mostly not verbs ("bed", "red", "need").</summary>
    private const int MinPastFormLength = 4;

    public static int Read(TokenView v, int start, int end)
    {
        for (var i = start - 1; i >= 0 && i >= start - WindowBefore; i--)
        {
            if (v.EndsSentence(i))
            {
                break;
            }

            var cue = Cue(v, i);
            if (cue > 0 && (IsPastAuxiliary(v, i - 1) || IsPastAuxiliary(v, i - 2)))
            {
                return -1; // "had been due to", "was expected to": a plan seen from the past
            }

            if (cue != 0)
            {
                return cue;
            }
        }

        for (var i = end; i < v.Count && i < end + WindowAfter; i++)
        {
            if (i > end && v.EndsSentence(i - 1))
            {
                break;
            }

            var cue = Cue(v, i);
            if (cue != 0)
            {
                return cue;
            }
        }

        return 0;
    }

    private static bool IsDeterminer(TokenView v, int i) =>
        v.Is(i, "the") || v.Is(i, "a") || v.Is(i, "an") || v.Is(i, "its") || v.Is(i, "their") || v.Is(i, "his") || v.Is(i, "her") || v.Is(i, "our");

    private static bool IsPastAuxiliary(TokenView v, int i) => v.Is(i, "was") || v.Is(i, "were") || v.Is(i, "had") || v.Is(i, "been");

    private static int Cue(TokenView v, int i)
    {
        // "will be held": a participle after "be" carries no tense of its own.
        if (v.Is(i - 1, "be") || v.Is(i - 1, "being"))
        {
            return 0;
        }

        if (v.Lex(i) is { TenseCue: not 0 } e)
        {
            // "the plan", "its plans": after a determiner the cue word is a noun, not a verb.
            return IsDeterminer(v, i - 1) ? 0 : e.TenseCue;
        }

        if (!v.IsWord(i))
        {
            return 0;
        }

        var s = v.Span(i);

        // "we'll", "they’ll"
        if (s.Length > 3 && (s[^1] == 'l' || s[^1] == 'L') && (s[^2] == 'l' || s[^2] == 'L') && TimeTokenizer.IsApostrophe(s[^3]))
        {
            return 1;
        }

        // A regular past form ("expressed", "decided") not listed as a cue of its own says past.
        // "'d" is ambiguous (had/would) and is left alone.
        return s.Length > MinPastFormLength && s.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && char.IsLower(s[0]) ? -1 : 0;
    }
}
