using System.Text.Json;

namespace Parley.Evaluation;

/// <summary>
/// One PLOVER gold-standard record: a sentence, its PLOVER (0.5 draft) category and the codes of
/// its source and target actors (a joint act lists every party as a source and no target).
/// </summary>
public sealed record PloverGsrRecord(string Id, string Text, string Category, IReadOnlyList<string> Sources, IReadOnlyList<string> Targets)
{
    /// <summary>Reads the records of a PLOVER_GSR JSON file, skipping its documentation records.</summary>
    public static IReadOnlyList<PloverGsrRecord> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var records = new List<PloverGsrRecord>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var category = item.TryGetProperty("event", out var e) ? e.GetString() : null;
            if (category is null or "DOCUMENT" || !item.TryGetProperty("text", out var text))
            {
                continue;
            }

            records.Add(new PloverGsrRecord(item.GetProperty("id").GetString() ?? "", text.GetString() ?? "", category, Codes(item, "source"), Codes(item, "target")));
        }

        return records;
    }

    private static List<string> Codes(JsonElement item, string name)
    {
        var codes = new List<string>();
        if (item.TryGetProperty(name, out var actors) && actors.ValueKind == JsonValueKind.Array)
        {
            foreach (var actor in actors.EnumerateArray())
            {
                if (actor.ValueKind == JsonValueKind.Object && actor.TryGetProperty("code", out var code) && code.GetString() is { Length: > 0 } value)
                {
                    codes.Add(value);
                }
            }
        }

        return codes;
    }
}
