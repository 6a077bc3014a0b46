using System.CommandLine;
using System.Globalization;
using Parley.Ingest;
using Parley.Pipeline;
using Parley.Read;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley ingest PATH...</c>: read, analyze and store articles.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "files or folders to read (folders recursively)", Arity = ArgumentArity.OneOrMore };
        var database = CommonOptions.Database();
        var meta = new Option<string?>("--meta") { Description = "JSON metadata keyed by file name (published, source, title, url, language, authors)", HelpName = "FILE" };
        var date = new Option<string?>("--date") { Description = "publication date for inputs that state none", HelpName = "YYYY-MM-DD" };
        var maxSize = new Option<int>("--max-size") { Description = "largest single article in MB", DefaultValueFactory = _ => 16, HelpName = "MB" };
        var workers = new Option<int>("--workers") { Description = "analysis threads", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        var format = CommonOptions.Format("table", "table", "jsonl");
        var knowledge = CommonOptions.Knowledge();
        var command = new Command("ingest", "Read, analyze and store articles (.txt, .html, .jsonl, .warc, each optionally .gz)")
        {
            paths, database, meta, date, maxSize, workers, format, knowledge,
        };

        command.SetAction((result, cancellation) => !CommonOptions.ApplyKnowledge(result.GetValue(knowledge)) ? Task.FromResult(ExitCodes.Usage) : RunAsync(
            result.GetValue(paths)!, result.GetValue(database)!, result.GetValue(meta), result.GetValue(date),
            result.GetValue(maxSize), result.GetValue(workers), result.GetValue(format)!, cancellation));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string database, string? metaPath, string? date, int maxSizeMb, int workers, string format, CancellationToken cancellation)
    {
        MetadataSidecar? sidecar = null;
        if (metaPath is not null)
        {
            (sidecar, var error) = MetadataSidecar.Load(metaPath);
            if (sidecar is null)
            {
                return Terminal.Fail(error!, ExitCodes.Usage);
            }
        }

        DateOnly? defaultDate = null;
        if (date is not null)
        {
            defaultDate = DateParsing.ParseDate(date);
            if (defaultDate is null)
            {
                return Terminal.Fail($"--date '{date}' is not a date; use YYYY-MM-DD", ExitCodes.Usage);
            }
        }

        if (maxSizeMb <= 0 || workers <= 0)
        {
            return Terminal.Fail("--max-size and --workers must be positive", ExitCodes.Usage);
        }

        var read = new ReadOptions { Sidecar = sidecar, DefaultPublished = defaultDate, MaxArticleBytes = maxSizeMb * 1024L * 1024L };
        var options = new IngestOptions(database, read, DefaultPipeline.Build()) { Workers = workers };
        var inputs = InputFiles.Expand(paths).ToList();
        var totalBytes = inputs.OfType<InputFile>().Sum(file => SafeLength(file.Path));

        IngestSummary summary;
        try
        {
            summary = await Terminal.Error.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("reading", maxValue: Math.Max(1, totalBytes));

                    // Progress is measured in decoded bytes; compressed inputs decode to an unknown size.
                    task.IsIndeterminate = inputs.OfType<InputFile>().Any(file => file.Path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase));
                    var progress = new Progress<IngestProgress>(p =>
                    {
                        task.Value = Math.Min(p.Bytes, task.MaxValue);
                        task.Description = string.Create(CultureInfo.InvariantCulture,
                            $"{p.Stored + p.Duplicates:N0} docs, {p.DocumentsPerSecond:N0} docs/s, {p.Rejected:N0} rejected");
                    });
                    var result = await new IngestRunner(options).RunAsync(inputs, progress, cancellation).ConfigureAwait(false);
                    task.Value = task.MaxValue;
                    task.Description = string.Create(CultureInfo.InvariantCulture,
                        $"{result.Stored + result.Duplicates:N0} docs, {(result.Stored + result.Duplicates) / Math.Max(result.Elapsed.TotalSeconds, 1e-3):N0} docs/s");
                    return result;
                }).ConfigureAwait(false);
        }
        catch (Store.StoreException e)
        {
            return Terminal.Fail(e.Message, ExitCodes.Usage);
        }

        if (format == "jsonl")
        {
            WriteRecords(summary, database);
        }

        IngestReport.Write(Terminal.Error, summary, database);
        return summary.Rejected.Count > 0 ? ExitCodes.SomeRejected : ExitCodes.Success;
    }

    private static void WriteRecords(IngestSummary summary, string database)
    {
        foreach (var problem in summary.Rejected.Concat(summary.Skipped))
        {
            Terminal.WriteRecord(new System.Text.Json.Nodes.JsonObject
            {
                ["schema"] = Output.Records.Schema,
                ["kind"] = "input_problem",
                ["origin"] = problem.Origin,
                ["line"] = problem.Line,
                ["reason"] = problem.Reason,
                ["rejected"] = problem.Rejected,
            });
        }

        Terminal.WriteRecord(new System.Text.Json.Nodes.JsonObject
        {
            ["schema"] = Output.Records.Schema,
            ["kind"] = "ingest_summary",
            ["db"] = database,
            ["read"] = summary.Read,
            ["stored"] = summary.Stored,
            ["duplicates"] = summary.Duplicates,
            ["near_duplicates"] = summary.NearDuplicates,
            ["rejected"] = summary.Rejected.Count,
            ["skipped"] = summary.Skipped.Count,
            ["warnings"] = summary.Warnings.Count,
            ["seconds"] = Math.Round(summary.Elapsed.TotalSeconds, 3),
        });
    }

    private static long SafeLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
