using Parley.Quotes;

namespace Parley.Tests.Quotes;

/// <summary>The quotes of SEEDS.md §4 on the two seed articles, with their speakers as written.</summary>
public sealed class SeedQuoteTests
{
    private const string Ap = "000_c089a074e40e95b7.txt";
    private const string Reuters = "003_e7eb2515b5ec6a1b.txt";
    private const string Kcna = "The Korean Central News Agency";

    /// <summary>Seed file, the quote's words ("…" stands for an elided middle), speaker text, medium.</summary>
    public static TheoryData<string, string, string, string?> Expected() => new()
    {
        { Ap, "We want sanctions to remain in place", "Trump", null },
        { Ap, "I think that sanctions right now are at a level that's a fair level.", "Trump", null },
        { Ap, "This isn't the right time.", "Trump", null },
        { Ap, "There are various smaller deals that maybe could happen", "Trump", null },
        { Ap, "You could work out step-by-step pieces, … get rid of the nuclear weapons.", "Trump", null },
        { Ap, "self-reliance", "Kim", Kcna },
        { Ap, "deal a telling blow to the hostile forces", "Kim", Kcna },
        { Ap, "go with bloodshot eyes miscalculating that sanctions can bring", "Kim", Kcna },
        { Ap, "to its knees.", "Kim", Kcna },
        { Ap, "massive increase in illegal ship-to-ship transfers of petroleum products and coal", "a UN panel of experts", null },
        { Ap, "ineffective.", "a UN panel of experts", null },
        { Reuters, "something that's meaningful", "U.S. President Donald Trump", null },
        { Reuters, "I don't think they're reluctant; I think they want to do something", "he", null },
        { Reuters, "We'll see what happens. The sanctions are on in full. … on the other side.", "he", null },
        { Reuters, "a good relationship", "Trump", null },
        { Reuters, "I wouldn't be surprised to see something work out.", "Trump", null },
        { Reuters, "that doesn't mean this will be the last meeting.", "He", null },
        { Reuters, "ultimately", "Trump", null },
        { Reuters, "productive", "Biegun", null },
        { Reuters, "hard work to do", "Biegun", null },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void A_seed_quote_is_found_with_its_speaker(string seed, string words, string speaker, string? via)
    {
        var document = QuoteTestDocuments.Seed(seed);
        var quotes = QuoteTestDocuments.QuotesOf(document);
        var found = quotes.Where(q => q.Direct && Matches(Plain(q.Span.Slice(document.Text)), words)).ToArray();
        Assert.True(found.Length == 1, $"expected one direct quote \"{words}\"; found:\n{QuoteTestDocuments.Describe(document.Text, quotes.Where(q => q.Direct))}");
        Assert.Equal((speaker, via), (found[0].SpeakerText, found[0].ViaText));
    }

    [Theory]
    [InlineData(Ap, "the US wants to keep economic sanctions in place to pressure Kim to denuclearize", "Trump")]
    [InlineData(Ap, "he was open to discussing smaller steps, …", "He")]
    [InlineData(Reuters, "he expects to meet with Kim again after their Feb. 27-28 summit in Hanoi, the Vietnamese capital", "Trump")]
    [InlineData(Reuters, "sanctions will remain in place until North Korea's complete denuclearization", "The administration")]
    public void Reported_speech_in_the_seeds_is_found_with_its_speaker(string seed, string clause, string speaker)
    {
        var document = QuoteTestDocuments.Seed(seed);
        var quotes = QuoteTestDocuments.QuotesOf(document);
        var found = quotes.SingleOrDefault(q => !q.Direct && Matches(Plain(q.Span.Slice(document.Text)), clause));
        Assert.True(found is not null, $"no reported speech \"{clause}\"; found:\n{QuoteTestDocuments.Describe(document.Text, quotes)}");
        Assert.Equal(speaker, found.SpeakerText);
    }

    [Fact]
    public void Nothing_after_the_article_end_is_quoted_and_every_seed_quote_has_a_speaker()
    {
        foreach (var seed in new[] { Ap, Reuters })
        {
            var document = QuoteTestDocuments.Seed(seed);
            var quotes = QuoteTestDocuments.QuotesOf(document);
            Assert.All(quotes, q => Assert.NotNull(q.SpeakerText));
        }
    }

    private static string Plain(string text) => text.Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

    /// <summary>Exact match, or — when the expectation elides with "…" — the same start and end.</summary>
    private static bool Matches(string actual, string expected)
    {
        var gap = expected.IndexOf('…', StringComparison.Ordinal);
        if (gap < 0)
        {
            return actual == expected;
        }

        var head = expected[..gap].TrimEnd();
        var tail = expected[(gap + 1)..].TrimStart();
        return actual.StartsWith(head, StringComparison.Ordinal) && actual.EndsWith(tail, StringComparison.Ordinal);
    }
}
