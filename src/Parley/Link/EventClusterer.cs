using System.Globalization;
using System.Text.Json.Nodes;
using Parley.Store;

namespace Parley.Link;

/// <summary>
/// Gives mentions of one real-world event, across sentences and documents, one cluster id: the
/// same kind of act (a meeting and an intent to meet are one family), the same two countries in
/// either order, compatible dates (days within <see cref="DayWindow"/>, or the same month or year
/// at coarser precision) and no conflicting place. The id is that of the cluster's first event (its document-level cluster), so
/// it is stable across runs. Single-threaded: it runs in the ingest writer, which sees every
/// document in order; it is primed with the store's recent events so later runs join old clusters.
/// Memory stays flat however long the run: an event whose period ended more than
/// <see cref="WindowDays"/> before the newest publication date seen is forgotten, and a report
/// that repeats a remembered one (same cluster, date and place) is not remembered twice.
/// </summary>
public sealed class EventClusterer
{
    /// <summary>Reports of one event a few days apart (wire copy dated by different time zones or days after).</summary>
    public const int DayWindow = 3;

    /// <summary>
    /// A year: news reports an event within days of it and comes back to it for months (trials,
    /// anniversaries of last year's summit); an event older than that before the newest article
    /// starts a cluster of its own.
    /// </summary>
    public const int DefaultWindowDays = 365;

    private readonly Dictionary<string, Members> _byKey = new(StringComparer.Ordinal);
    private readonly int? _windowDays;
    private int? _newest;
    private int _count;
    private int _sweptAt;

    /// <param name="windowDays">How long before the newest publication date events stay joinable; null keeps all.</param>
    public EventClusterer(int? windowDays = DefaultWindowDays) => _windowDays = windowDays;

    /// <summary>The window in days, or null when events are kept for the whole run.</summary>
    public int? WindowDays => _windowDays;

    /// <summary>Events remembered (for tests and measurements).</summary>
    public int Count => _count;

    private sealed record Member(string ClusterId, string Date, string? Place, int? Day, int End);

    private sealed class Members
    {
        public List<Member> List { get; } = [];

        public HashSet<(string, string, string?)> Seen { get; } = [];
    }

    /// <summary>Registers an already clustered event (from the store) so new mentions can join it.</summary>
    /// <param name="published">The publication date of its document, which moves the window.</param>
    public void Remember(string clusterId, string? cameo, string? source, string? target, string? date, string? place, DateOnly? published = null)
    {
        if (Key(cameo, source, target) is { } key && date is not null)
        {
            Add(key, clusterId, date, place);
        }

        Advance(published);
    }

    /// <summary>The document with each event's cluster id set to the real-world event it reports.</summary>
    public PreparedDocument Assign(PreparedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Advance(document.Document.Metadata.Published);
        if (document.Events.Count == 0)
        {
            return document;
        }

        var rows = new List<EventRow>(document.Events.Count);
        var changed = false;
        foreach (var row in document.Events)
        {
            var place = row.Place;
            var key = Key(row.Cameo, row.SourceCode, row.TargetCode);
            var cluster = row.ClusterId ?? row.Id;
            if (key is not null && row.EventDate is { } date)
            {
                if (_byKey.TryGetValue(key, out var members) && Parse(date) is var (day, _))
                {
                    foreach (var m in members.List)
                    {
                        if (SameTime(m, date, day) && (m.Place is null || place is null || m.Place == place))
                        {
                            cluster = m.ClusterId;
                            break;
                        }
                    }
                }

                Add(key, cluster!, date, place);
            }

            if (cluster == row.ClusterId)
            {
                rows.Add(row);
                continue;
            }

            changed = true;
            rows.Add(row with { ClusterId = cluster, Json = WithCluster(row.Json, cluster) });
        }

        if (!changed)
        {
            return document;
        }

        var layers = document.Layers.Select(l => l.Name == "events" ? (l.Name, WithClusters(l.Json, rows)) : l).ToArray();
        return document with { Events = rows, Layers = layers };
    }

    /// <summary>
    /// Remembers an event, unless it can never be matched (a date shorter than a year) or an
    /// earlier member with the same cluster, date and place would always be matched before it.
    /// </summary>
    private void Add(string key, string cluster, string date, string? place)
    {
        if (date.Length < 4)
        {
            return;
        }

        if (!_byKey.TryGetValue(key, out var members))
        {
            _byKey[key] = members = new Members();
        }

        if (members.Seen.Add((cluster, date, place)))
        {
            var (day, end) = Parse(date);
            members.List.Add(new Member(cluster, date, place, day, end));
            _count++;
        }
    }

    /// <summary>Moves the window to a newer publication date, forgetting what fell out of it now and then.</summary>
    private void Advance(DateOnly? published)
    {
        if (_windowDays is not { } window || published is not { } date || date.DayNumber <= (_newest ?? int.MinValue))
        {
            return;
        }

        _newest = date.DayNumber;

        // Sweeping costs a pass over the members: do it when they have grown by half since the last sweep.
        if (_count < Math.Max(64, _sweptAt + (_sweptAt / 2)))
        {
            return;
        }

        var cutoff = date.DayNumber - window;
        foreach (var (key, members) in _byKey.ToArray())
        {
            _count -= members.List.RemoveAll(m =>
            {
                var old = m.End < cutoff;
                if (old)
                {
                    members.Seen.Remove((m.ClusterId, m.Date, m.Place));
                }

                return old;
            });
            if (members.List.Count == 0)
            {
                _byKey.Remove(key);
            }
        }

        _sweptAt = _count;
    }

    /// <summary>Family and the two countries in a fixed order; null when the event has no target.</summary>
    private static string? Key(string? cameo, string? source, string? target)
    {
        if (cameo is null || source is null || target is null || source.Length < 3 || target.Length < 3)
        {
            return null;
        }

        var family = cameo.StartsWith("04", StringComparison.Ordinal) || cameo.StartsWith("036", StringComparison.Ordinal) ? "meet" : cameo[..Math.Min(2, cameo.Length)];
        var (a, b) = (source[..3], target[..3]);
        return string.CompareOrdinal(a, b) <= 0 ? $"{family}|{a}|{b}" : $"{family}|{b}|{a}";
    }

    /// <summary>Two ISO dates or periods that can name the same event; <paramref name="day"/> is <paramref name="b"/> parsed.</summary>
    private static bool SameTime(Member a, string b, int? day)
    {
        if (a.Date.Length >= 10 && b.Length >= 10)
        {
            return a.Day is { } x && day is { } y && Math.Abs(x - y) <= DayWindow;
        }

        var common = Math.Min(a.Date.Length, b.Length);
        return common >= 4 && string.CompareOrdinal(a.Date, 0, b, 0, common) == 0;
    }

    /// <summary>A date's day (when it is a full date) and the last day of its period, for the window.</summary>
    private static (int? Day, int End) Parse(string date)
    {
        if (date.Length >= 10)
        {
            return DateOnly.TryParseExact(date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? (day.DayNumber, day.DayNumber)
                : (null, int.MaxValue);
        }

        if (date.Length >= 7 && DateOnly.TryParseExact(date[..7], "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (null, month.AddMonths(1).DayNumber - 1);
        }

        return date.Length >= 4 && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and < 9999
            ? (null, new DateOnly(year, 12, 31).DayNumber)
            : (null, int.MaxValue);
    }

    private static string WithCluster(string json, string? cluster)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["cluster_id"] = cluster;
        return node.ToJsonString(LayerJson.Options);
    }

    private static string WithClusters(string layer, List<EventRow> rows)
    {
        var array = JsonNode.Parse(layer)!.AsArray();
        for (var i = 0; i < array.Count && i < rows.Count; i++)
        {
            array[i]!["cluster_id"] = rows[i].ClusterId;
        }

        return array.ToJsonString(LayerJson.Options);
    }
}
