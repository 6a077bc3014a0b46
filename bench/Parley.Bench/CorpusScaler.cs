using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Parley.Bench;

/// <summary>
/// Makes a larger corpus from a folder of plain-text articles: every article written N times into
/// one gzip-compressed JSON Lines file, each copy marked so its clean text (and so its id) differs.
/// Written as a stream, so the scaled corpus never sits in memory.
/// </summary>
internal static class CorpusScaler
{
    public static (string Path, int Articles, long Bytes) Write(IReadOnlyList<string> files, int copies, string outputFolder)
    {
        var path = System.IO.Path.Combine(outputFolder, $"corpus-x{copies}.jsonl.gz");
        var articles = 0;
        long bytes = 0;
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var writer = new Utf8JsonWriter(gzip);
        var newline = "\n"u8.ToArray();
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                var cut = text.IndexOf('\n', StringComparison.Ordinal);
                var title = cut > 0 ? text[..cut].Trim() : null;
                var body = cut > 0 ? text[(cut + 1)..] : text;
                writer.WriteStartObject();
                writer.WriteString("title", title);
                writer.WriteString("text", copies == 1 ? body : $"{body}\n\n(Copy {copy + 1}.)");
                writer.WriteString("source", "benchmark");
                writer.WriteEndObject();
                writer.Flush();
                gzip.Write(newline);
                writer.Reset();
                articles++;
                bytes += Encoding.UTF8.GetByteCount(body);
            }
        }

        return (path, articles, bytes);
    }
}
