using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Parley.Output;
using Parley.Store;

namespace Parley.Web.Api;

/// <summary><c>/api/documents</c>, <c>/api/documents/{id}</c> and <c>/api/search</c>.</summary>
internal static class DocumentEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/documents", (int? limit, int? offset, DocumentQueries queries) =>
        {
            var (paging, error) = Paging.From(limit, offset);
            return error ?? JsonResults.Page(queries.ListDocuments(paging.Limit, paging.Offset).Select(d => Records.Document(d)), paging, queries.CountDocuments());
        }).WithSummary("Stored documents by publication date, paged");

        app.MapGet("/api/documents/{id}", (string id, DocumentQueries queries) =>
        {
            var (document, error) = queries.FindDocument(id);
            return document is null ? Problems.NotFound(error!) : JsonResults.Of(Records.AnnotatedDocument(document, queries.Layers(document.Id)));
        }).WithSummary("One document with its annotation layers (stand-off offsets into its text)");

        app.MapGet("/api/search", (string? q, int? limit, int? offset, DocumentQueries queries) =>
        {
            if (string.IsNullOrWhiteSpace(q))
            {
                return Problems.BadParameter("q", "is required: words, \"a phrase\", AND/OR/NOT, prefix*");
            }

            var (paging, error) = Paging.From(limit, offset);
            return error ?? JsonResults.Page(queries.Search(q, paging.Limit + paging.Offset).Skip(paging.Offset).Select(Records.SearchHit), paging);
        }).WithSummary("Full-text search over titles and texts, best first, with snippets");
    }
}
