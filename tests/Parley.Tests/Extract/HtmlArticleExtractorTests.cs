using System.Text;
using Parley.Extract;
using Xunit;

namespace Parley.Tests.Extract;

public sealed class HtmlArticleExtractorTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    [Theory]
    [InlineData(null, "empty page")]
    [InlineData("", "empty page")]
    [InlineData("   \n ", "empty page")]
    [InlineData("Just a line of plain text, no markup at all.", "not HTML")]
    [InlineData("\0\u0001PK binary", "not HTML")]
    [InlineData("<html><head><title>t</title></head></html>", "no article content found")]
    public void Bad_input_gives_empty_text_and_a_reason(string? input, string reason)
    {
        var article = Extractor.Extract(input);

        Assert.Equal("", article.Text);
        Assert.StartsWith(reason, article.Problem);
    }

    [Fact]
    public void A_huge_page_is_refused_with_a_reason()
    {
        var builder = new StringBuilder("<html><body>", 50 * 1024 * 1024 + 100);
        while (builder.Length < 50 * 1024 * 1024)
        {
            builder.Append("<p>Filler paragraph text that repeats for a long time.</p>");
        }

        var article = Extractor.Extract(builder.ToString());

        Assert.Equal("", article.Text);
        Assert.StartsWith("page too large", article.Problem);
    }

    [Fact]
    public void Offsets_map_clean_text_back_to_the_html()
    {
        const string html = "<html><body><article><p>First paragraph of the story, long enough to count as prose for the extractor and more.</p>"
            + "<p>Second paragraph &amp; more words, so the body passes the minimum length of an article easily.</p>"
            + "<p>Third paragraph with yet more words to be sure the body is long enough to be trusted here.</p></article></body></html>";

        var article = Extractor.Extract(html);

        Assert.Null(article.Problem);
        var second = article.Text.IndexOf("Second", StringComparison.Ordinal);
        Assert.Equal(html.IndexOf("Second", StringComparison.Ordinal), article.OffsetMap.ToSource(second));
        var word = article.Text.IndexOf("paragraph of", StringComparison.Ordinal);
        Assert.Equal(html.IndexOf("paragraph of", StringComparison.Ordinal), article.OffsetMap.ToSource(word));
    }

    [Fact]
    public void Removed_furniture_is_reported()
    {
        const string html = "<html><body><div class='share-tools'><a href='#'>Share</a></div><article>"
            + "<p>A paragraph of real article text that is long enough to be kept, describing the events of the day in detail.</p>"
            + "<p>A second paragraph of real article text, with enough words that the body passes the minimum length.</p>"
            + "</article></body></html>";

        var article = Extractor.Extract(html);

        Assert.Contains(article.PrunedElements, b => b.Tag == "div" && b.Cue == "share");
        Assert.DoesNotContain("Share", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.com/2019/04/11/story", "2019-04-11")]
    [InlineData("https://example.com/news/2019-04-11-story", "2019-04-11")]
    [InlineData("https://example.com/20190411/story", "2019-04-11")]
    [InlineData("https://example.com/2019/13/40/story", null)]
    [InlineData("https://example.com/story-12345", null)]
    public void Dates_are_read_from_urls(string url, string? expected)
    {
        Assert.Equal(expected, PageMetadataReader.DateFromUrl(url)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Talks resume | Example News", "Example News", "Talks resume")]
    [InlineData("Example News - Talks resume in Geneva", "Example News", "Talks resume in Geneva")]
    [InlineData("Talks resume - and stall", null, "Talks resume - and stall")]
    public void Site_names_are_removed_from_titles(string title, string? site, string expected)
    {
        Assert.Equal(expected, PageMetadataReader.RemoveSiteName(title, site));
    }
}
