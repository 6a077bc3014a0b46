using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Parley.Tests.Quotes;

public sealed class QuoteInvariantTests
{
    private static readonly string[] Pieces =
    [
        "Trump", "he", "Kim", "the", "ministry", "said", "told", "reporters", "added", "warned", "that", "according", "to",
        "sanctions", "talks", "in", "Hanoi", "\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", "countries'", ",", ".", ":", ";",
        "\n\n", "\n", "(", ")", "-", "Wednesday", "on", "stressed", "KCNA", "it", "and", "but",
    ];

    [Property(MaxTest = 300)]
    public Property Every_quote_and_speaker_lies_within_the_text_and_is_not_blank() =>
        Prop.ForAll(Gen.Elements(Pieces).ArrayOf().ToArbitrary(), pieces =>
        {
            var text = string.Join(' ', pieces);
            var quotes = QuoteTestDocuments.QuotesOf(text);
            return quotes.All(q =>
                q.Span.End <= text.Length && q.Span.Length > 0 && !char.IsWhiteSpace(text[q.Span.Start]) && !char.IsWhiteSpace(text[q.Span.End - 1])
                && (q.SpeakerSpan is not { } s || (s.End <= text.Length && s.Length > 0 && s.Slice(text) == q.SpeakerText))
                && (q.ViaSpan is not { } v || v.End <= text.Length));
        });

    [Fact]
    public void The_seed_quotes_lie_within_the_text_and_never_include_their_marks()
    {
        foreach (var seed in new[] { "000_c089a074e40e95b7.txt", "003_e7eb2515b5ec6a1b.txt" })
        {
            var document = QuoteTestDocuments.Seed(seed);
            foreach (var quote in QuoteTestDocuments.QuotesOf(document).Where(q => q.Direct))
            {
                var words = quote.Span.Slice(document.Text);
                Assert.False(Parley.Text.Tokenizer.IsQuote(words[0]) || words[^1] is '"' or '\u201D', words);
            }
        }
    }
}
