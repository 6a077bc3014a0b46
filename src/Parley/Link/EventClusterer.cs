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
/// </summary>
public sealed class EventClusterer
{
    /// <summary>Reports of one event a few days apart (wire copy dated by different time zones or days after).</summary>
    public const int DayWindow = 3;

    private readonly Dictionary<string, List<Member>> _byKey = new(StringComparer.Ordinal);

    private sealed record Member(string ClusterId, string Date, string? Place);

    /// <summary>Registers an already clustered event (from the store) so new mentions can join it.</summary>
    public void Remember(string clusterId, string? cameo, string? source, string? target, string? date, string? place)
    {
        if (Key(cameo, source, target) is { } key && date is not null)
        {
            Members(key).Add(new Member(clusterId, date, place));
        }
    }

    /// <summary>The document with each event's cluster id set to the real-world event it reports.</summary>
    public PreparedDocument Assign(PreparedDocument document)
    {
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
                var members = Members(key);
                var match = members.FirstOrDefault(m => SameTime(m.Date, date) && (m.Place is null || place is null || m.Place == place));
                if (match is not null)
                {
                    cluster = match.ClusterId;
                }

                members.Add(new Member(cluster!, date, place));
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

    private List<Member> Members(string key)
    {
        if (!_byKey.TryGetValue(key, out var members))
        {
            _byKey[key] = members = [];
        }

        return members;
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

    /// <summary>Two ISO dates or periods that can name the same event.</summary>
    private static bool SameTime(string a, string b)
    {
        if (a.Length >= 10 && b.Length >= 10)
        {
            return DateOnly.TryParseExact(a[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var x)
                && DateOnly.TryParseExact(b[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var y)
                && Math.Abs(x.DayNumber - y.DayNumber) <= DayWindow;
        }

        var common = Math.Min(a.Length, b.Length);
        return common >= 4 && string.CompareOrdinal(a, 0, b, 0, common) == 0;
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
