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
    public static PreparedDocument From(AnnotatedDocument annotated) => new(
        annotated.Document,
        [.. annotated.Layers.Stored.Select(pair => (pair.Key, LayerJson.Serialize(pair.Value)))],
        annotated.Document.Raw is { } raw ? Compress(raw.Content) : null);

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
