using System.Text;
using Microsoft.AspNetCore.Http;
using Parley.Store;

namespace Parley.Web.Pages;

/// <summary>
/// The timeline of real-world events: one row per event cluster (the same event reported in several
/// sentences and articles), newest first, with its mentions one click away.
/// </summary>
internal static class TimelinePage
{
    private const int PageSize = 50;

    public static IResult Render(string? actor, int? offset, LayerQueries layers)
    {
        var from = Math.Max(0, offset ?? 0);
        var code = string.IsNullOrWhiteSpace(actor) ? null : actor.Trim().ToUpperInvariant();
        var clusters = layers.Clusters(code, PageSize, from);
        var html = new StringBuilder($"""
            <h1>Timeline</h1>
            <form class="filters" action="/timeline" method="get">
              <label>actor <input name="actor" value="{Html.E(actor)}" placeholder="USA"></label>
              <button type="submit">Filter</button>
            </form>
            <table class="timeline"><thead><tr><th>date</th><th>source</th><th>event</th><th>target</th><th>reported</th><th>first report</th></tr></thead><tbody>
            """);
        foreach (var (first, mentions, articles, sources) in clusters)
        {
            var id = first["cluster_id"]?.ToString();
            html.Append($"<tr><td class=\"date\">{Html.E(first["event_date"]?.ToString())}</td><td>{EventRows.Actor(first["source"])}</td>")
                .Append($"<td><span class=\"quad q{first["quad_class"]}\">{Html.E(first["cameo"]?.ToString())}</span> {Html.E(first["plover"]?.ToString())}</td><td>{EventRows.Actor(first["target"])}</td>")
                .Append($"<td><a href=\"/events?cluster={Html.Url(id)}\">{mentions} mention(s)</a>, {articles} article(s), {sources} source(s)</td>")
                .Append($"<td class=\"evidence\"><a href=\"/documents/{first["doc_id"]}\">{Html.E(first["evidence"]?.ToString())}</a></td></tr>");
        }

        html.Append("</tbody></table>").Append(Html.Pager($"/timeline?actor={Html.Url(actor)}", from, PageSize, clusters.Count, null));
        return Html.Page("Timeline", "Timeline", html.ToString());
    }
}
