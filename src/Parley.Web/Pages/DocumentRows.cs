using System.Globalization;
using System.Text;
using Parley.Model;

namespace Parley.Web.Pages;

/// <summary>A table of documents, linking each to its page.</summary>
internal static class DocumentRows
{
    public static string Table(IEnumerable<Document> documents, Func<Document, string>? extra = null, string? extraHeader = null)
    {
        var html = new StringBuilder("<table class=\"docs\"><thead><tr><th>published</th><th>source</th><th>title</th>");
        if (extraHeader is not null)
        {
            html.Append("<th>").Append(Html.E(extraHeader)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var document in documents)
        {
            var meta = document.Metadata;
            var title = meta.Title ?? (document.Text.Length > 90 ? document.Text[..90] + "…" : document.Text);
            html.Append("<tr><td class=\"date\">").Append(meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—").Append("</td><td>")
                .Append(Html.E(meta.Source)).Append("</td><td><a href=\"/documents/").Append(document.Id).Append("\">").Append(Html.E(title)).Append("</a>")
                .Append(document.DuplicateOf is null ? string.Empty : " <span class=\"tag\">copy</span>").Append("</td>");
            if (extra is not null)
            {
                html.Append("<td>").Append(extra(document)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
