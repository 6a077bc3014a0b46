using Parley.Clauses;
using Parley.Model;

namespace Parley.Events;

/// <summary>
/// Meetings named by a noun that an act says were not held ("called for talks with", "rejected talks with"): the noun's event
/// gives way to that act (<see cref="NominalEventFinder"/>, <see cref="EventListFinisher"/>).
/// </summary>
internal static class MeetingsNotHeld
{
    /// <summary>
    /// CAMEO roots of acts on a meeting that has not taken place: appeals and demands for it, intents, refusals, threats and
    /// breaking it off ("called for talks with", "will resume talks only if", "rejected talks with", "threatened to pull out of talks").
    /// </summary>
    private static readonly string[] NotHeldRoots = ["02", "03", "10", "12", "13", "16"];

    /// <summary>
    /// Whether the meeting named by a noun is the object of <paramref name="verbEvent"/>, an act that says it was not held; one
    /// in a phrase of time ("rejected the plan after their summit") is another meeting.
    /// </summary>
    public static bool IsNotHeld(string text, CodedEvent meeting, CodedEvent verbEvent) =>
        verbEvent.SentenceIndex == meeting.SentenceIndex && Array.IndexOf(NotHeldRoots, verbEvent.CameoRoot) >= 0
        && verbEvent.Span.Start <= meeting.Span.Start && meeting.Span.End <= verbEvent.Span.End
        && !ClauseLexicon.Default.IsCircumstancePreposition(WordBefore(text, meeting.Span.Start));

    private static string WordBefore(string text, int position)
    {
        var end = position;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..end].ToLowerInvariant();
    }
}
