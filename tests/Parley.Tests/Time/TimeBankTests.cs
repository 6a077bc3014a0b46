using Parley.Evaluation;
using Parley.Time;

namespace Parley.Tests.Time;

/// <summary>TempEval-3 figures on TimeBank and AQUAINT may not fall below the floors in baseline.tsv.</summary>
public sealed class TimeBankTests
{
    [Theory]
    [InlineData("TimeBank", "timebank_value_f1")]
    [InlineData("AQUAINT", "aquaint_value_f1")]
    public void ValueF1StaysAboveFloor(string part, string key)
    {
        var folder = Path.Combine(SharedData.Directory("data/timebank"), part);
        var tagger = new TimexTagger();
        TempEvalScore? total = null;
        foreach (var file in Directory.GetFiles(folder, "*.tml"))
        {
            var doc = TimeMlDocument.Parse(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
            var gold = doc.Timexes.Select(t => new ScoredTimex(t.Start, t.End, t.Type, t.Value)).ToList();
            var sys = tagger.Tag(doc.Text, doc.CreationDate).Select(t => new ScoredTimex(t.Start, t.End, t.TypeName, t.Value)).ToList();
            var score = TempEvalScorer.Score(gold, sys);
            total = total is null ? score : total + score;
        }

        Assert.NotNull(total);
        Assert.True(total.ValueF1 >= Floor(key), $"{part}: {total}");
    }

    private static double Floor(string key)
    {
        var line = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Time", "baseline.tsv"))
            .First(l => l.StartsWith(key + "\t", StringComparison.Ordinal));
        return double.Parse(line[(key.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
