namespace Parley.Read;

/// <summary>Which files Parley reads, by name: the format and whether it is gzip-compressed.</summary>
public static class InputFormats
{
    public enum Container
    {
        OneArticle,
        JsonLines,
        Warc,
    }

    public sealed record FileKind(ArticleFormat Format, Container Container, bool Gzip);

    public static FileKind? Classify(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        var gzip = name.EndsWith(".gz", StringComparison.Ordinal);
        if (gzip)
        {
            name = name[..^3];
        }

        return Path.GetExtension(name) switch
        {
            ".txt" or ".text" => new FileKind(ArticleFormat.Text, Container.OneArticle, gzip),
            ".html" or ".htm" or ".xhtml" => new FileKind(ArticleFormat.Html, Container.OneArticle, gzip),
            ".jsonl" or ".ndjson" => new FileKind(ArticleFormat.Text, Container.JsonLines, gzip),
            ".warc" => new FileKind(ArticleFormat.Html, Container.Warc, gzip),
            _ => null,
        };
    }

    public const string Supported = ".txt, .html, .htm, .jsonl, .ndjson, .warc (each optionally .gz)";
}
