using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Parley.Output;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley events</c>: the stored events, filtered, as a table, JSON Lines, CSV or GDELT 2.0 rows.</summary>
internal static class EventsCommand
{
    /// <summary>A table longer than this is hard to read; the other formats write everything.</summary>
    private const int TableRows = 200;

    private static readonly string[] CsvColumns =
    [
        "id", "doc_id", "event_date", "date_precision", "date_from_text", "source", "target", "cameo", "cameo_root", "plover",
        "goldstein", "quad_class", "modality", "condition", "confidence", "location", "char_start", "char_end", "cluster_id", "evidence",
    ];

    public static Command Create()
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format("table", "table", "jsonl", "csv", "gdelt");
        var actor = new Option<string?>("--actor") { Description = "events with this actor as source or target (a code or its start: USA, USAGOV)", HelpName = "CODE" };
        var dyad = new Option<string?>("--dyad") { Description = "events between two actors, either direction", HelpName = "A,B" };
        var from = new Option<string?>("--from") { Description = "events dated on or after this date", HelpName = "D" };
        var to = new Option<string?>("--to") { Description = "events dated on or before this date", HelpName = "D" };
        var code = new Option<string?>("--code") { Description = "CAMEO code or its start (036, 1244)", HelpName = "CODE" };
        var root = new Option<string?>("--root") { Description = "CAMEO root (two digits)", HelpName = "RR" };
        var command = new Command("events", "List stored CAMEO-coded events with their evidence") { database, format, actor, dyad, from, to, code, root };
        command.SetAction(result =>
        {
            var dyadText = result.GetValue(dyad);
            var parts = dyadText?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (dyadText is not null && parts is not { Length: 2 })
            {
                return Terminal.Fail("--dyad takes two actor codes separated by a comma, e.g. --dyad USA,PRK", ExitCodes.Usage);
            }

            var filter = new EventFilter
            {
                Actor = result.GetValue(actor)?.Trim().ToUpperInvariant(),
                Dyad = parts is [var a, var b] ? (a.ToUpperInvariant(), b.ToUpperInvariant()) : null,
                From = result.GetValue(from),
                To = result.GetValue(to),
                Code = result.GetValue(code) ?? result.GetValue(root)?.PadLeft(2, '0'),
            };
            return Run(result.GetValue(database)!, result.GetValue(format)!, filter);
        });
        return command;
    }

    /// <summary>
    /// The events come from the store's indexed event rows, so near-duplicate documents (syndicated
    /// copies) are left out and a story's events count once, as on the dashboard.
    /// </summary>
    private static int Run(string database, string format, EventFilter filter) => StoreReading.WithLayers(database, layers =>
    {
        // Streamed: every format reads the rows once, as it writes them. The table shows its first rows only, so only those are read.
        var items = layers.StreamEvents(filter, format == "table" ? TableRows : int.MaxValue);
        var elements = items.Select(item => JsonSerializer.SerializeToElement(item));
        switch (format)
        {
            case "jsonl":
                foreach (var item in items)
                {
                    var record = new JsonObject { ["schema"] = Records.Schema, ["kind"] = "event" };
                    foreach (var (name, value) in item)
                    {
                        if (name is not ("start" or "end" or "source_url" or "published"))
                        {
                            record[name] = value?.DeepClone();
                        }
                    }

                    Terminal.WriteRecord(record);
                }

                return ExitCodes.Success;
            case "gdelt":
                foreach (var item in items)
                {
                    Console.Out.Write(string.Join('\t', GdeltEventRow.Of(JsonSerializer.SerializeToElement(item), item["source_url"]?.ToString())) + "\n");
                }

                return ExitCodes.Success;
            case "csv":
                WriteCsv(elements);
                return ExitCodes.Success;
            default:
                return WriteTable(elements);
        }
    });

    private static void WriteCsv(IEnumerable<JsonElement> events)
    {
        using var csv = CsvWriter.Create(Console.Out, new CsvWriterOptions(), true);
        csv.WriteRecord(CsvColumns);
        foreach (var e in events)
        {
            csv.WriteRecord([.. CsvColumns.Select(column => Cell(e, column))]);
        }

        csv.Flush();
    }

    private static int WriteTable(IEnumerable<JsonElement> events)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("date").AddColumn("source").AddColumn("cameo").AddColumn("target").AddColumn("modality").AddColumn("evidence");
        var shown = 0;
        foreach (var e in events.Take(TableRows))
        {
            table.AddRow(
                Markup.Escape(Cell(e, "event_date") + (e.GetProperty("date_from_text").GetBoolean() ? "" : "*")),
                Markup.Escape(Cell(e, "source")),
                Markup.Escape(Cell(e, "cameo") + " " + Cell(e, "plover")),
                Markup.Escape(Cell(e, "target")),
                Markup.Escape(Cell(e, "modality")),
                Markup.Escape(StoreReading.Shorten(Cell(e, "evidence"), 80)));
            shown++;
        }

        Terminal.Out.Write(table);
        Terminal.Out.MarkupLineInterpolated($"[grey]{shown} event(s) shown; * = publication date, not a date in the text[/]");
        return ExitCodes.Success;
    }

    private static string Cell(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var value))
        {
            return "";
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.Null => "",
            JsonValueKind.Object when value.TryGetProperty("code", out var c) => c.GetString() ?? "",
            JsonValueKind.Object when value.TryGetProperty("name", out var n) => n.GetString() ?? "",
            _ => value.GetRawText(),
        };
    }
}
