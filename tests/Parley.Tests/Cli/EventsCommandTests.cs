using System.Text.Json;
using static Parley.Tests.Cli.CliRuns;

namespace Parley.Tests.Cli;

public sealed class EventsCommandTests
{
    private static async Task<string> IngestExamples(TempFolder folder)
    {
        var examples = RepositoryRoot.Combine("examples");
        await IngestAsync(folder, examples, "e.db");
        var docs = Records((await ParleyProcess.RunAsync(folder.Path, "docs", "--db", "e.db", "--format", "jsonl")).Stdout);
        return JsonSerializer.Serialize(docs.ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("text").GetString()!));
    }

    [Fact]
    public async Task Events_are_records_whose_offsets_point_into_their_document_and_filters_hold()
    {
        using var folder = new TempFolder();
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(await IngestExamples(folder))!;

        var all = Records((await ParleyProcess.RunAsync(folder.Path, "events", "--db", "e.db", "--format", "jsonl")).Stdout);
        Assert.NotEmpty(all);
        foreach (var e in all)
        {
            Assert.Equal(("parley/1", "event"), (e.GetProperty("schema").GetString(), e.GetProperty("kind").GetString()));
            var text = texts[e.GetProperty("doc_id").GetString()!];
            var (start, end) = (e.GetProperty("char_start").GetInt32(), e.GetProperty("char_end").GetInt32());
            Assert.Contains(text[start..end], e.GetProperty("evidence").GetString()!, StringComparison.Ordinal);
            Assert.Matches("^[0-9]{2,4}$", e.GetProperty("cameo").GetString()!);
        }

        var dyad = Records((await ParleyProcess.RunAsync(folder.Path, "events", "--db", "e.db", "--dyad", "bol,chl", "--format", "jsonl")).Stdout);
        Assert.InRange(dyad.Length, 1, all.Length - 1);
        Assert.All(dyad, e =>
        {
            var codes = new[] { e.GetProperty("source").GetProperty("code").GetString()!, e.GetProperty("target").GetProperty("code").GetString()! };
            Assert.Contains(codes, c => c.StartsWith("BOL", StringComparison.Ordinal));
            Assert.Contains(codes, c => c.StartsWith("CHL", StringComparison.Ordinal));
        });

        var march = Records((await ParleyProcess.RunAsync(folder.Path, "events", "--db", "e.db", "--from", "2026-03-01", "--format", "jsonl")).Stdout);
        // On or after the date, or a period (a year, a month) that contains it.
        Assert.All(march, e => Assert.True(string.CompareOrdinal(e.GetProperty("event_date").GetString(), "2026-03-01") >= 0
            || "2026-03-01".StartsWith(e.GetProperty("event_date").GetString()!, StringComparison.Ordinal)));
        Assert.DoesNotContain(march, e => e.GetProperty("event_date").GetString() == "2026-02-16");
    }

    [Fact]
    public async Task Gdelt_rows_have_61_columns_with_codes_as_strings_and_a_source_url_when_known()
    {
        using var folder = new TempFolder();
        await IngestExamples(folder);

        var run = await ParleyProcess.RunAsync(folder.Path, "events", "--db", "e.db", "--format", "gdelt");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t')).ToArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(61, row.Length));
        Assert.All(rows, row => Assert.Matches("^[0-9]{3,4}$", row[26])); // EventCode keeps its leading zero
        Assert.Contains(rows, row => row[60].StartsWith("https://", StringComparison.Ordinal)); // SOURCEURL of the HTML example
    }
}
