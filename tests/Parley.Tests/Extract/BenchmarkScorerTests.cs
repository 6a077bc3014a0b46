using Parley.Evaluation;
using Xunit;

namespace Parley.Tests.Extract;

public sealed class BenchmarkScorerTests
{
    [Fact]
    public void Tokens_follow_pythons_word_characters()
    {
        // Underscore and digits join words; a combining mark (U+0301) and a hyphen split them, as in Python's re.
        Assert.Equal(["snake_case", "42", "cafe", "re", "entry"], BenchmarkScorer.Tokenize("snake_case 42 cafe\u0301 re-entry"));
        Assert.Equal(["Ελλάδα", "日本語", "²"], BenchmarkScorer.Tokenize("Ελλάδα, 日本語! ²"));
        Assert.Empty(BenchmarkScorer.Tokenize(""));
    }

    [Fact]
    public void Identical_texts_score_one_and_count_as_exact()
    {
        var score = BenchmarkScorer.ScorePage("one two three four five", "one, two; three four five.");
        Assert.Equal((1.0, 0.0, 0.0), (score.Tp, score.Fp, score.Fn));
        Assert.True(score.ExactTokens);
        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void Shingles_are_counted_as_multisets_and_normalised()
    {
        // Truth: 2 shingles; prediction adds one token, giving 3 shingles of which 2 match.
        var score = BenchmarkScorer.ScorePage("a b c d e", "a b c d e f");
        Assert.Equal(2.0 / 3, score.Tp, 9);
        Assert.Equal(1.0 / 3, score.Fp, 9);
        Assert.Equal(0.0, score.Fn);
        Assert.False(score.ExactTokens);
    }

    [Fact]
    public void Short_texts_give_one_short_shingle_and_empty_ones_none()
    {
        Assert.Equal(1.0, BenchmarkScorer.ScorePage("two words", "two words").F1);
        var empty = BenchmarkScorer.ScorePage("", "");
        Assert.Equal((0.0, 0.0, 0.0), (empty.Tp, empty.Fp, empty.Fn));
        var missed = BenchmarkScorer.ScorePage("a b c d", "");
        Assert.Equal((0.0, 1.0), (missed.Precision, missed.Fn));
    }

    [Fact]
    public void Pages_with_nothing_predicted_are_left_out_of_precision()
    {
        var summary = BenchmarkScorer.Summarize([BenchmarkScorer.ScorePage("a b c d", "a b c d"), BenchmarkScorer.ScorePage("a b c d", "")]);
        Assert.Equal(1.0, summary.Precision);
        Assert.Equal(0.5, summary.Recall);
        Assert.Equal(0.5, summary.Accuracy);
    }

    [Theory]
    [InlineData("readability_js", 0.947, 0.914, 0.982)]
    [InlineData("trafilatura", 0.958, 0.938, 0.978)]
    [InlineData("go_trafilatura", 0.960, 0.940, 0.980)]
    public void Reproduces_the_published_figures_of_reference_outputs(string extractor, double f1, double precision, double recall)
    {
        var directory = SharedData.Directory("data/extraction-benchmark");
        var pages = ExtractionBenchmark.LoadPages(directory);
        var output = ExtractionBenchmark.LoadOutput(Path.Combine(directory, "reference-outputs", extractor + ".json"));

        var (score, _) = ExtractionBenchmark.Score(pages, output);

        Assert.Equal(181, score.Pages);
        Assert.InRange(score.F1, f1 - 0.002, f1 + 0.002);
        Assert.InRange(score.Precision, precision - 0.002, precision + 0.002);
        Assert.InRange(score.Recall, recall - 0.002, recall + 0.002);
    }
}
