using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Parley.Store;

namespace Parley.Web.Pages;

/// <summary>The dashboard's pages.</summary>
internal static class PageRoutes
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", OverviewPage.Render).ExcludeFromDescription();
        app.MapGet("/documents", DocumentListPage.Render).ExcludeFromDescription();
        app.MapGet("/documents/{id}", DocumentPage.Render).ExcludeFromDescription();
        app.MapGet("/search", SearchPage.Render).ExcludeFromDescription();
        app.MapGet("/quotes", QuotesPage.Render).ExcludeFromDescription();
        app.MapGet("/events", EventsPage.Render).ExcludeFromDescription();
        app.MapGet("/timeline", TimelinePage.Render).ExcludeFromDescription();
        app.MapGet("/dyads", DyadPage.Render).ExcludeFromDescription();
        app.MapGet("/dyads/{a}/{b}", (string a, string b, string? bucket, LayerQueries layers) => DyadPage.Render(a, b, bucket, layers)).ExcludeFromDescription();
        app.MapGet("/actors/{code}", ActorPage.Render).ExcludeFromDescription();
        app.MapGet("/stances", StancesPage.Render).ExcludeFromDescription();
    }
}
