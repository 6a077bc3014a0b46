using static Parley.Tests.Cli.CliRuns;

namespace Parley.Tests.Cli;

public sealed class QuotesCommandTests
{
    [Fact]
    public async Task Quotes_lists_the_stored_quotes_as_records_that_point_at_their_words()
    {
        var seeds = SharedData.Directory("seeds");
        using var folder = new TempFolder();
        await IngestAsync(folder, seeds, "q.db");

        var run = await ParleyProcess.RunAsync(folder.Path, "quotes", "--db", "q.db", "--format", "jsonl");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var quotes = Records(run.Stdout);
        var texts = Records((await ParleyProcess.RunAsync(folder.Path, "docs", "--db", "q.db", "--format", "jsonl")).Stdout)
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("text").GetString()!);

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q =>
        {
            Assert.Equal(("parley/1", "quote"), (q.GetProperty("schema").GetString(), q.GetProperty("kind").GetString()));
            var text = texts[q.GetProperty("doc_id").GetString()!];
            Assert.Equal(text[q.GetProperty("char_start").GetInt32()..q.GetProperty("char_end").GetInt32()], q.GetProperty("text").GetString());
        });
        Assert.Equal(quotes.Length, quotes.Select(q => q.GetProperty("id").GetString()).Distinct().Count());

        var sanctions = Assert.Single(quotes, q => q.GetProperty("text").GetString() == "We want sanctions to remain in place");
        Assert.True(sanctions.GetProperty("direct").GetBoolean());
        Assert.Equal(("USAGOV", "Donald Trump"), (sanctions.GetProperty("speaker").GetProperty("code").GetString(), sanctions.GetProperty("speaker").GetProperty("name").GetString()));
        Assert.Equal("Trump", sanctions.GetProperty("speaker_text").GetString());
        Assert.Equal("2019-04-11", sanctions.GetProperty("date").GetString());

        var again = Records((await ParleyProcess.RunAsync(folder.Path, "quotes", "--db", "q.db", "--format", "jsonl")).Stdout);
        Assert.Equal(quotes.Select(q => q.GetProperty("id").GetString()), again.Select(q => q.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Speaker_filters_by_the_speaker_and_the_table_names_the_medium()
    {
        var seeds = SharedData.Directory("seeds");
        using var folder = new TempFolder();
        await IngestAsync(folder, seeds, "q.db");

        var biegun = Records((await ParleyProcess.RunAsync(folder.Path, "quotes", "--db", "q.db", "--speaker", "biegun", "--format", "jsonl")).Stdout);
        Assert.Equal(["productive", "hard work to do"], biegun.Select(q => q.GetProperty("text").GetString()));

        var table = await ParleyProcess.RunAsync(folder.Path, "quotes", "--db", "q.db", "--speaker", "Kim");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Kim [PRKGOV] via The Korean Central News Agency", table.Stdout, StringComparison.Ordinal);
    }
}
