using System.Text.Json;

namespace Parley.Tests.Cli;

/// <summary>Steps the CLI tests share: filling a store from a corpus folder and reading what a verb printed.</summary>
internal static class CliRuns
{
    /// <summary>Ingests <paramref name="corpus"/> with its <c>metadata.json</c> into <paramref name="database"/> in the folder, and checks it succeeded.</summary>
    public static async Task IngestAsync(TempFolder folder, string corpus, string database)
    {
        var ingest = await ParleyProcess.RunAsync(folder.Path, "ingest", corpus, "--meta", Path.Combine(corpus, "metadata.json"), "--db", database);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
    }

    /// <summary>The records of a verb's JSON Lines output, one per non-empty line.</summary>
    public static JsonElement[] Records(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];
}
