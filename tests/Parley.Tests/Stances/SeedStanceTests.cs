using System.Globalization;
using System.Text.Json;
using Parley.Extract;
using Parley.Pipeline;
using Parley.Read;
using Parley.Stances;

namespace Parley.Tests.Stances;

/// <summary>SEEDS.md §6: the stances the two seed articles state, through the default pipeline with the articles' publication dates.</summary>
public sealed class SeedStanceTests(ITestOutputHelper output)
{
    private static readonly Lazy<Dictionary<string, (string Text, IReadOnlyList<Stance> Stances)>> Seeds = new(Run);

    private static readonly (string File, string Actor, string Issue, string Position, string? Date, string? Condition, string What)[] Expected =
    [
        ("003", "USAGOV", "sanctions:PRK", "ease", "2019-02-20", "only if", "Trump holds out easing, only if meaningful steps"),
        ("000", "USAGOV", "sanctions:PRK", "maintain", "2019-04-11", null, "We want sanctions to remain in place"),
        ("003", "USAGOV", "sanctions:PRK", "maintain", null, "until", "the administration: in place until complete denuclearization"),
        ("000", "KORGOV", "sanctions:PRK", "ease", "2019-04-11", null, "Moon has called for an easing of sanctions"),
        ("003", "PRK", "sanctions:PRK", "lift", null, null, "North Korea demanding a lifting of sanctions"),
        ("000", "IGOUNO", "sanctions:PRK", "assess", "2019-03-05", null, "UN panel: sanctions ineffective"),
        ("003", "PRKGOV", "denuclearization", "commit", null, null, "Kim pledged to work toward denuclearization"),
        ("003", "USAGOV", "denuclearization", "demand", "2019-02-19", "provided", "Trump wants North Korea to end its nuclear program"),
    ];

    [Fact]
    public void Seed_stances_are_found_with_actor_issue_position_date_and_condition()
    {
        var seeds = Seeds.Value;
        foreach (var (file, (_, stances)) in seeds)
        {
            foreach (var s in stances)
            {
                output.WriteLine($"{file} {s.Actor.Code} {s.Issue} {s.Position} {s.Date} [{s.Condition}] | {s.Evidence}");
            }
        }

        var missing = new List<string>();
        foreach (var (file, actor, issue, position, date, condition, what) in Expected)
        {
            var hit = seeds[file].Stances.Any(s => s.Actor.Code.StartsWith(actor, StringComparison.Ordinal) && s.Issue.StartsWith(issue, StringComparison.Ordinal)
                && s.Position == position && (date is null || s.Date == date)
                && (condition is null || s.Condition?.StartsWith(condition, StringComparison.Ordinal) == true));
            if (!hit)
            {
                missing.Add($"{file} {what}");
            }
        }

        Assert.True(missing.Count == 0, "missing: " + string.Join("; ", missing));
    }

    [Fact]
    public void Negation_is_read_safely_and_evidence_points_at_the_words()
    {
        foreach (var (_, (text, stances)) in Seeds.Value)
        {
            Assert.All(stances, s =>
            {
                Assert.InRange(s.CharStart, 0, s.CharEnd);
                Assert.Contains(text[s.CharStart..s.CharEnd], s.Evidence, StringComparison.Ordinal);
            });
        }

        // "didn't rule out a third summit" is not a rejection of summits.
        var summit = Seeds.Value["000"].Stances.Where(s => s.Issue.StartsWith("summit", StringComparison.Ordinal) && s.Evidence.Contains("rule out", StringComparison.Ordinal));
        Assert.DoesNotContain(summit, s => s.Position == "reject");
        // "did not think North Korea was reluctant to denuclearize" gives no assessment either way.
        Assert.DoesNotContain(Seeds.Value["003"].Stances, s => s.Evidence.Contains("reluctant to denuclearize", StringComparison.Ordinal) && s.Issue == "denuclearization");
    }

    private static Dictionary<string, (string, IReadOnlyList<Stance>)> Run()
    {
        var folder = SharedData.Directory("seeds");
        var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "metadata.json"))).RootElement;
        var pipeline = DefaultPipeline.Build();
        var result = new Dictionary<string, (string, IReadOnlyList<Stance>)>();
        foreach (var file in Directory.GetFiles(folder, "*.txt"))
        {
            var name = Path.GetFileName(file);
            var published = DateOnly.Parse(metadata.GetProperty(name).GetProperty("published").GetString()!, CultureInfo.InvariantCulture);
            var candidate = new ArticleCandidate(file, null, ArticleFormat.Text, File.ReadAllText(file)) { Published = published };
            var document = new DocumentFactory(new ReadOptions()).Create(candidate).Document!;
            var annotated = pipeline.Run(document);
            result[name[..3]] = (document.Text, annotated.Layers.Get(StanceLayers.Stances));
        }

        return result;
    }
}
