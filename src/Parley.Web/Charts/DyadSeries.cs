using System.Globalization;
using System.Text.Json.Nodes;
using Parley.Store;

namespace Parley.Web.Charts;

/// <summary>
/// Events between two actors counted per time bucket and quad class (1 verbal cooperation,
/// 2 material cooperation, 3 verbal conflict, 4 material conflict), with the mean Goldstein score
/// per bucket. Events whose date is a month or year fall in the bucket of its first day.
/// </summary>
public sealed record DyadSeries(string Bucket, IReadOnlyList<DyadPoint> Points)
{
    public static readonly string[] Buckets = ["day", "week", "month"];

    /// <summary>Events drawn per dyad; a larger series would not be readable as bars anyway.</summary>
    public const int MaxEvents = 5000;

    /// <summary>The series of the stored events between actors <paramref name="a"/> and <paramref name="b"/> (codes or code prefixes, in either direction).</summary>
    public static DyadSeries Between(LayerQueries layers, string a, string b, string bucket) =>
        From(layers.Events(new EventFilter { Dyad = (a.ToUpperInvariant(), b.ToUpperInvariant()) }, MaxEvents), bucket);

    public static DyadSeries From(IEnumerable<JsonObject> events, string bucket)
    {
        var points = events
            .Select(e => (Key: KeyOf(e["event_date"]?.ToString(), bucket), Quad: (int?)e["quad_class"] ?? 0, Goldstein: (double?)e["goldstein"] ?? 0, Event: e))
            .Where(e => e.Key is not null && e.Quad is >= 1 and <= 4)
            .GroupBy(e => e.Key!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DyadPoint(
                g.Key,
                [.. Enumerable.Range(1, 4).Select(q => g.Count(e => e.Quad == q))],
                Math.Round(g.Average(e => e.Goldstein), 2),
                [.. g.Select(e => e.Event)]))
            .ToArray();
        return new DyadSeries(bucket, points);
    }

    /// <summary>The bucket an ISO date (or period "2018-06", "2018") falls in, or null when it has no date.</summary>
    public static string? KeyOf(string? date, string bucket)
    {
        if (string.IsNullOrEmpty(date) || date.Length < 4 || !char.IsDigit(date[0]))
        {
            return null;
        }

        var padded = date.Length switch
        {
            4 => date + "-01-01",
            7 => date + "-01",
            _ => date[..Math.Min(10, date.Length)],
        };
        if (!DateOnly.TryParseExact(padded, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        return bucket switch
        {
            "day" => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "week" => $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}",
            _ => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
    }
}
