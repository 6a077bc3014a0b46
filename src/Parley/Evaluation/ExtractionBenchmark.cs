using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Parley.Evaluation;

/// <summary>
/// Reads the article-extraction benchmark's files from a folder the caller names: html/&lt;id&gt;.html.gz,
/// ground-truth.json and reference-outputs/*.json (README in that folder).
/// </summary>
public static class ExtractionBenchmark
{
    public static IReadOnlyList<BenchmarkPage> LoadPages(string directory)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "ground-truth.json")));
        var pages = new List<BenchmarkPage>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var body = entry.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "";
            var url = entry.Value.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            pages.Add(new BenchmarkPage(entry.Name, url, body, Path.Combine(directory, "html", entry.Name + ".html.gz")));
        }

        return pages;
    }

    /// <summary>The page's HTML; every benchmark page is UTF-8.</summary>
    public static string ReadHtml(BenchmarkPage page)
    {
        using var file = File.OpenRead(page.HtmlGzipPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>A reference extractor's output: page id to predicted body.</summary>
    public static IReadOnlyDictionary<string, string> LoadOutput(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var output = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in json.RootElement.GetProperty("output").EnumerateObject())
        {
            output[entry.Name] = entry.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "";
        }

        return output;
    }

    /// <summary>Scores predictions against the truth; a page missing from the predictions counts as empty.</summary>
    public static (BenchmarkScore Score, IReadOnlyList<(BenchmarkPage Page, PageScore Score)> PerPage) Score(
        IReadOnlyList<BenchmarkPage> pages, IReadOnlyDictionary<string, string> predictions)
    {
        var perPage = pages.Select(p => (p, BenchmarkScorer.ScorePage(p.TrueBody, predictions.GetValueOrDefault(p.Id, "")))).ToList();
        return (BenchmarkScorer.Summarize(perPage.Select(x => x.Item2).ToList()), perPage);
    }
}
