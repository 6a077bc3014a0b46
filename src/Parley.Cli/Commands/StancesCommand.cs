using System.CommandLine;
using System.Text.Json.Nodes;
using Parley.Output;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley stances</c>: stated positions on issues; the table shows, per issue and actor, how the position changed over time.</summary>
internal static class StancesCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var issue = new Option<string?>("--issue") { Description = "only stances on issues matching TEXT (sanctions, sanctions:PRK)", HelpName = "TEXT" };
        var actor = new Option<string?>("--actor") { Description = "only stances of actors whose code starts with CODE (USA, USAGOV)", HelpName = "CODE" };
        var format = CommonOptions.Format("table", "table", "jsonl");
        var command = new Command("stances", "List stated positions on issues, by issue and actor over time") { database, issue, actor, format };
        command.SetAction(result => Run(result.GetValue(database)!, result.GetValue(issue), result.GetValue(actor), result.GetValue(format)!));
        return command;
    }

    private static int Run(string database, string? issue, string? actor, string format) => StoreReading.With(database, queries =>
    {
        var records = queries.DocumentsWithLayer("stances")
            .SelectMany(pair => StanceRecords.FromStoredLayer(pair.Layer))
            .Where(record => StanceRecords.Matches(record, issue, actor))
            .ToList();
        if (format == "jsonl")
        {
            records.ForEach(Terminal.WriteRecord);
            return ExitCodes.Success;
        }

        var groups = records
            .GroupBy(r => (Issue: Text(r["issue"]), Actor: Text(r["actor"]?["code"])))
            .OrderBy(g => g.Key.Issue, StringComparer.Ordinal).ThenBy(g => g.Key.Actor, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var steps = group.OrderBy(r => Text(r["date"]), StringComparer.Ordinal).Select(Step);
            Console.Out.Write($"{group.Key.Actor} on {group.Key.Issue}: {string.Join(" \u2192 ", steps)}\n");
        }

        Terminal.Out.MarkupLineInterpolated($"[grey]{records.Count} stance(s)[/]");
        return ExitCodes.Success;
    });

    private static string Step(JsonObject record)
    {
        var condition = Text(record["condition"]);
        return $"{Text(record["date"])} {Text(record["position"])}" + (condition.Length == 0 ? "" : $" (conditional: {StoreReading.Shorten(condition, 60)})");
    }

    private static string Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
}
