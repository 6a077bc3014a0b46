using System.Globalization;

namespace Parley.Time;

/// <summary>Spelling of TimeML TIMEX3 values.</summary>
internal static class TimexValues
{
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{Year(year)}-{month:00}";

    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{Year(ISOWeek.GetYear(dt))}-W{ISOWeek.GetWeekOfYear(dt):00}";
    }

    /// <summary>ISO day of week, Monday = 1 … Sunday = 7.</summary>
    public static int IsoDayOfWeek(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;

    public static string WithTime(string date, int? hour, int? minute, string? partOfDay)
    {
        if (hour is { } h)
        {
            return $"{date}T{h:00}:{minute ?? 0:00}";
        }

        return partOfDay is null ? date : $"{date}T{partOfDay}";
    }

    /// <summary>"P3D", "PT2H", "P2.5D", "P2Y6M", "PXY"; decades and centuries as years, as TimeBank writes them.</summary>
    public static string Duration(double amount, string unit)
    {
        if (double.IsNaN(amount))
        {
            return unit switch
            {
                "H" => "PTXH",
                "MIN" => "PTXM",
                "S" => "PTXS",
                "DE" => "PXDE",
                "CE" => "PXCE",
                "WE" or "W2" => "PXW",
                _ => "PX" + unit,
            };
        }

        var (scaled, code, timePart) = unit switch
        {
            "H" => (amount, "H", true),
            "MIN" => (amount, "M", true),
            "S" => (amount, "S", true),
            "DE" => (amount * 10, "Y", false),
            "CE" => (amount * 100, "Y", false),
            "W2" => (amount * 2, "W", false),
            "WE" => (amount * 2, "D", false),
            "Q" => (amount * 3, "M", false),
            _ => (amount, unit, false),
        };

        var whole = Math.Floor(scaled);
        var fraction = scaled - whole;
        var prefix = timePart ? "PT" : "P";
        if (fraction == 0)
        {
            return $"{prefix}{whole.ToString(CultureInfo.InvariantCulture)}{code}";
        }

        // Halves as the next smaller unit where one exists: "2 1/2 years" = P2Y6M, "an hour and a half" = PT1H30M.
        var smaller = code switch
        {
            "Y" when !timePart => ("M", 12),
            "D" when !timePart => ("H", 24),
            "H" => ("M", 60),
            "M" when timePart => ("S", 60),
            _ => (string.Empty, 0),
        };
        if (smaller.Item2 > 0 && Math.Abs((fraction * smaller.Item2) - Math.Round(fraction * smaller.Item2)) < 1e-9)
        {
            var part = (int)Math.Round(fraction * smaller.Item2);
            var wholeText = whole > 0 ? $"{whole.ToString(CultureInfo.InvariantCulture)}{code}" : string.Empty;
            return code == "D" ? $"P{wholeText}T{part}H" : $"{prefix}{wholeText}{part}{smaller.Item1}";
        }

        return $"{prefix}{scaled.ToString(CultureInfo.InvariantCulture)}{code}";
    }
}
