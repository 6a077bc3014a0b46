using System.Globalization;
using Parley.Evaluation;
using Parley.Extract;
using Xunit;

namespace Parley.Tests.Extract;

/// <summary>Holds HtmlArticleExtractor to the F1 floor in baseline.tsv on the article-extraction benchmark.</summary>
public sealed class ExtractionBenchmarkTests
{
    [Fact]
    public void Extractor_f1_on_the_benchmark_is_at_least_the_floor()
    {
        var directory = SharedData.Directory("data/extraction-benchmark");
        var floor = Baseline("extraction_f1");
        var pages = ExtractionBenchmark.LoadPages(directory);
        var extractor = new HtmlArticleExtractor();
        var predictions = pages.ToDictionary(p => p.Id, p => extractor.Extract(ExtractionBenchmark.ReadHtml(p), p.Url).Text);

        var (score, perPage) = ExtractionBenchmark.Score(pages, predictions);

        var worst = string.Join("\n", perPage.OrderBy(p => p.Score.F1).Take(5).Select(p => $"  {p.Score.F1:F3} {p.Page.Url}"));
        Assert.True(
            score.F1 >= floor,
            $"F1 {score.F1:F4} (P {score.Precision:F4}, R {score.Recall:F4}) is below the floor {floor:F3}; worst pages:\n{worst}");
    }

    private static double Baseline(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Extract", "baseline.tsv");
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split('\t');
            if (!line.StartsWith('#') && fields.Length == 2 && fields[0] == name)
            {
                return double.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"{path} has no line for {name}");
    }
}
