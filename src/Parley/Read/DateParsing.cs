using System.Globalization;

namespace Parley.Read;

/// <summary>Reads publication dates as inputs write them: ISO dates, or ISO date-times whose date part is taken.</summary>
public static class DateParsing
{
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // A timestamp keeps the calendar date the publisher wrote, not the date in UTC.
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var stamp)
            ? DateOnly.FromDateTime(stamp.DateTime)
            : null;
    }
}
