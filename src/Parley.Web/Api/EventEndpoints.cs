using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Parley.Store;
using Parley.Web.Charts;
using Parley.Web.Pages;

namespace Parley.Web.Api;

/// <summary><c>/api/events</c> with filters, <c>/api/dyads/{a}/{b}/series</c>, <c>/api/actors</c>, <c>/api/clusters/{id}</c>.</summary>
internal static class EventEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/events", (string? q, string? actor, string? dyad, string? code, string? plover, string? from, string? to, string? modality, int? limit, int? offset, LayerQueries layers) =>
        {
            var (paging, error) = Paging.From(limit, offset);
            if (error is not null)
            {
                return error;
            }

            if (dyad is not null && dyad.Split(',', StringSplitOptions.RemoveEmptyEntries).Length != 2)
            {
                return Problems.BadParameter("dyad", "must be two actor codes separated by a comma, e.g. USA,PRK");
            }

            if (BadDate(from) is not null || BadDate(to) is not null)
            {
                return Problems.BadParameter(BadDate(from) is not null ? "from" : "to", "must be a date (YYYY, YYYY-MM or YYYY-MM-DD)");
            }

            var events = layers.Events(EventsPage.FilterFrom(q, actor, dyad, code, plover, from, to, modality), paging.Limit, paging.Offset);
            return JsonResults.Page(events.Select(AsRecord), paging);
        }).WithSummary("Events, filtered by text, actor, dyad (A,B), CAMEO code or root, PLOVER category, date range and modality");

        app.MapGet("/api/dyads/{a}/{b}/series", (string a, string b, string? bucket, LayerQueries layers) =>
        {
            bucket ??= "month";
            if (!DyadSeries.Buckets.Contains(bucket))
            {
                return Problems.BadParameter("bucket", "must be day, week or month");
            }

            var series = DyadSeries.Between(layers, a, b, bucket);
            var points = new JsonArray();
            foreach (var point in series.Points)
            {
                points.Add(new JsonObject
                {
                    ["bucket"] = point.Key,
                    ["total"] = point.Total,
                    ["counts"] = new JsonObject { ["1"] = point.CountsByQuad[0], ["2"] = point.CountsByQuad[1], ["3"] = point.CountsByQuad[2], ["4"] = point.CountsByQuad[3] },
                    ["mean_goldstein"] = point.MeanGoldstein,
                });
            }

            return JsonResults.Of(new JsonObject { ["a"] = a.ToUpperInvariant(), ["b"] = b.ToUpperInvariant(), ["bucket"] = bucket, ["points"] = points });
        }).WithSummary("Counts by quad class and mean Goldstein score per day, week or month for the events between two actors");

        app.MapGet("/api/actors", (int? limit, LayerQueries layers) =>
        {
            var (paging, error) = Paging.From(limit, 0);
            return error ?? JsonResults.Page(
                layers.Actors(paging.Limit).Select(x => new JsonObject { ["code"] = x.Code, ["name"] = x.Name, ["as_source"] = x.AsSource, ["as_target"] = x.AsTarget }),
                paging);
        }).WithSummary("Actors appearing in events, most frequent first");

        app.MapGet("/api/clusters/{id}", (string id, LayerQueries layers) =>
        {
            var events = layers.Events(new EventFilter { Cluster = id }, Paging.MaxLimit);
            if (events.Count == 0)
            {
                return Problems.NotFound($"no event cluster '{id}'");
            }

            return JsonResults.Of(new JsonObject
            {
                ["id"] = id,
                ["mentions"] = events.Count,
                ["articles"] = events.Select(e => e["doc_id"]?.ToString()).Distinct().Count(),
                ["events"] = new JsonArray([.. events.Select(AsRecord)]),
            });
        }).WithSummary("One real-world event: every mention of it across sentences and documents");
    }

    private static string? BadDate(string? date) =>
        date is null || DyadSeries.KeyOf(date, "day") is not null ? null : date;

    private static JsonObject AsRecord(JsonObject item)
    {
        item["schema"] = Output.Records.Schema;
        item["kind"] = "event";
        return item;
    }
}
