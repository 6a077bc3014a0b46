using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Model;
using Parley.Store;

namespace Parley.Output;

/// <summary>
/// Builds the JSON Lines records of the output contract (schema "parley/1"). Field names are
/// stable: add fields freely, never rename or drop one without a new schema version.
/// </summary>
public static class Records
{
    public const string Schema = "parley/1";

    public static JsonObject Document(Document document, string? rejected = null)
    {
        var meta = document.Metadata;
        var captions = new JsonArray();
        foreach (var caption in meta.Captions)
        {
            captions.Add(new JsonObject { ["text"] = caption.Text, ["credit"] = caption.Credit });
        }

        return new JsonObject
        {
            ["schema"] = Schema,
            ["kind"] = "document",
            ["id"] = document.Id,
            ["source"] = meta.Source,
            ["url"] = meta.Url,
            ["title"] = meta.Title,
            ["published"] = meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["published_inferred"] = meta.PublishedInferred,
            ["authors"] = new JsonArray([.. meta.Authors.Select(a => (JsonNode)JsonValue.Create(a))]),
            ["language"] = meta.Language,
            ["text"] = document.Text,
            ["captions"] = captions,
            ["duplicate_of"] = document.DuplicateOf,
            ["rejected"] = rejected,
            ["origin"] = meta.Origin,
            ["credits"] = JsonSerializer.SerializeToNode(meta.Credits, LayerJson.Options),
        };
    }

    public static JsonObject SearchHit(SearchHit hit)
    {
        var record = Document(hit.Document);
        record["score"] = Math.Round(-hit.Score, 4);
        record["snippet"] = hit.PlainSnippet;
        return record;
    }

    /// <summary>
    /// A document with its layers: every annotation gets the <c>text</c> it covers, so a reader
    /// can check offsets without slicing.
    /// </summary>
    public static JsonObject AnnotatedDocument(Document document, IReadOnlyDictionary<string, JsonElement> layers)
    {
        var record = Document(document);
        record["kind"] = "annotated_document";
        record["removed"] = JsonSerializer.SerializeToNode(document.Removed, LayerJson.Options);
        foreach (var (name, layer) in layers)
        {
            var array = JsonNode.Parse(layer.GetRawText())!.AsArray();
            foreach (var annotation in array.OfType<JsonObject>())
            {
                if (annotation["start"]?.GetValue<int>() is { } start && annotation["end"]?.GetValue<int>() is { } end
                    && !annotation.ContainsKey("text") && end <= document.Text.Length)
                {
                    annotation["text"] = document.Text[start..end];
                }
            }

            record[name] = array;
        }

        return record;
    }

    /// <summary>A document just analyzed (not stored): its stored layers, the same shape as <c>show</c>.</summary>
    public static JsonObject AnnotatedDocument(Model.AnnotatedDocument annotated)
    {
        var layers = annotated.Layers.Stored.ToDictionary(
            pair => pair.Key,
            pair => Parse(LayerJson.Serialize(pair.Value)));
        return AnnotatedDocument(annotated.Document, new SortedDictionary<string, JsonElement>(layers, StringComparer.Ordinal));
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static string ToLine(JsonObject record) => record.ToJsonString(LayerJson.Options);
}
