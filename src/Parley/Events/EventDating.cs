using Parley.Time;

namespace Parley.Events;

/// <summary>
/// The date of an event: the first resolved calendar date written in its clause, else one in its
/// sentence, else the publication date marked as not from the text.
/// </summary>
internal static class EventDating
{
    public static (string Date, string Precision, bool FromText) Date(IReadOnlyList<Timex> timexes, Model.Span clause, Model.Span sentence, DateOnly? published)
    {
        var found = First(timexes, clause) ?? First(timexes, sentence);
        if (found is { } timex && Precision(timex.Precision) is { } precision)
        {
            var length = precision switch { "day" => 10, "month" => 7, _ => 4 };
            return (timex.Value[..Math.Min(length, timex.Value.Length)], precision, true);
        }

        return published is { } date
            ? (date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "day", false)
            : ("", "unresolved", false);
    }

    private static Timex? First(IReadOnlyList<Timex> timexes, Model.Span span)
    {
        foreach (var timex in timexes)
        {
            if (timex.Start >= span.End)
            {
                break;
            }

            if (timex.Start >= span.Start && timex.End <= span.End && timex.Resolved
                && timex.Type is TimexType.Date or TimexType.Time && timex.Value.Length >= 4 && char.IsDigit(timex.Value[0]))
            {
                return timex;
            }
        }

        return null;
    }

    private static string? Precision(TimexPrecision precision) => precision switch
    {
        TimexPrecision.Day or TimexPrecision.PartOfDay or TimexPrecision.Minute => "day",
        TimexPrecision.Month => "month",
        TimexPrecision.Year or TimexPrecision.Half or TimexPrecision.Season or TimexPrecision.Quarter => "year",
        _ => null,
    };
}
