using System.IO.Compression;
using System.Text.Json;

namespace Parley.Read;

/// <summary>
/// Reads a JSON Lines file, one article per line: <c>text</c> or <c>html</c>, and optionally
/// <c>title</c>, <c>url</c>, <c>published</c>, <c>source</c>, <c>id</c>, <c>authors</c>,
/// <c>language</c>. A bad line is reported with its number and the reading goes on.
/// </summary>
internal sealed class JsonLinesReader(ReadOptions options)
{
    public IEnumerable<ReadItem> Read(string path, Stream stream)
    {
        using (stream)
        {
            var lines = new BoundedLineReader(stream, options.MaxArticleBytes).ReadLines();
            using var enumerator = lines.GetEnumerator();
            while (true)
            {
                ReadItem? item;
                bool more;
                try
                {
                    more = enumerator.MoveNext();
                    item = more ? ReadLine(path, enumerator.Current) : null;
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    more = false;
                    item = new InputProblem(path, null, $"reading stopped: {InputFiles.Describe(e)}");
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

    private ReadItem? ReadLine(string path, BoundedLineReader.Line line)
    {
        if (line.TooLong)
        {
            return new InputProblem(path, line.Number, $"line of {ArticleReader.Megabytes(line.Length)} is longer than {ArticleReader.Megabytes(options.MaxArticleBytes)}, the limit for one article (--max-size)");
        }

        var bytes = line.Bytes.Span.TrimEnd((byte)'\r');
        if (bytes.IsEmpty || bytes.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            return new InputProblem(path, line.Number, decoded.Error!);
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(decoded.Text);
        }
        catch (JsonException e)
        {
            var truncated = !line.Terminated ? "truncated (the file ends mid-record): " : string.Empty;
            return new InputProblem(path, line.Number, $"{truncated}malformed JSON at byte {e.BytePositionInLine}: {FirstSentence(e.Message)}");
        }

        using (json)
        {
            return ToCandidate(path, line.Number, json.RootElement, decoded);
        }
    }

    private static ReadItem ToCandidate(string path, int number, JsonElement record, DecodedText decoded)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return new InputProblem(path, number, $"expected a JSON object, found {record.ValueKind.ToString().ToLowerInvariant()}");
        }

        var text = JsonFields.String(record, "text");
        var html = JsonFields.String(record, "html");
        if (text is null && html is null)
        {
            return new InputProblem(path, number, "has neither a \"text\" nor an \"html\" string field");
        }

        var content = text ?? html!;
        if (content.AsSpan().IsWhiteSpace())
        {
            return new InputProblem(path, number, $"the \"{(text is null ? "html" : "text")}\" field is empty");
        }

        var published = JsonFields.String(record, "published");
        var date = DateParsing.ParseDate(published);
        var warnings = decoded.Warnings.ToList();
        if (published is not null && date is null)
        {
            warnings.Add($"\"published\" is '{published}', not a publication date; ignored");
        }

        return new ArticleCandidate(path, number, text is null ? ArticleFormat.Html : ArticleFormat.Text, content)
        {
            Title = JsonFields.String(record, "title"),
            Url = JsonFields.String(record, "url"),
            Published = date,
            Source = JsonFields.String(record, "source"),
            Authors = JsonFields.StringList(record, "authors"),
            Language = JsonFields.String(record, "language"),
            ExternalId = JsonFields.String(record, "id"),
            Warnings = warnings,
            ByteCount = decoded.Text!.Length,
        };
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..(cut + 1)] : message;
    }
}
