using System.Text.Json;

namespace Parley.Store;

/// <summary>An event's indexed columns, taken from its stored JSON (see migration 0003).</summary>
public sealed record EventRow(
    string? Id, int Ordinal, string? SourceCode, string? TargetCode, string? Cameo, string? Plover,
    int? QuadClass, double? Goldstein, string? EventDate, string? Modality, string? ClusterId, string? Evidence, string Json,
    string? Place = null)
{
    public static IReadOnlyList<EventRow> FromLayer(string json)
    {
        using var document = JsonDocument.Parse(json);
        var rows = new List<EventRow>();
        var ordinal = 0;
        foreach (var e in document.RootElement.EnumerateArray())
        {
            rows.Add(new EventRow(
                Text(e, "id"), ordinal++, Code(e, "source"), Code(e, "target"), Text(e, "cameo"), Text(e, "plover"),
                e.TryGetProperty("quad_class", out var q) && q.ValueKind == JsonValueKind.Number ? q.GetInt32() : null,
                e.TryGetProperty("goldstein", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetDouble() : null,
                Text(e, "event_date"), Text(e, "modality"), Text(e, "cluster_id"), Text(e, "evidence"), e.GetRawText(),
                e.TryGetProperty("location", out var place) && place.ValueKind == JsonValueKind.Object ? Text(place, "name") : null));
        }

        return rows;
    }

    internal static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static string? Code(JsonElement element, string actor) =>
        element.TryGetProperty(actor, out var value) && value.ValueKind == JsonValueKind.Object ? Text(value, "code") : null;
}
