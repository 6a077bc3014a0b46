using System.CommandLine;
using Parley.Output;
using Parley.Quotes;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley quotes</c>: the stored quotes with their speakers, by publication date.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var speaker = new Option<string?>("--speaker")
        {
            Description = "only quotes whose speaker matches TEXT (an actor code such as USAGOV, a name, or the words as written)",
            HelpName = "TEXT",
        };
        var format = CommonOptions.Format("table", "table", "jsonl");
        var command = new Command("quotes", "List stored quotes (direct and reported) with their speakers") { database, speaker, format };
        command.SetAction(result => Run(result.GetValue(database)!, result.GetValue(speaker), result.GetValue(format)!));
        return command;
    }

    private static int Run(string database, string? speaker, string format) => StoreReading.With(database, queries =>
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("date").AddColumn("speaker").AddColumn("").AddColumn("quote").AddColumn("doc");
        var count = 0;
        foreach (var (document, layer) in queries.DocumentsWithLayer(QuoteLayers.Quotes.Name))
        {
            foreach (var record in QuoteRecords.FromStoredLayer(document, layer))
            {
                if (speaker is not null && !QuoteRecords.SpeakerMatches(record, speaker))
                {
                    continue;
                }

                count++;
                if (format == "jsonl")
                {
                    Terminal.WriteRecord(record);
                    continue;
                }

                table.AddRow(
                    Markup.Escape(record["date"]?.GetValue<string>() ?? "—"),
                    Markup.Escape(SpeakerLabel(record)),
                    record["direct"]!.GetValue<bool>() ? "\u201C\u201D" : "[grey]rep.[/]",
                    Markup.Escape(StoreReading.Shorten(record["text"]?.GetValue<string>(), 100)),
                    Markup.Escape(document.Id[..Math.Min(8, document.Id.Length)]));
            }
        }

        if (format == "table")
        {
            Terminal.Out.Write(table);
            Terminal.Out.MarkupLineInterpolated($"[grey]{count} quote(s)[/]");
        }

        return ExitCodes.Success;
    });

    private static string SpeakerLabel(System.Text.Json.Nodes.JsonObject record)
    {
        var text = record["speaker_text"]?.GetValue<string>() ?? "(unknown)";
        var code = record["speaker"]?["code"]?.GetValue<string>();
        var via = record["via_text"]?.GetValue<string>();
        return text + (code is null ? string.Empty : $" [{code}]") + (via is null ? string.Empty : $" via {via}");
    }
}
