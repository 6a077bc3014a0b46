using System.Globalization;
using System.Text;

namespace Parley.Read;

/// <summary>
/// Reads the HTML pages of a WARC file (a web crawl): each <c>response</c> record whose HTTP status
/// is 200 and whose content is HTML becomes an article candidate with its target URI as the URL.
/// Records are read one at a time (bounded by <see cref="ReadOptions.MaxArticleBytes"/>), other
/// records are skipped, and a damaged record is reported with its number while reading goes on
/// where the file allows. The crawl date is not a publication date and is not used as one.
/// </summary>
internal sealed class WarcReader(ReadOptions options)
{
    /// <summary>WARC and HTTP header blocks are small; a longer line means the file is not WARC.</summary>
    private const int MaxHeaderLine = 64 * 1024;

    public IEnumerable<ReadItem> Read(string path, Stream stream)
    {
        using (stream)
        {
            var record = 0;
            while (true)
            {
                ReadItem? item;
                bool more;
                try
                {
                    (item, more) = ReadRecord(path, stream, ++record);
                }
                catch (EndOfStreamException)
                {
                    (item, more) = (new InputProblem(path, record, $"WARC record {record}: the file ends inside a record; reading stopped"), false);
                }
                catch (Exception e) when (e is IOException or InvalidDataException or FormatException)
                {
                    (item, more) = (new InputProblem(path, record, $"WARC record {record}: {e.Message}; reading stopped"), false);
                }

                if (item is not null)
                {
                    yield return item;
                }

                if (!more)
                {
                    yield break;
                }
            }
        }
    }

    private (ReadItem? Item, bool More) ReadRecord(string path, Stream stream, int number)
    {
        string? version;
        do
        {
            version = ReadLine(stream);
            if (version is null)
            {
                return (null, false);
            }
        }
        while (version.Length == 0);

        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
        {
            return (new InputProblem(path, number, $"not a WARC record (starts with '{Shorten(version)}'); reading stopped"), false);
        }

        var headers = ReadHeaders(stream);
        if (!long.TryParse(headers.GetValueOrDefault("content-length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return (new InputProblem(path, number, "WARC record without a valid Content-Length; reading stopped"), false);
        }

        var isHttpResponse = headers.GetValueOrDefault("warc-type") == "response"
            && (headers.GetValueOrDefault("content-type") ?? string.Empty).StartsWith("application/http", StringComparison.OrdinalIgnoreCase);
        if (!isHttpResponse || length > options.MaxArticleBytes)
        {
            Skip(stream, length);
            return (length > options.MaxArticleBytes && isHttpResponse
                ? new InputProblem(path, number, $"WARC record {number} of {ArticleReader.Megabytes(length)} is larger than the limit for one article (--max-size)")
                : null, true);
        }

        var block = new byte[length];
        stream.ReadExactly(block);
        return (ToCandidate(path, number, headers.GetValueOrDefault("warc-target-uri"), block), true);
    }

    private static ReadItem? ToCandidate(string path, int number, string? uri, byte[] block)
    {
        var split = block.AsSpan().IndexOf("\r\n\r\n"u8);
        if (split < 0)
        {
            return new InputProblem(path, number, "WARC response without an HTTP header block");
        }

        var head = Encoding.ASCII.GetString(block, 0, split).Split("\r\n");
        var status = head[0].Split(' ');
        var contentType = head.Skip(1).FirstOrDefault(h => h.StartsWith("content-type:", StringComparison.OrdinalIgnoreCase));
        if (status.Length < 2 || status[1] != "200" || contentType is null || !contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return null; // redirects, errors, images, scripts: not articles
        }

        var decoded = TextDecoder.Decode(block.AsSpan(split + 4));
        return decoded.Text is null
            ? new InputProblem(path, number, $"{uri}: {decoded.Error}")
            : new ArticleCandidate(path, number, ArticleFormat.Html, decoded.Text) { Url = uri, Warnings = decoded.Warnings, ByteCount = block.Length - split - 4 };
    }

    private static Dictionary<string, string> ReadHeaders(Stream stream)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (ReadLine(stream) is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return headers;
    }

    /// <summary>One CRLF- or LF-terminated ASCII line, or null at the end of the stream.</summary>
    private static string? ReadLine(Stream stream)
    {
        var line = new StringBuilder();
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            if (b == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            if (line.Length >= MaxHeaderLine)
            {
                throw new InvalidDataException("a header line is too long for WARC");
            }

            line.Append((char)b);
        }

        return line.Length == 0 ? null : line.ToString();
    }

    private static void Skip(Stream stream, long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0)
            {
                throw new EndOfStreamException();
            }

            length -= read;
        }
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
