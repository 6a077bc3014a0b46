using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Parley.Store;

namespace Parley.Web.Pages;

/// <summary>Every quote in the store with its speaker and date, each linked to its document.</summary>
internal static class QuotesPage
{
    private const int PageSize = 50;

    public static IResult Render(string? speaker, int? offset, LayerQueries layers)
    {
        var from = Math.Max(0, offset ?? 0);
        var items = layers.Quotes(null, string.IsNullOrWhiteSpace(speaker) ? null : speaker.Trim(), PageSize, from);
        var html = new StringBuilder($"""
            <h1>Quotes</h1>
            <form class="search" action="/quotes" method="get">
              <input type="search" name="speaker" value="{Html.E(speaker)}" placeholder="speaker or words">
              <button type="submit">Filter</button>
            </form>
            <table class="quotes"><thead><tr><th>date</th><th>speaker</th><th>quote</th></tr></thead><tbody>
            """);
        foreach (var item in items)
        {
            var who = item["speaker"] is JsonObject actor ? $"{actor["name"]} <code>{actor["code"]}</code>" : Html.E(item["speaker_text"]?.ToString() ?? "—");
            html.Append($"<tr><td class=\"date\">{Html.E(item["published"]?.ToString())}</td><td>{who}</td>")
                .Append($"<td><a href=\"/documents/{item["doc_id"]}\">{Html.E(item["text"]?.ToString())}</a></td></tr>");
        }

        html.Append("</tbody></table>").Append(Html.Pager($"/quotes?speaker={Html.Url(speaker)}", from, PageSize, items.Count, null));
        return Html.Page("Quotes", "Quotes", html.ToString());
    }
}
