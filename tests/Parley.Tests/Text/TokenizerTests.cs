using FsCheck.Xunit;
using Parley.Text;

namespace Parley.Tests.Text;

public sealed class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new();

    private static string[] Tokens(string text) => [.. Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End])];

    [Theory]
    [InlineData("the U.S. and the U.N. met", "the|U.S.|and|the|U.N.|met")]
    [InlineData("on Feb. 27-28 in Hanoi", "on|Feb.|27-28|in|Hanoi")]
    [InlineData("Gov. Jerry Brown Jr. said", "Gov.|Jerry|Brown|Jr.|said")]
    [InlineData("Donald J. Trump", "Donald|J.|Trump")]
    [InlineData("₹2,700 or $3.5 billion, 5%", "₹|2,700|or|$|3.5|billion|,|5|%")]
    [InlineData("the 1950-53 Korean War", "the|1950-53|Korean|War")]
    [InlineData("Trump's deal didn't hold; they'll see", "Trump|'s|deal|did|n't|hold|;|they|'ll|see")]
    [InlineData("Trump’s “self-reliance”", "Trump|’s|“|self-reliance|”")]
    [InlineData("Moon Jae-in and O'Brien in Côte d'Ivoire", "Moon|Jae-in|and|O'Brien|in|Côte|d'Ivoire")]
    [InlineData("at 3 p.m. Wait...", "at|3|p.m.|Wait|...")]
    [InlineData("see https://example.org/a?b=1, or mail@example.org.", "see|https://example.org/a?b=1|,|or|mail@example.org|.")]
    [InlineData("U.S.-led sanctions", "U.S.|-|led|sanctions")]
    [InlineData("the SPLM/A and US/UK forces in Israel/Palestine, 24/7", "the|SPLM/A|and|US|/|UK|forces|in|Israel|/|Palestine|,|24/7")]
    public void News_conventions_are_tokenized(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Property]
    public bool Tokens_are_ordered_within_the_text_and_never_contain_white_space(string? input)
    {
        var text = input ?? string.Empty;
        var previous = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Start < previous || token.End > text.Length || token.Span.Length == 0 || token.In(text).ContainsAny([' ', '\n', '\t']))
            {
                return false;
            }

            previous = token.End;
        }

        return true;
    }
}
