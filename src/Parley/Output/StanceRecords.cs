using System.Text.Json;
using System.Text.Json.Nodes;

namespace Parley.Output;

/// <summary>The output contract's <c>kind: "stance"</c> records, built from a document's stored <c>stances</c> layer.</summary>
public static class StanceRecords
{
    public static IEnumerable<JsonObject> FromStoredLayer(JsonElement layer)
    {
        foreach (var stance in layer.EnumerateArray())
        {
            var record = new JsonObject { ["schema"] = Records.Schema, ["kind"] = "stance" };
            foreach (var property in stance.EnumerateObject())
            {
                if (property.Name is not ("start" or "end"))
                {
                    record[property.Name] = JsonNode.Parse(property.Value.GetRawText());
                }
            }

            yield return record;
        }
    }

    /// <summary>Whether a record is about an issue matching <paramref name="issue"/> ("sanctions", "sanctions:PRK") and an actor whose code starts with <paramref name="actor"/>.</summary>
    public static bool Matches(JsonObject record, string? issue, string? actor) =>
        (issue is null || (record["issue"]?.GetValue<string>() ?? "").Contains(issue, StringComparison.OrdinalIgnoreCase))
        && (actor is null || (record["actor"]?["code"]?.GetValue<string>() ?? "").StartsWith(actor, StringComparison.OrdinalIgnoreCase));
}
