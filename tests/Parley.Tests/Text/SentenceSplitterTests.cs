using FsCheck.Xunit;
using Parley.Text;

namespace Parley.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static readonly Tokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();

    private static List<Sentence> Split(string text) => Splitter.Split(text, Tokenizer.Tokenize(text));

    private static string[] Sentences(string text) => [.. Split(text).Select(s => text[s.Span.Start..s.Span.End])];

    [Fact]
    public void Abbreviations_titles_and_initials_do_not_end_sentences()
    {
        string[] expected =
        [
            "Gov. Smith met U.S. envoy Stephen E. Biegun on Feb. 25 at 3 p.m. in Hanoi.",
            "The talks went well.",
        ];
        Assert.Equal(expected, Sentences(string.Join(' ', expected)));
    }

    [Fact]
    public void An_abbreviation_ends_a_sentence_when_a_sentence_opener_follows() =>
        Assert.Equal(["Sanctions hurt the U.S.", "The talks stalled."], Sentences("Sanctions hurt the U.S. The talks stalled."));

    [Fact]
    public void A_quote_with_its_attribution_is_one_sentence_and_inner_sentences_split()
    {
        const string text = "\u201CI don\u2019t think they\u2019re reluctant,\u201D he said. \u201CWe\u2019ll see what happens. The sanctions are on in full.\u201D Trump spoke.";
        Assert.Equal(
            ["\u201CI don\u2019t think they\u2019re reluctant,\u201D he said.", "\u201CWe\u2019ll see what happens.", "The sanctions are on in full.\u201D", "Trump spoke."],
            Sentences(text));
    }

    [Fact]
    public void A_question_inside_quotes_followed_by_lowercase_attribution_stays_together() =>
        Assert.Equal(["\"Why now?\" asked the minister.", "Nobody answered."], Sentences("\"Why now?\" asked the minister. Nobody answered."));

    [Fact]
    public void A_dateline_is_its_own_unit()
    {
        var text = "BRUSSELS, March 9 (Meridian Wire) - The European Union imposed sanctions on Monday. Belarus objected.";
        var sentences = Split(text);
        Assert.Equal(SentenceKind.Dateline, sentences[0].Kind);
        Assert.Equal("BRUSSELS, March 9 (Meridian Wire) -", text[sentences[0].Span.Start..sentences[0].Span.End]);
        Assert.Equal("The European Union imposed sanctions on Monday.", text[sentences[1].Span.Start..sentences[1].Span.End]);
        Assert.Equal(3, sentences.Count);
    }

    [Theory]
    [InlineData("LA PAZ/SANTIAGO, Feb 16 (Meridian Wire) -")]
    [InlineData("HANOI (Reuters) -")]
    [InlineData("WASHINGTON, Sept. 5 (AP) —")]
    public void Datelines_of_several_styles_are_recognized(string dateline)
    {
        var text = dateline + " Bolivia and Chile will hold talks in March.";
        var first = Split(text)[0];
        Assert.Equal((SentenceKind.Dateline, dateline), (first.Kind, text[first.Span.Start..first.Span.End]));
    }

    [Fact]
    public void A_paragraph_break_always_ends_a_sentence()
    {
        var sentences = Split("Talks resumed in Seoul\n\nNo date was set");
        Assert.Equal([0, 1], sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void A_paragraph_ending_with_a_period_still_counts_as_a_paragraph()
    {
        var sentences = Split("Talks resumed in Seoul.\n\nNo date was set.\n\nBoth sides waited.");
        Assert.Equal([0, 1, 2], sentences.Select(s => s.Paragraph));
    }

    [Property]
    public bool Sentences_cover_every_token_once_in_order(string? input)
    {
        var text = input ?? string.Empty;
        var tokens = Tokenizer.Tokenize(text);
        var next = 0;
        foreach (var sentence in Splitter.Split(text, tokens))
        {
            if (sentence.FirstToken != next || sentence.TokenCount == 0 || sentence.Span.Start != tokens[next].Start)
            {
                return false;
            }

            next += sentence.TokenCount;
            if (sentence.Span.End != tokens[next - 1].End)
            {
                return false;
            }
        }

        return next == tokens.Count;
    }
}
