using System.Text;
using Parley.Ingest;
using Parley.Model;
using Parley.Pipeline;
using Parley.Read;
using Parley.Store;

namespace Parley.Tests.Ingest;

public sealed class IngestRunnerTests
{
    private static Task<IngestSummary> Ingest(string database, params string[] paths) =>
        new IngestRunner(new IngestOptions(database, new ReadOptions(), DefaultPipeline.Build()) { BatchSize = 2 }).RunAsync(paths);

    /// <summary>A folder of good articles mixed with every kind of bad input the issue names.</summary>
    private static void WriteMixedFolder(TempFolder folder)
    {
        folder.Write("in/good-one.txt", "Envoys meet in Hanoi\n\nThe envoys met on Wednesday to prepare the summit.");
        folder.Write("in/good-two.html", "<html lang=en><head><title>Talks</title></head><body><p>The ministers held talks on sanctions.</p></body></html>");
        folder.Write("in/empty.txt", string.Empty);
        folder.WriteBytes("in/binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        folder.WriteBytes("in/latin.txt", [.. Encoding.UTF8.GetBytes("Caf\u00e9 diplomacy – talks "), 0xFF, .. "resumed."u8]);
        folder.Write("in/wire.jsonl", "{\"text\": \"The UN panel warned of transfers.\"}\n{\"text\": \"broken\",\n{\"text\": \"Seoul called for talks.\", \"published\": \"2019-04-11\"}\n");
        folder.Write("in/notes.md", "# not an article");
    }

    [Fact]
    public async Task Good_articles_are_stored_and_each_bad_input_is_named_with_its_reason()
    {
        using var folder = new TempFolder();
        WriteMixedFolder(folder);
        var database = folder.File("p.db");

        var summary = await Ingest(database, Path.Combine(folder.Path, "in"), folder.File("missing.txt"));

        Assert.Equal(5, summary.Stored);
        var rejected = summary.Rejected.Select(p => (Path.GetFileName(p.Origin), p.Line, p.Reason)).OrderBy(r => r.Item1).ToArray();
        Assert.Equal(4, rejected.Length);
        Assert.Equal(("binary.txt", (int?)null), (rejected[0].Item1, rejected[0].Line));
        Assert.StartsWith("binary content", rejected[0].Reason, StringComparison.Ordinal);
        Assert.Equal(("empty.txt", (int?)null, "empty file"), rejected[1]);
        Assert.Equal(("missing.txt", (int?)null, "no such file or folder"), rejected[2]);
        Assert.Equal(("wire.jsonl", (int?)2), (rejected[3].Item1, rejected[3].Line));
        Assert.Contains(summary.Warnings, w => w.Location.EndsWith("latin.txt", StringComparison.Ordinal) && w.Message.StartsWith("invalid UTF-8", StringComparison.Ordinal));
        Assert.Equal("notes.md", Path.GetFileName(Assert.Single(summary.Skipped).Origin));

        using var queries = new DocumentQueries(database);
        Assert.Equal(5, queries.CountDocuments());
    }

    [Fact]
    public async Task Ingesting_again_stores_nothing_twice()
    {
        using var folder = new TempFolder();
        WriteMixedFolder(folder);
        var database = folder.File("p.db");
        await Ingest(database, folder.Path);

        var again = await Ingest(database, folder.Path);

        Assert.Equal((0, 5), (again.Stored, again.Duplicates));
        using var queries = new DocumentQueries(database);
        Assert.Equal(5, queries.CountDocuments());
    }

    [Fact]
    public async Task The_same_article_from_a_file_and_from_json_lines_is_one_document()
    {
        using var folder = new TempFolder();
        folder.Write("a/story.txt", "Envoys resume talks on port checks\n\nThe envoys met on Monday in the capital of the region.\nThey agreed to meet again before the end of the month.");
        folder.Write("a/story.jsonl", "{\"title\": \"Envoys resume talks on port checks\", \"text\": \"The envoys met on Monday in the capital of the region.\\n\\nThey agreed to meet again before the end of the month.\\n\"}\n");
        var summary = await Ingest(folder.File("p.db"), folder.File("a"));
        Assert.Equal((1, 1), (summary.Stored, summary.Duplicates));
    }

    [Fact]
    public async Task Documents_are_written_in_input_order_whichever_worker_finishes_first()
    {
        using var folder = new TempFolder();
        const string text = "The envoys met on Monday in the capital of the region. They agreed to meet again before the end of the month.";
        folder.Write("wire.jsonl", $"{{\"title\": \"First copy\", \"text\": \"{text}\"}}\n{{\"title\": \"Second copy\", \"text\": \"{text}\"}}\n");
        var database = folder.File("p.db");
        var stalled = DefaultPipeline.CreateBuilder().Add(new StallingStage("First copy")).Build();

        var summary = await new IngestRunner(new IngestOptions(database, new ReadOptions(), stalled) { Workers = 2 }).RunAsync([folder.File("wire.jsonl")], cancellation: TestContext.Current.CancellationToken);

        Assert.Equal((1, 1), (summary.Stored, summary.Duplicates));
        using var queries = new DocumentQueries(database);
        Assert.Equal("First copy", Assert.Single(queries.ListDocuments(10)).Metadata.Title);
    }

    /// <summary>Holds up the document with one title, so the next one finishes first on the other worker.</summary>
    private sealed class StallingStage(string title) : IPipelineStage
    {
        public string Name => "stall";

        public IReadOnlyList<ILayerKey> Requires => [];

        public IReadOnlyList<ILayerKey> Assigns => [];

        public void Process(AnnotatedDocument document)
        {
            if (document.Document.Metadata.Title == title)
            {
                Thread.Sleep(TimeSpan.FromMilliseconds(500));
            }
        }
    }
}
