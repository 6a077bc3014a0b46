using Parley.Entities;
using Parley.Knowledge;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Coercive acts named by a noun with both parties in its phrase (events/nominal-acts.tsv): the doer as possessor or "by"
/// phrase, the one acted on in the "of" phrase ("the arrest of the American journalist by Russia's FSB", "Thailand's
/// deportation of Uighur refugees to China"). The noun's verb codes the act from the words of the "of" phrase, as the verb
/// itself would ("expulsion of diplomats" 161, "expulsion of a journalist" 174).
/// </summary>
internal sealed class NominalActs(string text, IReadOnlyList<Token> tokens, PatternMatcher matcher, CameoCodebook codebook)
{
    /// <summary>The words between a possessor and its noun ("Russia's arbitrary arrest of").</summary>
    private const int MaxModifiers = 2;

    /// <summary>An "of" phrase ("of two French aid workers in Tehran") and the "by" after it stay within a few words of the noun.</summary>
    private const int MaxPhraseWords = 10;

    /// <summary>CAMEO roots a noun of this list may name: reduced relations (expelled diplomats, 161) and coercion.</summary>
    private static readonly string[] ActRoots = ["16", "17"];

    private static readonly Lazy<Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>> Verbs = new(() =>
        DataFiles.ReadDataLines("events/nominal-acts.tsv").Skip(1).Select(l => l.Split('\t'))
            .ToDictionary(c => c[0], c => c[1], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Whether the token at <paramref name="noun"/> is a noun of a coercive act.</summary>
    public static bool IsActNoun(ReadOnlySpan<char> word) => Verbs.Value.TryGetValue(word, out _);

    /// <summary>
    /// The act named at <paramref name="noun"/> (its code, doer, the one acted on, and the first token of its phrase), or null when
    /// the phrase does not name both parties or its words code no act of <see cref="ActRoots"/>.
    /// </summary>
    public (CameoCode Code, Actor Source, Actor Target, int PhraseStart)? Find(int noun, int sentenceStart, int end,
        Func<int, Actor?> actorEndingAt, Func<int, Mention?> mentionStartingAt)
    {
        if (!Verbs.Value.TryGetValue(tokens[noun].In(text), out var verb) || noun + 2 >= tokens.Count || tokens[noun + 1].In(text) is not "of")
        {
            return null;
        }

        var (source, phraseStart) = Possessor(noun, sentenceStart, actorEndingAt);
        Actor? target = null;
        var words = new List<string>();
        for (var k = noun + 2; k < Math.Min(tokens.Count, noun + 2 + MaxPhraseWords) && tokens[k].End <= end; k++)
        {
            var word = tokens[k].In(text);
            if (word is "by")
            {
                source ??= ActorAfterBy(k + 1, end, mentionStartingAt);
                break;
            }

            if (tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Link && word is not "-")
            {
                break;
            }

            if (target is null && mentionStartingAt(tokens[k].Start) is { Actor: { } acted })
            {
                target = acted;
            }

            words.Add(word.ToString().ToLowerInvariant());
        }

        if (source is null || target is null || source.Code == target.Code
            || matcher.Match(verb, false, words) is not { } pattern || codebook.Find(pattern.Code) is not { } code || Array.IndexOf(ActRoots, code.Root) < 0)
        {
            return null;
        }

        return (code, source, target, phraseStart);
    }

    /// <summary>"Russia's arrest of …": the possessor a few words before the noun, and where the phrase starts.</summary>
    private (Actor? Source, int PhraseStart) Possessor(int noun, int sentenceStart, Func<int, Actor?> actorEndingAt)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - 1 - MaxModifiers) && tokens[k].Start >= sentenceStart; k--)
        {
            var word = tokens[k].In(text);
            if (word is "'s" or "’s")
            {
                return (actorEndingAt(tokens[k].Start), k);
            }

            if (tokens[k].Kind != TokenKind.Word || word is "the" or "a" or "an" or "of")
            {
                break;
            }
        }

        return (null, noun);
    }

    /// <summary>The actor named right after "by", past an article.</summary>
    private Actor? ActorAfterBy(int first, int end, Func<int, Mention?> mentionStartingAt)
    {
        var k = first < tokens.Count && tokens[first].In(text) is "the" ? first + 1 : first;
        return k < tokens.Count && tokens[k].End <= end ? mentionStartingAt(tokens[k].Start)?.Actor : null;
    }
}
