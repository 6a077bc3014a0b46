using System.Text.Json;
using Parley.Extract;
using Xunit;

namespace Parley.Tests.Extract;

/// <summary>Hand-written pages (golden/NAME.input.txt) against their expected extraction (golden/NAME.expected.json).</summary>
public sealed class HtmlArticleExtractorGoldenTests
{
    public static TheoryData<string> Cases() =>
    [
        "article-with-furniture", "figure-with-caption", "no-article", "malformed", "metadata-jsonld", "metadata-time-url",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extracts_as_expected(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Extract", "golden");
        var html = File.ReadAllText(Path.Combine(folder, name + ".input.txt"));
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, name + ".expected.json")));
        var e = expected.RootElement;

        var article = new HtmlArticleExtractor().Extract(html);

        Assert.Equal(e.GetProperty("text").GetString(), article.Text);
        Assert.Equal(e.GetProperty("title").GetString(), article.Title);
        Assert.Equal(e.GetProperty("published").GetString(), article.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(e.GetProperty("authors").EnumerateArray().Select(a => a.GetString()!).ToList(), article.Authors);
        Assert.Equal(e.GetProperty("siteName").GetString(), article.SiteName);
        Assert.Equal(e.GetProperty("canonicalUrl").GetString(), article.CanonicalUrl);
        Assert.Equal(
            e.GetProperty("captions").EnumerateArray().Select(c => (c.GetProperty("text").GetString(), c.GetProperty("credit").GetString())).ToList(),
            article.Captions.Select(c => ((string?)c.Text, c.Credit)).ToList());
        Assert.Equal(e.GetProperty("problem").GetString(), article.Problem);
    }
}
