using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

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
    }
}
