using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Parley.Store;

namespace Parley.Web.Api;

/// <summary>
/// <c>/api/quotes</c> and <c>/api/stances</c>: every item of a layer across the
/// store, newest documents first, each with its <c>doc_id</c>. <c>q</c> filters on any field's text.
/// </summary>
internal static class LayerEndpoints
{
    public static void Map(WebApplication app)
    {
        foreach (var (path, layer, kind) in new[] { ("/api/quotes", "quotes", "quote"), ("/api/stances", "stances", "stance") })
        {
            app.MapGet(path, (string? q, int? limit, int? offset, LayerQueries layers) =>
            {
                var (paging, error) = Paging.From(limit, offset);
                if (error is not null)
                {
                    return error;
                }

                var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
                var items = layer == "quotes" ? layers.Quotes(null, text, paging.Limit, paging.Offset) : layers.Items(layer, paging.Limit, paging.Offset, text);
                foreach (var item in items)
                {
                    item["schema"] = Output.Records.Schema;
                    item["kind"] ??= kind;
                }

                return JsonResults.Page(items, paging, layer == "quotes" ? layers.CountRows("quotes") : layers.Count(layer));
            }).WithSummary($"Every {kind} in the store, newest documents first; q filters by text");
        }
    }
}
