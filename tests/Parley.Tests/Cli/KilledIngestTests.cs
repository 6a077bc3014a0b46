using Microsoft.Data.Sqlite;

namespace Parley.Tests.Cli;

public sealed class KilledIngestTests
{
    private static long Count(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check; ";
        Assert.Equal("ok", command.ExecuteScalar());
        command.CommandText = "SELECT count(*) FROM documents";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task A_killed_run_keeps_what_it_committed_and_a_rerun_completes_the_store()
    {
        using var folder = new TempFolder();
        const int articles = 4000;
        using (var writer = new StreamWriter(folder.File("many.jsonl")))
        {
            for (var i = 0; i < articles; i++)
            {
                await writer.WriteLineAsync($"{{\"text\": \"Article {i}: the envoys met in Hanoi on Tuesday to discuss sanctions and a possible summit, officials said.\"}}");
            }
        }

        using (var process = ParleyProcess.Start(folder.Path, "ingest", "many.jsonl", "--db", "k.db"))
        {
            var database = folder.File("k.db");
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !process.HasExited && (!File.Exists(database) || SafeCount(database) == 0))
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var kept = Count(folder.File("k.db"));
        Assert.InRange(kept, 1, articles);

        var rerun = await ParleyProcess.RunAsync(folder.Path, "ingest", "many.jsonl", "--db", "k.db");
        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        Assert.Equal(articles, Count(folder.File("k.db")));
    }

    private static long SafeCount(string database)
    {
        try
        {
            return Count(database);
        }
        catch (SqliteException)
        {
            return 0; // schema not created yet
        }
    }
}
