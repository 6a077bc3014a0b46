using System.Globalization;

namespace Parley.Read;

/// <summary>Reads publication dates as inputs write them: ISO dates, or ISO date-times whose date part is taken.</summary>
public static class DateParsing
{
    /// <summary>
    /// News was not published before this year; an earlier date in an input is an unset field
    /// ("0001-01-01T00:00:00Z" is the zero time of Go and .NET, "1899-12-30" of spreadsheets).
    /// </summary>
    private const int EarliestPublicationYear = 1800;

    /// <summary>The zero times of common systems (SQL Server, Unix): written by templates whose date field is unset.</summary>
    private static readonly DateOnly[] ZeroDates = [new(1900, 1, 1), new(1970, 1, 1)];

    /// <summary>The date of an input, or null when there is none or it is the placeholder of an unset field.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Publication(date);
        }

        // A timestamp keeps the calendar date the publisher wrote, not the date in UTC.
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var stamp)
            ? Publication(DateOnly.FromDateTime(stamp.DateTime))
            : null;
    }

    /// <summary>The date itself, or null when it is a placeholder no publisher meant.</summary>
    public static DateOnly? Publication(DateOnly date) =>
        date.Year < EarliestPublicationYear || Array.IndexOf(ZeroDates, date) >= 0 ? null : date;
}
