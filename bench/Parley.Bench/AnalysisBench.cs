using System.Diagnostics;
using System.Globalization;
using Parley.Extract;
using Parley.Model;
using Parley.Pipeline;

namespace Parley.Bench;

/// <summary>
/// Throughput of the analysis stages alone (no reading, no store), on one thread: every article of
/// a corpus folder runs through the default pipeline, each stage timed on its own, after one warm-up
/// pass so start-up (dictionary loading, JIT) is reported apart.
/// </summary>
internal static class AnalysisBench
{
    public static int Run(string corpus)
    {
        var texts = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => ScrapedTextArticle.Extract(File.ReadAllText(f), detectTitle: true).Text).Where(t => t.Length > 0).ToArray();
        var published = new DateOnly(2005, 6, 1); // the BBC corpus is news of 2004-2005
        var documents = texts.Select((t, i) => new Document { Id = i.ToString(CultureInfo.InvariantCulture), Metadata = new DocumentMetadata { Published = published }, Text = t }).ToArray();
        var startup = Stopwatch.StartNew();
        var pipeline = DefaultPipeline.Build();
        pipeline.Run(documents[0]);
        Console.WriteLine($"corpus: {corpus} ({documents.Length:N0} articles, {texts.Sum(t => t.Length) / 1048576.0:N1} MB), start-up {startup.Elapsed.TotalMilliseconds:N0} ms");

        var perStage = new double[pipeline.Stages.Count];
        var mentions = 0L;
        for (var pass = 0; pass < 2; pass++)
        {
            Array.Clear(perStage);
            mentions = 0;
            foreach (var document in documents)
            {
                var annotated = new AnnotatedDocument(document);
                for (var s = 0; s < pipeline.Stages.Count; s++)
                {
                    var started = Stopwatch.GetTimestamp();
                    pipeline.Stages[s].Process(annotated);
                    perStage[s] += Stopwatch.GetElapsedTime(started).TotalSeconds;
                }

                mentions += annotated.Layers.TryGet(Parley.Entities.EntityLayers.Mentions)?.Count ?? 0;
            }
        }

        Console.WriteLine();
        Console.WriteLine("| stage | seconds | articles/s |");
        Console.WriteLine("|---|---:|---:|");
        for (var s = 0; s < perStage.Length; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {pipeline.Stages[s].Name} | {perStage[s]:N3} | {documents.Length / perStage[s]:N0} |"));
        }

        var total = perStage.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all stages | {total:N3} | {documents.Length / total:N0} |"));
        Console.WriteLine($"mentions: {mentions:N0} ({mentions / (double)documents.Length:N1} per article)");
        return 0;
    }
}
