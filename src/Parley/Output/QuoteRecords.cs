using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Model;

namespace Parley.Output;

/// <summary>
/// The output contract's <c>kind: "quote"</c> records, built from a document's stored
/// <c>quotes</c> layer. A quote's id is the document id and the quote's place in that layer
/// (ordered by offsets), so it is the same on every run over the same text.
/// </summary>
public static class QuoteRecords
{
    public static IEnumerable<JsonObject> FromStoredLayer(Document document, JsonElement layer)
    {
        var index = 0;
        foreach (var quote in layer.EnumerateArray())
        {
            var start = quote.GetProperty("start").GetInt32();
            var end = quote.GetProperty("end").GetInt32();
            yield return new JsonObject
            {
                ["schema"] = Records.Schema,
                ["kind"] = "quote",
                ["id"] = $"{document.Id}-q{index++}",
                ["doc_id"] = document.Id,
                ["sentence_index"] = Field(quote, "sentence_index"),
                ["char_start"] = start,
                ["char_end"] = end,
                ["text"] = end <= document.Text.Length ? document.Text[start..end] : null,
                ["direct"] = quote.TryGetProperty("direct", out var direct) && direct.GetBoolean(),
                ["speaker"] = Field(quote, "speaker"),
                ["speaker_text"] = Field(quote, "speaker_text"),
                ["speaker_entity"] = Field(quote, "speaker_entity"),
                ["verb"] = Field(quote, "verb"),
                ["via"] = Field(quote, "via"),
                ["via_text"] = Field(quote, "via_text"),
                ["date"] = document.Metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        }
    }

    /// <summary>Whether a quote record's speaker matches a user's search text (code, name or words as written).</summary>
    public static bool SpeakerMatches(JsonObject record, string search)
    {
        bool Has(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) && s.Contains(search, StringComparison.OrdinalIgnoreCase);
        var speaker = record["speaker"] as JsonObject;
        return Has(record["speaker_text"]) || Has(speaker?["code"]) || Has(speaker?["name"]);
    }

    private static JsonNode? Field(JsonElement quote, string name) =>
        quote.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? JsonNode.Parse(value.GetRawText()) : null;
}
