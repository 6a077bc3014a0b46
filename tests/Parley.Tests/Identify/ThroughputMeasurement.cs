using System.Diagnostics;
using System.Globalization;
using Parley.Clean;
using Parley.Identify;

namespace Parley.Tests.Identify;

/// <summary>Throughput of cleaning and near-duplicate detection; run on demand, prints figures.</summary>
public sealed class ThroughputMeasurement
{
    [Fact(Explicit = true)]
    public void Measure_cleaning_and_dedup_throughput()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Identify", "Corpus");
        var texts = Directory.GetFiles(folder, "*.txt").Select(File.ReadAllText).ToArray();
        const int Documents = 20_000;
        var cleaner = new PlainTextCleaner();
        var bodies = new string[Documents];
        var bytes = 0L;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Documents; i++)
        {
            // Nine in ten documents are made distinct by tagging every word with the document
            // number; the tenth is a verbatim reprint of a corpus text.
            var source = texts[i % texts.Length];
            var text = i % 10 == 0 ? source : string.Join(' ', source.Split(' ').Select(w => w + i.ToString(CultureInfo.InvariantCulture)));
            bytes += text.Length * 2;
            bodies[i] = cleaner.Clean(text).Body;
        }

        var cleanSeconds = watch.Elapsed.TotalSeconds;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        watch.Restart();
        var detector = new NearDuplicateDetector();
        var linked = 0;
        for (var i = 0; i < Documents; i++)
        {
            linked += detector.Add(new DedupDocument("d" + i, bodies[i], null)) is null ? 0 : 1;
        }

        var dedupSeconds = watch.Elapsed.TotalSeconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(detector);
        GC.KeepAlive(bodies);
        TestContext.Current.SendDiagnosticMessage(string.Create(CultureInfo.InvariantCulture,
            $"clean: {Documents / cleanSeconds:0} docs/s, {bytes / 2 / cleanSeconds / 1e6:0.0} M chars/s; dedup: {Documents / dedupSeconds:0} docs/s, {linked} linked, {detector.IndexedCount} indexed, {(after - before) / (double)detector.IndexedCount:0} bytes per indexed doc"));
    }
}
