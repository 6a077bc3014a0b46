using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Parley.Model;

namespace Parley.Store;

/// <summary>
/// Writes annotation layers in the stand-off shape of the output contract: each annotation an
/// object whose first fields are <c>start</c> and <c>end</c> (half-open offsets into the clean
/// text), followed by its payload's fields in snake_case. The shape comes from a serializer
/// contract (the span is replaced by its two offsets), so a layer is written in one pass.
/// </summary>
public static class LayerJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { StartAndEndFirst } },
    };

    /// <summary>A layer as a JSON array string, as stored.</summary>
    public static string Serialize(IEnumerable<IAnnotation> annotations)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder }))
        {
            writer.WriteStartArray();
            foreach (var annotation in annotations)
            {
                JsonSerializer.Serialize(writer, annotation, annotation.GetType(), Options);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>For annotation types: drop the span (and any own start/end), put start and end first.</summary>
    private static void StartAndEndFirst(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || !typeof(IAnnotation).IsAssignableFrom(type.Type))
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => p.Name is "span" or "start" or "end").ToArray())
        {
            type.Properties.Remove(property);
        }

        var start = type.CreateJsonPropertyInfo(typeof(int), "start");
        start.Get = annotation => ((IAnnotation)annotation).Span.Start;
        var end = type.CreateJsonPropertyInfo(typeof(int), "end");
        end.Get = annotation => ((IAnnotation)annotation).Span.End;
        type.Properties.Insert(0, start);
        type.Properties.Insert(1, end);
    }
}
