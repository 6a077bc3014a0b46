using Parley.Extract;

namespace Parley.Tests.Read;

public sealed class PlainTextArticleTests
{
    [Fact]
    public void A_short_first_line_without_a_full_stop_is_the_headline()
    {
        var article = PlainTextArticle.Extract("Days before summit, leaders meet\n\nFirst paragraph.\n\nSecond paragraph.\n");
        Assert.Equal("Days before summit, leaders meet", article.Title);
        Assert.Equal("First paragraph.\n\nSecond paragraph.", article.Text);
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_is_body_text()
    {
        var article = PlainTextArticle.Extract("The minister met his counterpart on Monday.\nThey spoke for an hour.");
        Assert.Null(article.Title);
        Assert.Equal("The minister met his counterpart on Monday.\n\nThey spoke for an hour.", article.Text);
    }

    [Fact]
    public void A_lone_line_is_never_taken_as_a_headline_with_no_body() =>
        Assert.Null(PlainTextArticle.Extract("Only a headline").Title);

    [Fact]
    public void Line_ends_and_trailing_space_are_normalized()
    {
        var article = PlainTextArticle.Extract("Para one  \r\n\r\n\r\n\tPara two\r\n", detectTitle: false);
        Assert.Equal("Para one\n\nPara two", article.Text);
    }
}
