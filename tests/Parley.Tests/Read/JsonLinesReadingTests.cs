using Parley.Read;

namespace Parley.Tests.Read;

public sealed class JsonLinesReadingTests
{
    private static List<ReadItem> Read(TempFolder folder, string content, ReadOptions? options = null)
    {
        var path = folder.Write("wire.jsonl", content);
        return [.. new ArticleReader(options ?? new ReadOptions()).Read(new InputFile(path))];
    }

    [Fact]
    public void Each_line_is_an_article_with_its_stated_metadata()
    {
        using var folder = new TempFolder();
        var items = Read(folder, """
            {"id": "w1", "title": "Talks resume", "text": "Envoys met on Monday.", "url": "https://example.org/a", "published": "2026-03-10", "source": "Wire", "authors": ["A. Writer"]}
            {"html": "<p>Second story.</p>", "published": "2026-03-11T09:30:00+09:00"}
            """);
        var first = Assert.IsType<ArticleCandidate>(items[0]);
        Assert.Equal((1, ArticleFormat.Text, "Talks resume", "w1"), (first.Line!.Value, first.Format, first.Title, first.ExternalId));
        Assert.Equal(new DateOnly(2026, 3, 10), first.Published);
        Assert.Equal(["A. Writer"], first.Authors!);
        var second = Assert.IsType<ArticleCandidate>(items[1]);
        Assert.Equal(ArticleFormat.Html, second.Format);
        Assert.Equal(new DateOnly(2026, 3, 11), second.Published);
    }

    [Fact]
    public void An_unset_publication_date_is_no_date_and_says_so()
    {
        using var folder = new TempFolder();
        var item = Assert.IsType<ArticleCandidate>(Assert.Single(Read(folder, """
            {"text": "Envoys met on Tuesday.", "published": "0001-01-01T00:00:00Z"}
            """)));
        Assert.Null(item.Published);
        Assert.Contains("\"published\" is '0001-01-01T00:00:00Z', not a publication date; ignored", item.Warnings);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_number_and_the_others_are_read()
    {
        using var folder = new TempFolder();
        var items = Read(folder, "{\"text\": \"one\"}\n{\"text\": \"two\",, }\n\n{\"text\": \"three\"}\n");
        Assert.Equal(3, items.Count);
        var problem = Assert.IsType<InputProblem>(items[1]);
        Assert.Equal(2, problem.Line);
        Assert.StartsWith("malformed JSON at byte", problem.Reason, StringComparison.Ordinal);
        Assert.Equal("three", Assert.IsType<ArticleCandidate>(items[2]).Content);
        Assert.Equal(4, items[2].Line);
    }

    [Fact]
    public void A_truncated_last_line_is_reported_as_truncated()
    {
        using var folder = new TempFolder();
        var items = Read(folder, "{\"text\": \"one\"}\n{\"text\": \"tw");
        var problem = Assert.IsType<InputProblem>(items[1]);
        Assert.StartsWith("truncated (the file ends mid-record)", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"title\": \"x\"}", "has neither a \"text\" nor an \"html\" string field")]
    [InlineData("{\"text\": \"  \"}", "the \"text\" field is empty")]
    [InlineData("[1, 2]", "expected a JSON object, found array")]
    public void A_line_without_an_article_says_what_is_missing(string line, string reason)
    {
        using var folder = new TempFolder();
        Assert.Equal(reason, Assert.IsType<InputProblem>(Assert.Single(Read(folder, line))).Reason);
    }

    [Fact]
    public void A_line_over_the_size_limit_is_skipped_without_holding_it_in_memory()
    {
        using var folder = new TempFolder();
        var huge = "{\"text\": \"" + new string('x', 300_000) + "\"}";
        var items = Read(folder, huge + "\n{\"text\": \"small\"}\n", new ReadOptions { MaxArticleBytes = 100_000 });
        Assert.Contains("longer than", Assert.IsType<InputProblem>(items[0]).Reason, StringComparison.Ordinal);
        Assert.Equal("small", Assert.IsType<ArticleCandidate>(items[1]).Content);
    }

    [Fact]
    public void Gzip_compressed_json_lines_are_read()
    {
        using var folder = new TempFolder();
        var path = folder.File("wire.jsonl.gz");
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write("{\"text\": \"compressed\"}\n"u8);
        }

        var item = Assert.Single(new ArticleReader(new ReadOptions()).Read(new InputFile(path)));
        Assert.Equal("compressed", Assert.IsType<ArticleCandidate>(item).Content);
    }
}
