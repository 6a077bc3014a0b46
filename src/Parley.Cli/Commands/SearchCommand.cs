using System.CommandLine;
using System.Globalization;
using Parley.Output;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley search "QUERY"</c>: full-text search over stored documents, best first.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "words, \"a phrase\", AND/OR/NOT, prefix*" };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("table", "table", "jsonl");
        var limit = CommonOptions.Limit("at most N hits (default 20)");
        var command = new Command("search", "Full-text search over titles and texts, ranked, with snippets") { query, database, format, limit };
        command.SetAction(result => Run(result.GetValue(query)!, result.GetValue(database)!, result.GetValue(format)!, result.GetValue(limit) ?? 20));
        return command;
    }

    private static int Run(string query, string database, string format, int limit) => StoreReading.With(database, queries =>
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return Terminal.Fail("the search query is empty", ExitCodes.Usage);
        }

        var hits = queries.Search(query, Math.Max(1, limit));
        if (format == "jsonl")
        {
            foreach (var hit in hits)
            {
                Terminal.WriteRecord(Records.SearchHit(hit));
            }

            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("id").AddColumn("published").AddColumn("title").AddColumn("snippet").AddColumn(new TableColumn("score").RightAligned());
        foreach (var hit in hits)
        {
            var snippet = Markup.Escape(StoreReading.Shorten(hit.Snippet, 160)).Replace(SearchHit.MatchStart.ToString(), "[yellow]", StringComparison.Ordinal).Replace(SearchHit.MatchEnd.ToString(), "[/]", StringComparison.Ordinal);
            table.AddRow(
                Markup.Escape(hit.Document.Id),
                StoreReading.Date(hit.Document.Metadata.Published),
                Markup.Escape(StoreReading.Shorten(hit.Document.Metadata.Title, 60)),
                snippet,
                (-hit.Score).ToString("G3", CultureInfo.InvariantCulture));
        }

        Terminal.Out.Write(table);
        Terminal.Out.MarkupLineInterpolated($"[grey]{hits.Count} hit(s) for '{query}'[/]");
        return ExitCodes.Success;
    });
}
