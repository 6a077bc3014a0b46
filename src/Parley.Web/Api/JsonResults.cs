using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Parley.Store;

namespace Parley.Web.Api;

/// <summary>JSON responses written with the output contract's serializer settings.</summary>
internal static class JsonResults
{
    public static IResult Of(JsonNode node) =>
        TypedResults.Text(node.ToJsonString(LayerJson.Options), "application/json; charset=utf-8");

    /// <summary>A page of records with what a client needs to ask for the next one.</summary>
    public static IResult Page(IEnumerable<JsonObject> items, Paging paging, long? total = null)
    {
        var array = new JsonArray([.. items]);
        return Of(new JsonObject
        {
            ["items"] = array,
            ["limit"] = paging.Limit,
            ["offset"] = paging.Offset,
            ["count"] = array.Count,
            ["total"] = total,
        });
    }
}
