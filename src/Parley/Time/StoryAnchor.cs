using System.Globalization;

namespace Parley.Time;

/// <summary>
/// The last calendar date a text named, with how precisely it named it. Anaphoric expressions
/// ("the following month", "the previous Friday") count from it rather than from the reference
/// date: "In March … The following month" is April.
/// </summary>
internal sealed class StoryAnchor
{
    private DateOnly date;
    private TimexPrecision precision = TimexPrecision.None;

    /// <summary>Takes the value of a resolved date or time ("1995", "1989-03", "1989-10-27T17:00") as the latest one named.</summary>
    public void Note(NormalizedValue n)
    {
        if (!n.Resolved || n.Type is not (TimexType.Date or TimexType.Time))
        {
            return;
        }

        var v = n.Value.AsSpan();
        if (v.Length < 4 || !int.TryParse(v[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return;
        }

        if (v.Length == 4)
        {
            (date, precision) = (new DateOnly(year, 1, 1), TimexPrecision.Year);
            return;
        }

        if (v.Length < 7 || v[4] != '-' || !int.TryParse(v[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return; // quarters, weeks, seasons: no single month to count from
        }

        if (v.Length >= 10 && v[7] == '-' && int.TryParse(v[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            (date, precision) = (new DateOnly(year, month, day), TimexPrecision.Day);
            return;
        }

        (date, precision) = (new DateOnly(year, month, 1), TimexPrecision.Month);
    }

    /// <summary>The date to count from when at least <paramref name="needed"/> is known, else null.</summary>
    public DateOnly? At(TimexPrecision needed) => precision != TimexPrecision.None && precision >= needed ? date : null;
}
