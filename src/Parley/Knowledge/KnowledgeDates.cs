using System.Globalization;

namespace Parley.Knowledge;

/// <summary>
/// Reads the dates of knowledge files, which may give only a month or a year ("2019-01", "2014").
/// A partial start is the first day of its period; a partial end is the day after its period,
/// so a role "2019-01 to 2019-04" is held on every day of April.
/// </summary>
internal static class KnowledgeDates
{
    public static DateOnly? Start(string text) => Parse(text, atEnd: false);

    public static DateOnly? End(string text) => Parse(text, atEnd: true);

    private static DateOnly? Parse(string text, bool atEnd)
    {
        var parts = text.Split('-');
        if (parts.Length == 0 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        var month = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        var day = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
        if (month is < 0 or > 12 || day < 0 || (day > 0 && (month == 0 || day > DateTime.DaysInMonth(year, month))))
        {
            return null;
        }

        if (day > 0)
        {
            return new DateOnly(year, month, day);
        }

        if (month > 0)
        {
            var first = new DateOnly(year, month, 1);
            return atEnd ? first.AddMonths(1) : first;
        }

        return atEnd ? new DateOnly(year + 1, 1, 1) : new DateOnly(year, 1, 1);
    }
}
