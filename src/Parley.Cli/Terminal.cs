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

    /// <summary>
    /// Width for output going to a file or pipe: wide enough that a problem report stays on one
    /// line for grep, narrow enough that tables stay readable.
    /// </summary>
    private const int RedirectedWidth = 200;

    public static IAnsiConsole Out { get; } = Create(Console.Out, Console.IsOutputRedirected);

    public static IAnsiConsole Error { get; } = Create(Console.Error, Console.IsErrorRedirected);

    public static void WriteRecord(JsonObject record) => StandardOutput.Value.WriteLine(Records.ToLine(record));

    public static void Flush()
    {
        if (StandardOutput.IsValueCreated)
        {
            StandardOutput.Value.Flush();
        }
    }

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }

    public static int Fail(string message, int exitCode)
    {
        Error.MarkupLineInterpolated($"[red]error:[/] {message}");
        return exitCode;
    }
}
