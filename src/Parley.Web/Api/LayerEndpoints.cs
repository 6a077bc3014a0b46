using System.Text.Json.Nodes;
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
    /// <summary>Each path with its record kind, how a page of its items is read and how many there are.</summary>
    private static readonly (string Path, string Kind, Func<LayerQueries, string?, Paging, IReadOnlyList<JsonObject>> Read, Func<LayerQueries, long> Count)[] Lists =
    [
        // Quotes have indexed rows of their own; stances are read from their layer.
        ("/api/quotes", "quote", (layers, text, paging) => layers.Quotes(null, text, paging.Limit, paging.Offset), layers => layers.CountRows("quotes")),
        ("/api/stances", "stance", (layers, text, paging) => layers.Items("stances", paging.Limit, paging.Offset, text), layers => layers.Count("stances")),
    ];

    public static void Map(WebApplication app)
    {
        foreach (var (path, kind, read, count) in Lists)
        {
            app.MapGet(path, (string? q, int? limit, int? offset, LayerQueries layers) =>
            {
                var (paging, error) = Paging.From(limit, offset);
                if (error is not null)
                {
                    return error;
                }

                var items = read(layers, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), paging);
                foreach (var item in items)
                {
                    item["schema"] = Output.Records.Schema;
                    item["kind"] ??= kind;
                }

                return JsonResults.Page(items, paging, count(layers));
            }).WithSummary($"Every {kind} in the store, newest documents first; q filters by text");
        }
    }
}
