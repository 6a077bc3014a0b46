using System.Globalization;
using Parley.Ingest;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>The summary an ingest run prints: counts, then each problem by input.</summary>
internal static class IngestReport
{
    /// <summary>Skipped files are listed only up to this many; they are rarely interesting.</summary>
    private const int SkippedShown = 10;

    public static void Write(IAnsiConsole console, IngestSummary summary, string database)
    {
        var seconds = Math.Max(summary.Elapsed.TotalSeconds, 1e-3);
        var table = new Table().Border(TableBorder.Rounded).Title($"ingest into {Markup.Escape(database)}");
        table.AddColumn("read").AddColumn("stored").AddColumn("near-duplicates").AddColumn("duplicates").AddColumn("rejected").AddColumn("skipped").AddColumn("docs/s").AddColumn("MB/s");
        table.AddRow(
            N(summary.Read), N(summary.Stored), N(summary.NearDuplicates), N(summary.Duplicates),
            summary.Rejected.Count > 0 ? $"[red]{N(summary.Rejected.Count)}[/]" : "0",
            N(summary.Skipped.Count),
            ((summary.Stored + summary.Duplicates) / seconds).ToString("N0", CultureInfo.InvariantCulture),
            (summary.Bytes / seconds / (1024 * 1024)).ToString("N1", CultureInfo.InvariantCulture));
        console.Write(table);

        foreach (var problem in summary.Rejected)
        {
            console.MarkupLineInterpolated($"[red]rejected[/] {problem.Location}: {problem.Reason}");
        }

        foreach (var warning in summary.Warnings)
        {
            console.MarkupLineInterpolated($"[yellow]warning[/] {warning.Location}: {warning.Message}");
        }

        foreach (var problem in summary.Skipped.Take(SkippedShown))
        {
            console.MarkupLineInterpolated($"[grey]skipped {problem.Location}: {problem.Reason}[/]");
        }

        if (summary.Skipped.Count > SkippedShown)
        {
            console.MarkupLineInterpolated($"[grey]… and {summary.Skipped.Count - SkippedShown} more skipped[/]");
        }
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
