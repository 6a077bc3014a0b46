using Microsoft.AspNetCore.Http;
using Parley.Store;

namespace Parley.Web.Pages;

/// <summary>Full-text search with ranked hits and highlighted snippets.</summary>
internal static class SearchPage
{
    private const int PageSize = 25;

    public static IResult Render(string? q, int? offset, DocumentQueries documents)
    {
        var from = Math.Max(0, offset ?? 0);
        var form = $"""
            <h1>Search</h1>
            <form class="search" action="/search" method="get">
              <input type="search" name="q" value="{Html.E(q)}" placeholder="words, &quot;a phrase&quot;, AND/OR/NOT, prefix*" autofocus>
              <button type="submit">Search</button>
            </form>
            """;
        if (string.IsNullOrWhiteSpace(q))
        {
            return Html.Page("Search", "Search", form);
        }

        var hits = documents.Search(q, from + PageSize).Skip(from).ToList();
        var snippets = hits.ToDictionary(h => h.Document.Id, h => Html.E(h.Snippet)
            .Replace(SearchHit.MatchStart.ToString(), "<mark>", StringComparison.Ordinal)
            .Replace(SearchHit.MatchEnd.ToString(), "</mark>", StringComparison.Ordinal));
        var table = hits.Count == 0
            ? "<p class=\"empty\">No document matches.</p>"
            : DocumentRows.Table(hits.Select(h => h.Document), d => snippets[d.Id], "snippet");
        var body = form + $"<p class=\"count\">{hits.Count} hit(s)</p>" + table + Html.Pager($"/search?q={Html.Url(q)}", from, PageSize, hits.Count, null);
        return Html.Page($"Search: {q}", "Search", body);
    }
}
