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

    /// <summary>True when the last word of <paramref name="subject"/> is a lower-case noun of a state of affairs.</summary>
    public static bool EndsInThing(string text, Span subject) => EndsIn(Heads.Value, text, subject);

    /// <summary>True when the last word of <paramref name="noun"/> is a lower-case noun of a text that proposes acts ("resolution", "bill").</summary>
    public static bool EndsInProposal(string text, Span noun) => EndsIn(ProposalHeads.Value, text, noun);

    private static bool EndsIn(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> heads, string text, Span subject)
    {
        var words = text.AsSpan(subject.Start, subject.Length).TrimEnd();
        var start = words.Length;
        while (start > 0 && char.IsLetter(words[start - 1]))
        {
            start--;
        }

        var last = words[start..];
        return last.Length > 0 && char.IsLower(last[0]) && heads.Contains(last);
    }
}
