using System.Globalization;
using System.Text;
using Parley.Evaluation;
using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>PLOVER gold-standard records (CAMEO manual sentences): the overall F1 may not fall below the floor in baseline.tsv.</summary>
public sealed class PloverGsrTests(ITestOutputHelper output)
{
    private static readonly DateOnly RecordDate = new(2000, 1, 1);

    [Fact]
    public void OverallF1StaysAboveFloor()
    {
        var file = SharedData.FilePath("data/plover-gsr/PLOVER_GSR_CAMEO.json");
        var records = PloverGsrRecord.Parse(File.ReadAllText(file));
        var scorer = new PloverGsrScorer();
        var report = new StringBuilder();
        var scores = scorer.Score(records, record =>
        {
            var text = record.Text;
            var events = EventPipeline.Run(text, RecordDate).Layers.Get(EventLayers.Events);
            report.AppendLine(CultureInfo.InvariantCulture, $"{record.Id}  gold {record.Category} {string.Join('/', record.Sources)} -> {(record.Targets.Count == 0 ? "-" : string.Join('/', record.Targets))}");
            report.AppendLine(text);
            foreach (var e in events)
            {
                var mark = scorer.IsCorrect(record, e) ? "+" : " ";
                report.AppendLine(CultureInfo.InvariantCulture, $" {mark} -> {e.Cameo} {scorer.CategoryOf(e.Cameo)} {PloverGsrScorer.ActorKey(e.Source)} -> {(e.Target is null ? "-" : PloverGsrScorer.ActorKey(e.Target))} [{e.Modality}] | {text[e.CharStart..e.CharEnd]}");
            }

            report.AppendLine();
            return events;
        });
        foreach (var score in scores)
        {
            output.WriteLine(score.ToString());
        }

        if (Environment.GetEnvironmentVariable("PARLEY_EVENTS_REPORT") is { Length: > 0 } path)
        {
            File.WriteAllText(path, string.Join('\n', scores) + "\n\n" + report);
        }

        var overall = scores[^1];
        Assert.True(overall.F1 >= Floor("plover_gsr_f1"), overall.ToString());
    }

    internal static double Floor(string key)
    {
        var line = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Events", "baseline.tsv"))
            .First(l => l.StartsWith(key + "\t", StringComparison.Ordinal));
        return double.Parse(line[(key.Length + 1)..], CultureInfo.InvariantCulture);
    }
}
