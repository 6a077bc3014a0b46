using Parley.Model;
using Parley.Time;

namespace Parley.Events;

/// <summary>
/// The date of an event: the first resolved calendar date written in its own clause, else in a
/// clause it is embedded in, else one of its sentence that belongs to no clause ("In September,
/// Kim …"); else the publication date marked as not from the text. A date that only bounds the
/// event ("after their Feb. 27-28 summit", "since 2017") is not its date.
/// </summary>
internal static class EventDating
{
    private static readonly HashSet<string> BoundingWords = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "since", "until", "till", "ahead", "following", "by", "from" };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "their", "his", "her", "its", "a", "an", "our", "of" };

    public static (string Date, string Precision, bool FromText) Date(string text, IReadOnlyList<Timex> timexes, IReadOnlyList<Span> scopes, Span sentence, IReadOnlyList<Span> clauses, DateOnly? published)
    {
        Timex? found = null;
        foreach (var scope in scopes)
        {
            if ((found = First(text, timexes, scope, null)) is not null)
            {
                break;
            }
        }

        found ??= First(text, timexes, sentence, clauses);
        if (found is { } timex && Precision(timex.Precision) is { } precision)
        {
            var length = precision switch { "day" => 10, "month" => 7, _ => 4 };
            return (timex.Value[..Math.Min(length, timex.Value.Length)], precision, true);
        }

        return published is { } date
            ? (date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "day", false)
            : ("", "unresolved", false);
    }

    private static Timex? First(string text, IReadOnlyList<Timex> timexes, Span span, IReadOnlyList<Span>? excluded)
    {
        foreach (var timex in timexes)
        {
            if (timex.Start >= span.End)
            {
                break;
            }

            if (timex.Start >= span.Start && timex.End <= span.End && timex.Resolved
                && timex.Type is TimexType.Date or TimexType.Time && timex.Value.Length >= 4 && char.IsDigit(timex.Value[0])
                && !IsBound(text, timex.Start) && (excluded is null || !excluded.Any(c => c.Start <= timex.Start && timex.End <= c.End)))
            {
                return timex;
            }
        }

        return null;
    }

    /// <summary>True when the words before the date ("after their", "since") make it a bound, not the event's time.</summary>
    private static bool IsBound(string text, int start)
    {
        var end = start;
        for (var words = 0; words < 2; words++)
        {
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var begin = end;
            while (begin > 0 && char.IsLetter(text[begin - 1]))
            {
                begin--;
            }

            if (begin == end)
            {
                return false;
            }

            var word = text[begin..end];
            if (BoundingWords.Contains(word))
            {
                return true;
            }

            if (!Determiners.Contains(word))
            {
                return false;
            }

            end = begin;
        }

        return false;
    }

    private static string? Precision(TimexPrecision precision) => precision switch
    {
        TimexPrecision.Day or TimexPrecision.PartOfDay or TimexPrecision.Minute => "day",
        TimexPrecision.Month => "month",
        TimexPrecision.Year or TimexPrecision.Half or TimexPrecision.Season or TimexPrecision.Quarter => "year",
        _ => null,
    };
}
