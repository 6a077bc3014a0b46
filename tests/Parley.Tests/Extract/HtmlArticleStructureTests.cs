using Parley.Extract;
using Xunit;

namespace Parley.Tests.Extract;

/// <summary>Structural rules of the cascade: what page structure keeps or drops, whatever the site.</summary>
public sealed class HtmlArticleStructureTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    private const string Prose =
        "<p>The talks in Geneva ended on Tuesday without an agreement on the ceasefire, the delegations said, and both sides blamed each other.</p>"
        + "<p>Mediators said they would return next week with a new draft, which both capitals have promised to study before the deadline.</p>";

    [Fact]
    public void Table_rows_are_kept_whatever_their_class_says()
    {
        var html = "<html><body><article>" + Prose
            + "<table><tr class='player-2020-1'><td>1</td><td>Kyle Example</td><td>5040</td></tr>"
            + "<tr class='player-2020-2'><td>2</td><td>Martin Sample</td><td>5035</td></tr></table></article></body></html>";

        var article = Extractor.Extract(html);

        Assert.Contains("Kyle Example", article.Text);
        Assert.Contains("Martin Sample", article.Text);
    }

    [Fact]
    public void An_embedded_post_in_a_social_embed_wrapper_is_kept()
    {
        var html = "<html><body><article>" + Prose
            + "<div class='social-media-embed'><blockquote class='twitter-tweet'><p>We are on it, the governor wrote.</p></blockquote></div>"
            + "<div class='social-share'><a href='#'>Share on Facebook</a></div></article></body></html>";

        var article = Extractor.Extract(html);

        Assert.Contains("We are on it, the governor wrote.", article.Text);
        Assert.DoesNotContain("Share on Facebook", article.Text);
    }

    [Fact]
    public void An_article_holding_several_articles_is_a_list_not_the_body()
    {
        const string story = "<p>Only those who love themselves can find true love, and that takes courage, patience and a great deal of honesty with oneself.</p>"
            + "<p>We ask others to fill the hole we dug ourselves, and then we wonder why every new relationship ends the way the last one did.</p>"
            + "<p>We want to be loved without loving ourselves, understood without understanding ourselves, supported while we abandon ourselves.</p>"
            + "<p>The emptiness inside turns into a search for new partners, and the frustrating results repeat themselves, one after another.</p>"
            + "<p>Each of us is the only one responsible for our own needs, and only those who accept it can meet a love that is real.</p>";
        const string teaser = "<article><p>A different post about optimism and courage, long enough to look like prose, with commas, clauses, and more words; "
            + "it goes on for a while, as teasers of related posts do, so that together they outweigh the story.</p></article>";
        var html = "<html><body><article>" + story + "</article>"
            + "<article><h3>You may also like</h3>" + teaser + teaser + teaser + teaser + "</article></body></html>";

        var article = Extractor.Extract(html);

        Assert.Contains("Only those who love themselves can find true love", article.Text);
        Assert.DoesNotContain("optimism and courage", article.Text);
    }

    [Fact]
    public void Header_dates_and_captions_named_in_class_stay_out_of_the_body()
    {
        var html = "<html><body><article><header><h3>A standfirst that sums the story up in one line.</h3>"
            + "<span itemprop='datePublished'>Tue, Nov 19, 2019</span></header>" + Prose
            + "<div class='photo'><img src='a.jpg'><span class='newsCaption'>Delegates leave the hall (Image: AGENCY)</span></div>"
            + "</article></body></html>";

        var article = Extractor.Extract(html);

        Assert.DoesNotContain("standfirst", article.Text);
        Assert.DoesNotContain("Nov 19", article.Text);
        Assert.DoesNotContain("Delegates leave the hall", article.Text);
        Assert.Contains(article.Captions, c => c.Text.Contains("Delegates leave the hall", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("1970-01-01T00:00:00Z")]
    public void An_unset_publication_date_in_the_page_data_gives_way_to_the_next_source(string placeholder)
    {
        var html = "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": \"" + placeholder + "\"}</script></head>"
            + "<body><article><time datetime='2019-11-19T08:00:00-05:00'>Nov 19</time>" + Prose + "</article></body></html>";

        var article = Extractor.Extract(html);

        Assert.Equal(new DateOnly(2019, 11, 19), article.Published);
    }
}
