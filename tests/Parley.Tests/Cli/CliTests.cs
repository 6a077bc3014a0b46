using System.Text.Json;
using static Parley.Tests.Cli.CliRuns;

namespace Parley.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public async Task The_seed_articles_are_stored_once_dated_and_searchable()
    {
        var seeds = SharedData.Directory("seeds");
        using var folder = new TempFolder();
        string[] ingest = ["ingest", seeds, "--meta", Path.Combine(seeds, "metadata.json"), "--db", "t.db"];

        var first = await ParleyProcess.RunAsync(folder.Path, ingest);
        Assert.True(first.ExitCode == 0, first.Stderr);

        var docs = Records((await ParleyProcess.RunAsync(folder.Path, "docs", "--db", "t.db", "--format", "jsonl")).Stdout);
        Assert.Equal(2, docs.Length);
        Assert.All(docs, d => Assert.Equal(("parley/1", "document"), (d.GetProperty("schema").GetString(), d.GetProperty("kind").GetString())));
        Assert.Equal(["2019-02-20", "2019-04-11"], docs.Select(d => d.GetProperty("published").GetString()));

        var again = await ParleyProcess.RunAsync(folder.Path, ingest);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(2, Records((await ParleyProcess.RunAsync(folder.Path, "docs", "--db", "t.db", "--format", "jsonl")).Stdout).Length);

        var hits = Records((await ParleyProcess.RunAsync(folder.Path, "search", "sanctions", "--db", "t.db", "--format", "jsonl")).Stdout);
        Assert.Equal(docs.Select(d => d.GetProperty("id").GetString()).Order(), hits.Select(h => h.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task A_mixed_folder_stores_the_good_names_the_bad_and_exits_1()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", "Envoys meet in Hanoi\n\nThe envoys met on Wednesday.");
        folder.Write("in/empty.txt", string.Empty);
        folder.WriteBytes("in/blob.txt", [0x00, 0x01, 0x02, 0x03]);
        folder.WriteBytes("in/bad-utf8.txt", [.. "Talks "u8, 0xC3, 0x28, .. " resumed in Seoul."u8]);
        folder.Write("in/wire.jsonl", "{\"text\": \"Kim met Trump.\"}\n{oops}\n");

        var run = await ParleyProcess.RunAsync(folder.Path, "ingest", "in", "--db", "m.db", "--format", "jsonl");

        Assert.Equal(1, run.ExitCode);
        var records = Records(run.Stdout);
        var problems = records.Where(r => r.GetProperty("kind").GetString() == "input_problem").ToArray();
        Assert.Equal(["in/blob.txt", "in/empty.txt", "in/wire.jsonl"], problems.Select(p => p.GetProperty("origin").GetString()!.Replace('\\', '/')).Order());
        var summary = Assert.Single(records, r => r.GetProperty("kind").GetString() == "ingest_summary");
        Assert.Equal(3, summary.GetProperty("stored").GetInt32());
        Assert.Contains("in/wire.jsonl:2: malformed JSON", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("warning in/bad-utf8.txt: not valid UTF-8", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("docs", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("ingest", "x", "--date", "yesterday")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        using var folder = new TempFolder();
        var run = await ParleyProcess.RunAsync(folder.Path, args);
        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Show_prints_one_document_with_its_layers_as_json()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Envoys resume talks on port checks\n\nThe envoys met on Monday in the capital of the region.\n\nThey agreed to meet again before the end of the month.");
        await ParleyProcess.RunAsync(folder.Path, "ingest", "a.txt", "--db", "s.db", "--date", "2026-03-01");
        var id = Records((await ParleyProcess.RunAsync(folder.Path, "docs", "--db", "s.db", "--format", "jsonl")).Stdout)[0].GetProperty("id").GetString()!;

        var shown = Records((await ParleyProcess.RunAsync(folder.Path, "show", id[..8], "--db", "s.db", "--format", "json")).Stdout).Single();

        Assert.Equal("annotated_document", shown.GetProperty("kind").GetString());
        Assert.True(shown.GetProperty("published_inferred").GetBoolean());
        var paragraphs = shown.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()).ToArray();
        Assert.Equal(["The envoys met on Monday in the capital of the region.", "They agreed to meet again before the end of the month."], paragraphs);
    }

    [Fact]
    public async Task Reading_a_store_that_does_not_exist_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var run = await ParleyProcess.RunAsync(folder.Path, "docs", "--db", "none.db");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no Parley database at 'none.db'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annotate_plain_gives_offsets_into_the_file_text_that_point_at_their_words()
    {
        using var folder = new TempFolder();
        const string text = "WASHINGTON (Wire) - The envoy met Kim on Tuesday. \"We will see,\" he said.\n\nTalks resume Feb. 27-28 in Hanoi.";
        folder.Write("a.txt", text);

        var run = await ParleyProcess.RunAsync(folder.Path, "annotate", "a.txt", "--plain", "--date", "2019-02-20");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var record = Records(run.Stdout).Single();
        Assert.Equal(text, record.GetProperty("text").GetString());
        foreach (var layer in new[] { "sentences", "timexes", "paragraphs" })
        {
            foreach (var annotation in record.GetProperty(layer).EnumerateArray())
            {
                var (start, end) = (annotation.GetProperty("start").GetInt32(), annotation.GetProperty("end").GetInt32());
                Assert.Equal(text[start..end], annotation.GetProperty("text").GetString());
            }
        }

        Assert.Equal(["WASHINGTON (Wire) -", "The envoy met Kim on Tuesday.", "\"We will see,\" he said.", "Talks resume Feb. 27-28 in Hanoi."],
            record.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.Equal([("Tuesday", "2019-02-19"), ("Feb. 27-28", "2019-02-27")],
            record.GetProperty("timexes").EnumerateArray().Select(t => (t.GetProperty("text").GetString(), t.GetProperty("value").GetString())));
    }

    [Fact]
    public async Task A_users_knowledge_folder_adds_people_with_dated_roles()
    {
        using var folder = new TempFolder();
        folder.Write("mine/knowledge/people.tsv", "person_id\tname\taliases\tcountry\tcode\trole\ttitle\tstart\tend\tgender\n"
            + "ana-castell\tAna Castell\tCastell\tBOL\tBOLGOV\tforeign_minister\tForeign Minister\t2025-11-08\t\tf\n");
        folder.Write("a.txt", "Talks resume in Arica\n\nBolivian Foreign Minister Ana Castell met Chilean officials on Monday. Castell said she wanted the inspections suspended.");

        var run = await ParleyProcess.RunAsync(folder.Path, "annotate", "a.txt", "--date", "2026-02-16", "--knowledge", "mine");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var mentions = Records(run.Stdout).Single().GetProperty("mentions").EnumerateArray()
            .Select(m => (m.GetProperty("text").GetString(), m.GetProperty("actor").ValueKind == JsonValueKind.Null ? null : m.GetProperty("actor").GetProperty("code").GetString()))
            .ToArray();
        Assert.Contains(("Castell", "BOLGOV"), mentions);
        Assert.Contains(("she", "BOLGOV"), mentions);
        Assert.Equal(2, (await ParleyProcess.RunAsync(folder.Path, "annotate", "a.txt", "--knowledge", "nowhere")).ExitCode);
    }

    [Fact]
    public async Task Plot_writes_the_dyad_chart_as_png_and_svg()
    {
        using var folder = new TempFolder();
        var examples = RepositoryRoot.Combine("examples");
        await IngestAsync(folder, examples, "p.db");

        var png = await ParleyProcess.RunAsync(folder.Path, "plot", "dyad", "BOL", "CHL", "-o", "chart.png", "--db", "p.db");
        Assert.True(png.ExitCode == 0, png.Stderr);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(folder.File("chart.png"))[..4]);

        var svg = await ParleyProcess.RunAsync(folder.Path, "plot", "dyad", "BOL", "CHL", "-o", "chart.svg", "--db", "p.db");
        Assert.True(svg.ExitCode == 0, svg.Stderr);
        Assert.Contains("<svg", File.ReadAllText(folder.File("chart.svg")), StringComparison.Ordinal);

        Assert.Equal(2, (await ParleyProcess.RunAsync(folder.Path, "plot", "dyad", "BOL", "CHL", "-o", "chart.gif", "--db", "p.db")).ExitCode);
    }

    [Fact]
    public async Task Extract_prints_one_record_per_input_with_what_parley_reads()
    {
        using var folder = new TempFolder();
        var page = RepositoryRoot.Combine("examples", "2026-03-12-thailand-cambodia-ceasefire.html");
        folder.Write("fr.txt", "Les négociations reprennent à Genève\n\nLe ministre des affaires étrangères a déclaré lundi que les négociations reprendraient après que le gouvernement a accepté de lever une partie des sanctions.");
        folder.Write("empty.txt", string.Empty);

        var run = await ParleyProcess.RunAsync(folder.Path, "extract", page, "fr.txt", "empty.txt");

        Assert.Equal(1, run.ExitCode);
        var records = Records(run.Stdout);
        Assert.Equal(3, records.Length);
        var html = records[0];
        Assert.Equal("Thailand and Cambodia agree to extend ceasefire monitoring after border talks", html.GetProperty("title").GetString());
        Assert.Equal(("2026-03-12", "en"), (html.GetProperty("published").GetString(), html.GetProperty("language").GetString()));
        Assert.Equal(["Pim Rattanakorn"], html.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.DoesNotContain("cookie", html.GetProperty("text").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("fr", records[1].GetProperty("language").GetString());
        Assert.Equal("empty file", records[2].GetProperty("error").GetString());
    }
}
