using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Parley.Store;
using Parley.Web.Api;
using Parley.Web.Pages;

namespace Parley.Web;

/// <summary>
/// The HTTP API and dashboard over a Parley store: read-only, JSON in the record shapes of the
/// output contract under <c>/api</c>, server-rendered HTML pages elsewhere, OpenAPI description at
/// <c>/openapi.json</c>, errors as RFC 9457 problem details.
/// </summary>
public static class ParleyServer
{
    public static WebApplication Build(ServerOptions options)
    {
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;

        // Fail at start-up, with the store's own message, rather than on the first request.
        new DocumentQueries(options.DatabasePath).Dispose();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "Parley.Web" });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Parley";
            document.Info.Description = "Events, quotes, stances and documents extracted from news, each with its evidence.";
            return Task.CompletedTask;
        }));
        builder.Services.AddScoped(_ => new DocumentQueries(options.DatabasePath));
        builder.Services.AddScoped(_ => new LayerQueries(options.DatabasePath));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi("/openapi.json");
        app.MapGet("/assets/{name}", Assets.Serve).ExcludeFromDescription();
        DocumentEndpoints.Map(app);
        LayerEndpoints.Map(app);
        EventEndpoints.Map(app);
        PageRoutes.Map(app);
        return app;
    }
}
