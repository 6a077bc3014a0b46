using Microsoft.AspNetCore.Http;
using Parley.Store;

namespace Parley.Web.Pages;

/// <summary>Corpus counts, date range, and the latest documents.</summary>
internal static class OverviewPage
{
    private const int Latest = 10;

    public static IResult Render(DocumentQueries documents, LayerQueries layers)
    {
        var (count, first, last) = layers.Span();
        var latest = documents.LatestDocuments(Latest);
        var body = $"""
            <h1>Overview</h1>
            <section class="cards">
              <div class="card"><b>{count:N0}</b><span>documents</span></div>
              <div class="card"><b>{Html.E(first ?? "—")}</b><span>first published</span></div>
              <div class="card"><b>{Html.E(last ?? "—")}</b><span>last published</span></div>
              <div class="card"><b>{layers.CountRows("duplicates"):N0}</b><span>near-duplicates</span></div>
              <div class="card"><b>{layers.CountRows("events"):N0}</b><span>events</span></div>
              <div class="card"><b>{layers.CountRows("quotes"):N0}</b><span>quotes</span></div>
            </section>
            <h2>Latest documents</h2>
            {DocumentRows.Table(latest)}
            """;
        return Html.Page("Overview", "Overview", body);
    }
}
