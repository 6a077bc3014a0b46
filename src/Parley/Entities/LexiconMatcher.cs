using Parley.Text;

namespace Parley.Entities;

/// <summary>
/// Finds dictionary phrases in a run of tokens in one left-to-right pass: at each token the trie
/// is walked as far as the text goes and the longest phrase whose case rules hold is taken; the
/// scan then resumes after it.
/// </summary>
internal static class LexiconMatcher
{
    /// <summary>Longer tokens are never dictionary words; they are skipped without lookup.</summary>
    private const int MaxTokenLength = 64;

    public static List<LexiconMatch> Match(LexiconTrie trie, string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        var matches = new List<LexiconMatch>();
        Span<char> key = stackalloc char[MaxTokenLength];
        var i = first;
        while (i < end)
        {
            var node = trie.Root;
            LexiconMatch? best = null;
            for (var j = i; j < end; j++)
            {
                var token = tokens[j];
                if (token.Span.Length > MaxTokenLength)
                {
                    break;
                }

                var length = TokenText.Normalize(text.AsSpan(token.Start, token.Span.Length), key);
                if (LexiconTrie.Next(node, key[..length]) is not { } next)
                {
                    break;
                }

                node = next;
                if (node.Entries is { } entries && Accepted(entries, text, tokens, i, j + 1) is { Count: > 0 } accepted)
                {
                    best = new LexiconMatch(i, j + 1 - i, accepted);
                }
            }

            if (best is not null && best.Count > 1 && LongestAt(trie, text, tokens, i + 1, end) > best.End)
            {
                // "the North Korean leader": the phrase at the next token reaches further than
                // "the North", so this token starts nothing.
                i++;
            }
            else if (best is not null)
            {
                matches.Add(best);
                i = best.End;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    /// <summary>The end of the longest phrase starting at <paramref name="first"/> (ignoring case), or <paramref name="first"/>.</summary>
    private static int LongestAt(LexiconTrie trie, string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        Span<char> key = stackalloc char[MaxTokenLength];
        var node = trie.Root;
        var longest = first;
        for (var j = first; j < end && tokens[j].Span.Length <= MaxTokenLength; j++)
        {
            var length = TokenText.Normalize(text.AsSpan(tokens[j].Start, tokens[j].Span.Length), key);
            if (LexiconTrie.Next(node, key[..length]) is not { } next)
            {
                break;
            }

            node = next;
            if (node.Entries is { } entries && Accepted(entries, text, tokens, first, j + 1).Count > 0)
            {
                longest = j + 1;
            }
        }

        return longest;
    }

    private static List<LexiconEntry> Accepted(List<LexiconEntry> entries, string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        var accepted = new List<LexiconEntry>(entries.Count);
        foreach (var entry in entries)
        {
            var ok = entry.CaseRules.Length == end - first;
            for (var t = 0; ok && t < entry.CaseRules.Length; t++)
            {
                ok = Agrees(entry.CaseRules[t], text.AsSpan(tokens[first + t].Start, tokens[first + t].Span.Length));
            }

            if (ok)
            {
                accepted.Add(entry);
            }
        }

        return accepted;
    }

    private static bool Agrees(CaseRule rule, ReadOnlySpan<char> token)
    {
        switch (rule)
        {
            case CaseRule.Capitalized:
                return token.Length > 0 && char.IsUpper(token[0]);
            case CaseRule.AllCapitals:
                foreach (var c in token)
                {
                    if (char.IsLower(c))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }
}
