using System.CommandLine;
using System.Text;
using Parley.Cli;
using Parley.Cli.Commands;
using Spectre.Console;

Console.OutputEncoding = new UTF8Encoding(false);

var root = new RootCommand("Parley: news about international relations turned into evidence-backed events, quotes and stances.")
{
    IngestCommand.Create(),
    DocsCommand.Create(),
    ShowCommand.Create(),
    SearchCommand.Create(),
    ExtractCommand.Create(),
    AnnotateCommand.Create(),
    EventsCommand.Create(),
    QuotesCommand.Create(),
    StancesCommand.Create(),
    ServeCommand.Create(),
    PlotCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Terminal.Error.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
    }

    Terminal.Error.WriteLine("Run 'parley --help' for usage.");
    return ExitCodes.Usage;
}

try
{
    return await parsed.InvokeAsync().ConfigureAwait(false);
}
finally
{
    Terminal.Flush();
}
