using System.IO.Compression;

namespace Parley.Read;

/// <summary>
/// Reads one input file into article candidates and problems. Never throws for bad input: every
/// failure becomes an <see cref="InputProblem"/> naming the file (and line) and what is wrong.
/// Memory is bounded by <see cref="ReadOptions.MaxArticleBytes"/> per article.
/// </summary>
public sealed class ArticleReader(ReadOptions options)
{
    private readonly JsonLinesReader _jsonLines = new(options);
    private readonly WarcReader _warc = new(options);

    public IEnumerable<ReadItem> Read(InputFile file)
    {
        var kind = InputFormats.Classify(file.Path);
        if (kind is null)
        {
            return [new InputProblem(file.Path, null, $"unsupported file type; Parley reads {InputFormats.Supported}")];
        }

        return kind.Container switch
        {
            InputFormats.Container.JsonLines => ReadContainer(file.Path, kind.Gzip, _jsonLines.Read),
            InputFormats.Container.Warc => ReadContainer(file.Path, kind.Gzip, _warc.Read),
            _ => [ReadSingle(file.Path, kind)],
        };
    }

    /// <summary>Opens a file of many articles and hands the stream to the reader of its container format.</summary>
    private static IEnumerable<ReadItem> ReadContainer(string path, bool gzip, Func<string, Stream, IEnumerable<ReadItem>> read)
    {
        Stream stream;
        try
        {
            stream = OpenStream(path, gzip);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputProblem(path, null, $"cannot open: {InputFiles.Describe(e)}")];
        }

        return read(path, stream);
    }

    private ReadItem ReadSingle(string path, InputFormats.FileKind kind)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (!kind.Gzip && length > options.MaxArticleBytes)
            {
                return new InputProblem(path, null, TooLarge(length));
            }

            using var stream = OpenStream(path, kind.Gzip);
            var read = ReadAtMost(stream, options.MaxArticleBytes);
            if (read is null)
            {
                return new InputProblem(path, null, $"decompresses to more than {Megabytes(options.MaxArticleBytes)}, the limit for one article (--max-size)");
            }

            if (kind.Gzip && read.Length == 0)
            {
                return new InputProblem(path, null, "gzip data holds nothing (truncated or corrupt)");
            }

            if (kind.Gzip && GzipTrailerSize(path) is { } expected && expected != (uint)read.Length)
            {
                return new InputProblem(path, null, $"gzip data is truncated or corrupt: it decompresses to {read.Length:N0} bytes, its trailer says {expected:N0}");
            }

            bytes = read;
        }
        catch (InvalidDataException e)
        {
            return new InputProblem(path, null, $"not valid gzip data: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputProblem(path, null, $"cannot read: {InputFiles.Describe(e)}");
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            return new InputProblem(path, null, decoded.Error!);
        }

        var sidecar = options.Sidecar?.Find(path);
        return new ArticleCandidate(path, null, kind.Format, decoded.Text)
        {
            Published = sidecar?.Published,
            Source = sidecar?.Source,
            Title = sidecar?.Title,
            Url = sidecar?.Url,
            Language = sidecar?.Language,
            Authors = sidecar?.Authors,
            Warnings = decoded.Warnings,
            ByteCount = bytes.Length,
        };
    }

    internal string TooLarge(long length) =>
        $"{Megabytes(length)} is larger than {Megabytes(options.MaxArticleBytes)}, the limit for one article (raise it with --max-size)";

    internal static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";

    /// <summary>
    /// The uncompressed size (mod 2^32) a gzip file records in its last four bytes. .NET's
    /// decompressor accepts a stream cut short without complaint; comparing sizes catches it.
    /// </summary>
    private static uint? GzipTrailerSize(string path)
    {
        using var file = File.OpenRead(path);
        if (file.Length < 18)
        {
            return null;
        }

        Span<byte> trailer = stackalloc byte[4];
        file.Seek(-4, SeekOrigin.End);
        file.ReadExactly(trailer);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
    }

    private static Stream OpenStream(string path, bool gzip)
    {
        Stream file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        return gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>Reads the whole stream, or returns null as soon as it is longer than <paramref name="limit"/>.</summary>
    private static byte[]? ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
