using System.Text;
using System.Text.Json.Nodes;

namespace Parley.Web.Pages;

/// <summary>A table of stances: who, on which issue, which position, on which condition, with the evidence.</summary>
internal static class StanceRows
{
    public static string Table(IEnumerable<JsonObject> stances)
    {
        var html = new StringBuilder("<table class=\"stances\"><thead><tr><th>date</th><th>actor</th><th>issue</th><th>position</th><th>evidence</th></tr></thead><tbody>");
        foreach (var s in stances.OrderBy(s => s["date"]?.ToString(), StringComparer.Ordinal))
        {
            var condition = s["condition"]?.ToString();
            html.Append($"<tr><td class=\"date\">{Html.E(s["date"]?.ToString())}</td><td>{EventRows.Actor(s["actor"])}</td><td>{Html.E(s["issue"]?.ToString())}</td>")
                .Append($"<td><b>{Html.E(s["position"]?.ToString())}</b>{(condition is null ? string.Empty : $"<div class=\"condition\">{Html.E(condition)}</div>")}</td>")
                .Append($"<td class=\"evidence\"><a href=\"/documents/{s["doc_id"]}\">{Html.E(s["evidence"]?.ToString())}</a></td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }
}
