using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Evaluation;
using Parley.Extract;

namespace Parley.Bench;

/// <summary>
/// Extraction quality and speed on the article-extraction benchmark: extracts every page on one
/// thread (a warm-up pass, then the median of several timed passes), scores the output with
/// <see cref="BenchmarkScorer"/>, and puts other extractors' outputs and timings (written by
/// bench/extraction.sh) in the same table.
/// </summary>
internal static class ExtractionBench
{
    private const int DefaultRuns = 3;

    public static int Run(IReadOnlyList<string> arguments, string defaultDirectory)
    {
        var options = new Options(arguments);
        var directory = options.Positional ?? defaultDirectory;
        if (!File.Exists(Path.Combine(directory, "ground-truth.json")))
        {
            Console.Error.WriteLine($"no extraction benchmark at {directory}: pass the folder holding ground-truth.json and html/");
            return 2;
        }

        var pages = ExtractionBenchmark.LoadPages(directory);
        var htmls = pages.Select(ExtractionBenchmark.ReadHtml).ToArray();
        var bytes = htmls.Sum(h => (long)Encoding.UTF8.GetByteCount(h));
        var extractor = new HtmlArticleExtractor();
        if (options.Value("--show") is { } prefix)
        {
            return Show(pages, htmls, extractor, prefix);
        }

        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            predictions[pages[i].Id] = extractor.Extract(htmls[i], pages[i].Url).Text;
        }

        var (score, perPage) = ExtractionBenchmark.Score(pages, predictions);
        var worst = int.Parse(options.Value("--worst") ?? "0", CultureInfo.InvariantCulture);
        foreach (var (page, pageScore) in perPage.OrderBy(p => p.Score.F1).Take(worst))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pageScore.F1:F3} P={pageScore.Precision:F3} R={pageScore.Recall:F3} {page.Id[..8]} {page.Url}"));
        }

        if (options.Value("--out") is { } outPath)
        {
            WriteOutput(outPath, predictions);
        }

        if (options.Value("--per-page") is { } perPagePath)
        {
            File.WriteAllLines(perPagePath, perPage.Select(p => string.Create(CultureInfo.InvariantCulture,
                $"{p.Page.Id[..8]}\t{p.Score.F1:F4}\t{p.Score.Precision:F4}\t{p.Score.Recall:F4}\t{p.Page.Url}")));
        }

        var rows = new List<string>();
        double? seconds = options.Has("--no-speed") ? null : MedianSeconds(htmls, extractor, int.Parse(options.Value("--runs") ?? DefaultRuns.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        rows.Add(Row("Parley", score, pages.Count, bytes, seconds));
        if (options.Value("--readability") is { } readabilityDirectory)
        {
            var output = ExtractionBenchmark.LoadOutput(Path.Combine(readabilityDirectory, "output.json"));
            var (readabilityScore, _) = ExtractionBenchmark.Score(pages, output);
            using var timing = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(readabilityDirectory, "timing.json")));
            var readabilitySeconds = timing.RootElement.GetProperty("seconds").GetDouble();
            rows.Add(Row("Readability.js", readabilityScore, pages.Count, bytes, readabilitySeconds));
        }

        Console.WriteLine($"{pages.Count} pages, {bytes / 1e6:F1} MB of HTML; one thread; time is the median of the timed passes after a warm-up");
        Console.WriteLine();
        Console.WriteLine("| extractor | F1 | P | R | pages/s | MB/s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        rows.ForEach(Console.WriteLine);
        return 0;
    }

    private static double MedianSeconds(string[] htmls, HtmlArticleExtractor extractor, int runs)
    {
        foreach (var html in htmls)
        {
            extractor.Extract(html);
        }

        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var html in htmls)
            {
                extractor.Extract(html);
            }

            times.Add(clock.Elapsed.TotalSeconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static string Row(string name, BenchmarkScore score, int pages, long bytes, double? seconds) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {score.F1:F4} | {score.Precision:F4} | {score.Recall:F4} | {(seconds is { } s ? (pages / s).ToString("F1", CultureInfo.InvariantCulture) : "-")} | {(seconds is { } t ? (bytes / 1e6 / t).ToString("F2", CultureInfo.InvariantCulture) : "-")} |");

    private static void WriteOutput(string path, Dictionary<string, string> predictions)
    {
        var output = predictions.ToDictionary(p => p.Key, p => new Dictionary<string, string> { ["articleBody"] = p.Value });
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, object> { ["version"] = "parley", ["output"] = output }));
    }

    private static int Show(IReadOnlyList<BenchmarkPage> pages, string[] htmls, HtmlArticleExtractor extractor, string prefix)
    {
        var index = pages.ToList().FindIndex(p => p.Id.StartsWith(prefix, StringComparison.Ordinal));
        if (index < 0)
        {
            Console.Error.WriteLine($"no page id starts with {prefix}");
            return 2;
        }

        var page = pages[index];
        var article = extractor.Extract(htmls[index], page.Url);
        var pageScore = BenchmarkScorer.ScorePage(page.TrueBody, article.Text);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Url}\nF1 {pageScore.F1:F3} P {pageScore.Precision:F3} R {pageScore.Recall:F3} title={article.Title} problem={article.Problem}"));
        Console.WriteLine("=== EXTRACTED\n" + article.Text + "\n=== TRUTH\n" + page.TrueBody);
        foreach (var caption in article.Captions)
        {
            Console.WriteLine($"CAPTION {caption.Text} // {caption.Credit}");
        }

        return 0;
    }

    private sealed class Options(IReadOnlyList<string> arguments)
    {
        private static readonly HashSet<string> Flags = ["--no-speed"];

        public string? Positional
        {
            get
            {
                for (var i = 0; i < arguments.Count; i++)
                {
                    if (arguments[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        i += Flags.Contains(arguments[i]) ? 0 : 1;
                        continue;
                    }

                    return arguments[i];
                }

                return null;
            }
        }

        public bool Has(string name) => arguments.Contains(name);

        public string? Value(string name)
        {
            var index = arguments.ToList().IndexOf(name);
            return index >= 0 && index + 1 < arguments.Count ? arguments[index + 1] : null;
        }
    }
}
