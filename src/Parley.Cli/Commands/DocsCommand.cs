using System.CommandLine;
using System.Globalization;
using Parley.Output;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley docs</c>: the stored documents with their metadata.</summary>
internal static class DocsCommand
{
    /// <summary>A table longer than this is hard to read; jsonl has no default limit.</summary>
    private const int DefaultTableRows = 100;

    public static Command Create()
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("table", "table", "jsonl");
        var limit = CommonOptions.Limit($"at most N documents (table default {DefaultTableRows}, jsonl all)");
        var offset = new Option<int>("--offset") { Description = "skip the first N documents", DefaultValueFactory = _ => 0, HelpName = "N" };
        var command = new Command("docs", "List stored documents (by publication date) with clean text and metadata")
        {
            database, format, limit, offset,
        };
        command.SetAction(result => Run(result.GetValue(database)!, result.GetValue(format)!, result.GetValue(limit), result.GetValue(offset)));
        return command;
    }

    private static int Run(string database, string format, int? limit, int offset) => StoreReading.With(database, queries =>
    {
        var count = queries.CountDocuments();
        var take = limit ?? (format == "jsonl" ? int.MaxValue : DefaultTableRows);
        var documents = queries.ListDocuments(take, Math.Max(0, offset));
        if (format == "jsonl")
        {
            foreach (var document in documents)
            {
                Terminal.WriteRecord(Records.Document(document));
            }

            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("id").AddColumn("published").AddColumn("source").AddColumn("title").AddColumn(new TableColumn("chars").RightAligned());
        foreach (var document in documents)
        {
            var meta = document.Metadata;
            table.AddRow(
                Markup.Escape(document.Id),
                StoreReading.Date(meta.Published) + (meta.PublishedInferred ? " (inferred)" : string.Empty),
                Markup.Escape(meta.Source ?? string.Empty),
                Markup.Escape(StoreReading.Shorten(meta.Title ?? document.Text, 90)),
                document.Text.Length.ToString("N0", CultureInfo.InvariantCulture));
        }

        Terminal.Out.Write(table);
        Terminal.Out.MarkupLineInterpolated($"[grey]{documents.Count} of {count} document(s)[/]");
        return ExitCodes.Success;
    });
}
