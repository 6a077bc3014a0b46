using System.IO.Compression;
using System.Text;
using Parley.Model;

namespace Parley.Store;

/// <summary>
/// A document ready to be written: its layers already serialized and its raw input already
/// compressed. Preparing is the costly part of writing, so ingest does it on the analysis threads
/// and leaves the single writer only the inserts.
/// </summary>
public sealed record PreparedDocument(Document Document, IReadOnlyList<(string Name, string Json)> Layers, byte[]? RawGzip)
{
    /// <summary>The events layer as indexed rows.</summary>
    public IReadOnlyList<EventRow> Events { get; init; } = [];

    /// <summary>The quotes layer as indexed rows.</summary>
    public IReadOnlyList<QuoteRow> Quotes { get; init; } = [];

    public static PreparedDocument From(AnnotatedDocument annotated)
    {
        var layers = annotated.Layers.Stored.Select(pair => (pair.Key, LayerJson.Serialize(pair.Value))).ToArray();
        var events = layers.FirstOrDefault(l => l.Key == "events").Item2;
        var quotes = layers.FirstOrDefault(l => l.Key == "quotes").Item2;
        return new PreparedDocument(annotated.Document, layers, annotated.Document.Raw is { } raw ? Compress(raw.Content) : null)
        {
            Events = events is null ? [] : EventRow.FromLayer(events),
            Quotes = quotes is null ? [] : QuoteRow.FromLayer(quotes),
        };
    }

    private static byte[] Compress(string content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }

        return buffer.ToArray();
    }
}
