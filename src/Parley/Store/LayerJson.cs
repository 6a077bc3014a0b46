using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Model;

namespace Parley.Store;

/// <summary>
/// Writes annotation layers in the stand-off shape of the output contract: each annotation an
/// object whose first fields are <c>start</c> and <c>end</c> (half-open offsets into the clean
/// text), followed by its payload's fields in snake_case.
/// </summary>
public static class LayerJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static JsonArray ToJson(IEnumerable<IAnnotation> annotations)
    {
        var array = new JsonArray();
        foreach (var annotation in annotations)
        {
            var node = new JsonObject
            {
                ["start"] = annotation.Span.Start,
                ["end"] = annotation.Span.End,
            };
            if (JsonSerializer.SerializeToNode(annotation, annotation.GetType(), Options) is JsonObject payload)
            {
                foreach (var (name, value) in payload.ToArray())
                {
                    if (name != "span")
                    {
                        payload.Remove(name);
                        node[name] = value;
                    }
                }
            }

            array.Add(node);
        }

        return array;
    }
}
