using Microsoft.AspNetCore.Http;
using Parley.Store;

namespace Parley.Web.Pages;

/// <summary>All documents by publication date, paged.</summary>
internal static class DocumentListPage
{
    private const int PageSize = 50;

    public static IResult Render(int? offset, DocumentQueries documents)
    {
        var from = Math.Max(0, offset ?? 0);
        var page = documents.ListDocuments(PageSize, from);
        var body = $"<h1>Documents</h1>{DocumentRows.Table(page)}{Html.Pager("/documents", from, PageSize, page.Count, documents.CountDocuments())}";
        return Html.Page("Documents", "Documents", body);
    }
}
