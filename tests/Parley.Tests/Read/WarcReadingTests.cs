using System.IO.Compression;
using System.Text;
using Parley.Read;

namespace Parley.Tests.Read;

public sealed class WarcReadingTests
{
    private const string Article = "<html><head><title>Envoys meet</title></head><body><article><h1>Envoys meet in Geneva</h1>"
        + "<p>Envoys of the two countries met in Geneva on Monday to discuss a ceasefire along the border, officials said.</p>"
        + "<p>The talks will continue next week, a spokesman for the foreign ministry told reporters after the meeting.</p></article></body></html>";

    private static string Record(string type, string uri, string? http, string body)
    {
        var block = http is null ? body : http + "\r\n\r\n" + body;
        var length = Encoding.UTF8.GetByteCount(block);
        var contentType = http is null ? "application/warc-fields" : "application/http; msgtype=response";
        return $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2026-03-10T12:00:00Z\r\nContent-Type: {contentType}\r\nContent-Length: {length}\r\n\r\n{block}\r\n\r\n";
    }

    private static string Crawl() =>
        Record("warcinfo", "", null, "software: test\r\n")
        + Record("response", "https://news.example/world/envoys", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8", Article)
        + Record("response", "https://news.example/missing", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html", "<p>not found</p>")
        + Record("response", "https://news.example/logo.png", "HTTP/1.1 200 OK\r\nContent-Type: image/png", "PNG")
        + Record("request", "https://news.example/world/envoys", null, "GET / HTTP/1.1\r\n");

    [Fact]
    public void Html_responses_become_articles_with_their_url_and_the_rest_is_skipped()
    {
        using var folder = new TempFolder();
        var path = folder.Write("crawl.warc", Crawl());
        var items = new ArticleReader(new ReadOptions()).Read(new InputFile(path)).ToList();
        var article = Assert.IsType<ArticleCandidate>(Assert.Single(items));
        Assert.Equal(("https://news.example/world/envoys", ArticleFormat.Html, 2), (article.Url, article.Format, article.Line!.Value));
        Assert.Null(article.Published);
    }

    [Fact]
    public void A_gzip_compressed_crawl_is_read_and_a_cut_one_reports_where_it_stopped()
    {
        using var folder = new TempFolder();
        var path = folder.File("crawl.warc.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Crawl()));
        }

        Assert.Single(new ArticleReader(new ReadOptions()).Read(new InputFile(path)).OfType<ArticleCandidate>());

        var cut = folder.Write("cut.warc", Crawl()[..400]);
        var problem = Assert.IsType<InputProblem>(Assert.Single(new ArticleReader(new ReadOptions()).Read(new InputFile(cut))));
        Assert.Contains("ends inside a record", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_warc_says_so()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.warc", "hello world\n");
        var problem = Assert.IsType<InputProblem>(Assert.Single(new ArticleReader(new ReadOptions()).Read(new InputFile(path))));
        Assert.StartsWith("not a WARC record", problem.Reason, StringComparison.Ordinal);
    }
}
