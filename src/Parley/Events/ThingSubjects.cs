using Parley.Knowledge;
using Parley.Model;

namespace Parley.Events;

/// <summary>
/// Tells a subject that names a state of affairs from one that names an agent: "Obama's involvement offers a reminder",
/// "EU cooperation would help" say what an involvement or a cooperation does, and the actor inside is no source
/// (head nouns: <c>events/thing-heads.txt</c>).
/// </summary>
internal static class ThingSubjects
{
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> Heads =
        new(() => DataFiles.ReadWordSet("events/thing-heads.txt", StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> ProposalHeads =
        new(() => DataFiles.ReadWordSet("events/proposal-heads.txt", StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Prepositions that open a phrase after a subject's head noun ("slowdowns in the US and China", "relations between …").</summary>
    private static readonly string[] HeadPrepositions = [" in ", " of ", " between ", " with ", " among ", " across "];

    /// <summary>
    /// True when the head of <paramref name="subject"/> is a lower-case noun of a state of affairs: its last word, or the word
    /// before the first phrase of place or relation ("Slowdowns in the US and China could hit exports").
    /// </summary>
    public static bool EndsInThing(string text, Span subject) =>
        EndsIn(Heads.Value, text, subject) || HeadBeforePreposition(text, subject) is { } head && EndsIn(Heads.Value, text, head);

    private static Span? HeadBeforePreposition(string text, Span subject)
    {
        var words = text.AsSpan(subject.Start, subject.Length);
        var first = -1;
        foreach (var preposition in HeadPrepositions)
        {
            if (words.IndexOf(preposition, StringComparison.Ordinal) is >= 0 and var at && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first > 0 ? new Span(subject.Start, subject.Start + first) : null;
    }

    /// <summary>True when the last word of <paramref name="noun"/> is a noun of a text that proposes acts ("resolution", "bill"), lower-case unless it opens the phrase.</summary>
    public static bool EndsInProposal(string text, Span noun) => EndsIn(ProposalHeads.Value, text, noun);

    private static bool EndsIn(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> heads, string text, Span subject)
    {
        var words = text.AsSpan(subject.Start, subject.Length).TrimEnd();
        var start = words.Length;
        while (start > 0 && char.IsLetter(words[start - 1]))
        {
            start--;
        }

        // A head that opens the phrase may be capitalized as the sentence's first word ("Slowdowns in …"); names are not listed.
        var last = words[start..];
        if (last.Length == 0 || !char.IsLower(last[0]) && start > 0)
        {
            return false;
        }

        Span<char> lower = stackalloc char[Math.Min(last.Length, 64)];
        return last.Length <= 64 && heads.Contains(lower[..last.ToLowerInvariant(lower)]);
    }
}
