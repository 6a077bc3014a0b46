using System.Text;
using System.Text.Json.Nodes;
using Parley.Output;
using Spectre.Console;

namespace Parley.Cli;

/// <summary>
/// Where output goes: records and tables to stdout, progress, summaries and errors to stderr,
/// so <c>--format jsonl</c> leaves nothing but records on stdout.
/// </summary>
internal static class Terminal
{
    private static readonly Lazy<TextWriter> StandardOutput = new(() =>
        new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" });

    public static IAnsiConsole Out { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static void WriteRecord(JsonObject record) => StandardOutput.Value.WriteLine(Records.ToLine(record));

    public static void Flush()
    {
        if (StandardOutput.IsValueCreated)
        {
            StandardOutput.Value.Flush();
        }
    }

    public static int Fail(string message, int exitCode)
    {
        Error.MarkupLineInterpolated($"[red]error:[/] {message}");
        return exitCode;
    }
}
