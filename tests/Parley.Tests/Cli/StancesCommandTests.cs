using static Parley.Tests.Cli.CliRuns;

namespace Parley.Tests.Cli;

public sealed class StancesCommandTests
{
    [Fact]
    public async Task Stances_lists_records_and_the_table_shows_a_position_changing_over_time()
    {
        var seeds = SharedData.Directory("seeds");
        using var folder = new TempFolder();
        await IngestAsync(folder, seeds, "s.db");

        var run = await ParleyProcess.RunAsync(folder.Path, "stances", "--db", "s.db", "--issue", "sanctions", "--actor", "USAGOV", "--format", "jsonl");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var stances = Records(run.Stdout);
        Assert.NotEmpty(stances);
        Assert.All(stances, s =>
        {
            Assert.Equal(("parley/1", "stance"), (s.GetProperty("schema").GetString(), s.GetProperty("kind").GetString()));
            Assert.Equal("USAGOV", s.GetProperty("actor").GetProperty("code").GetString());
            Assert.StartsWith("sanctions", s.GetProperty("issue").GetString(), StringComparison.Ordinal);
            Assert.True(s.GetProperty("char_end").GetInt32() > s.GetProperty("char_start").GetInt32());
        });
        Assert.Contains(stances, s => s.GetProperty("position").GetString() == "ease" && s.GetProperty("date").GetString() == "2019-02-20");

        var table = await ParleyProcess.RunAsync(folder.Path, "stances", "--db", "s.db", "--issue", "sanctions:PRK");
        Assert.Equal(0, table.ExitCode);
        var line = Assert.Single(table.Stdout.Split('\n'), l => l.StartsWith("USAGOV on sanctions:PRK:", StringComparison.Ordinal));
        Assert.True(line.IndexOf("2019-02-20 ease (conditional: only if", StringComparison.Ordinal) < line.IndexOf("2019-04-11 maintain", StringComparison.Ordinal), line);
    }
}
