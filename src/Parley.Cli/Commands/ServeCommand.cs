using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Parley.Store;
using Parley.Web;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary><c>parley serve</c>: the HTTP API and dashboard over a store, read-only, on loopback by default.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var urls = new Option<string[]>("--urls")
        {
            Description = "addresses to listen on (loopback unless told otherwise)",
            DefaultValueFactory = _ => [ServerOptions.DefaultUrl],
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("serve", "Serve the HTTP API and web dashboard over a store") { database, urls };
        command.SetAction((result, cancellation) => RunAsync(result.GetValue(database)!, result.GetValue(urls)!, cancellation));
        return command;
    }

    private static async Task<int> RunAsync(string database, string[] urls, CancellationToken cancellation)
    {
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = ParleyServer.Build(new ServerOptions(database, urls));
        }
        catch (StoreException e)
        {
            return Terminal.Fail(e.Message, ExitCodes.Usage);
        }

        await using (app.ConfigureAwait(false))
        {
            Terminal.Error.MarkupLineInterpolated($"Parley serves [bold]{database}[/] at {string.Join(", ", urls)} (Ctrl+C stops)");
            await app.StartAsync(cancellation).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
