using System.Globalization;
using System.Text.Json;
using Parley.Clean;
using Parley.Identify;

namespace Parley.Tests.Identify;

/// <summary>
/// One invented wire story re-published four ways (other headlines, bylines, boilerplate, a
/// trimmed paragraph, hard wrapping, small edits) plus three different stories on the same topic,
/// cleaned and then deduplicated in the order of corpus.expected.json.
/// </summary>
public sealed class SyndicatedCorpusTests
{
    private static readonly PlainTextCleaner Cleaner = new();

    [Fact]
    public void Reprints_link_to_the_original_and_same_topic_stories_stay_apart()
    {
        var cases = ReadCases();
        var detector = new NearDuplicateDetector();
        var links = cases.Select(c => detector.Add(new DedupDocument(c.File, CleanBody(c.File), c.Published))).ToList();

        for (var i = 0; i < cases.Count; i++)
        {
            Assert.True(cases[i].DuplicateOf == links[i]?.DuplicateOf, $"{cases[i].File}: expected duplicate_of {cases[i].DuplicateOf ?? "null"}, got {links[i]?.DuplicateOf ?? "null"}");
        }
    }

    [Fact]
    public void Similarity_gap_between_reprints_and_same_topic_stories_is_wide()
    {
        var cases = ReadCases();
        var sets = cases.ToDictionary(c => c.File, c => WordShingles.Of(CleanBody(c.File)));
        var original = sets["01-wire-original.txt"];
        var reprints = cases.Where(c => c.DuplicateOf is not null).Select(c => ShingleSimilarity.Jaccard(original, sets[c.File])).ToList();
        var distinct = new List<double>();
        var others = cases.Where(c => c.DuplicateOf is null).Select(c => c.File).ToList();
        for (var i = 0; i < others.Count; i++)
        {
            for (var j = i + 1; j < others.Count; j++)
            {
                distinct.Add(ShingleSimilarity.Jaccard(sets[others[i]], sets[others[j]]));
            }
        }

        TestContext.Current.SendDiagnosticMessage(
            $"reprint Jaccard to original: {string.Join(", ", reprints.Select(F))}; same-topic pairs max {F(distinct.Max())}");
        Assert.All(reprints, j => Assert.True(j >= 0.7, $"reprint Jaccard {F(j)} below 0.7"));
        Assert.All(distinct, j => Assert.True(j < 0.1, $"same-topic Jaccard {F(j)} not below 0.1"));
    }

    [Fact]
    public void A_reprint_outside_the_date_window_is_not_linked_but_an_undated_one_is()
    {
        var original = CleanBody("01-wire-original.txt");
        var reprint = CleanBody("02-reprint-newsletter.txt");
        var detector = new NearDuplicateDetector(new NearDuplicateOptions { DateWindowDays = 7 });
        Assert.Null(detector.Add(new DedupDocument("a", original, new DateOnly(2031, 2, 25))));
        Assert.Null(detector.Add(new DedupDocument("b", reprint, new DateOnly(2031, 4, 1))));
        Assert.Equal("a", detector.Add(new DedupDocument("c", reprint, null))?.DuplicateOf);
    }

    [Fact]
    public void The_same_id_twice_is_an_exact_duplicate()
    {
        var detector = new NearDuplicateDetector();
        Assert.Null(detector.Add(new DedupDocument("x", "one text", null)));
        var link = detector.Add(new DedupDocument("x", "one text", null));
        Assert.NotNull(link);
        Assert.True(link.Exact);
        Assert.Equal("x", link.DuplicateOf);
    }

    [Fact]
    public void Empty_texts_are_never_near_duplicates()
    {
        var detector = new NearDuplicateDetector();
        Assert.Null(detector.Add(new DedupDocument("a", string.Empty, null)));
        Assert.Null(detector.Add(new DedupDocument("b", " ... ", null)));
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string CorpusDirectory() => Path.Combine(AppContext.BaseDirectory, "Identify", "Corpus");

    private static string CleanBody(string file) => Cleaner.Clean(File.ReadAllText(Path.Combine(CorpusDirectory(), file))).Body;

    private static List<CorpusCase> ReadCases()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(CorpusDirectory(), "corpus.expected.json")));
        return [.. json.RootElement.EnumerateArray().Select(e => new CorpusCase(
            e.GetProperty("file").GetString()!,
            e.GetProperty("published").GetString() is { } date ? DateOnly.Parse(date, CultureInfo.InvariantCulture) : null,
            e.GetProperty("duplicate_of").GetString()))];
    }

    private sealed record CorpusCase(string File, DateOnly? Published, string? DuplicateOf);
}
