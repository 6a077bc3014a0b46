using System.Text;
using System.Text.Json.Nodes;

namespace Parley.Web.Pages;

/// <summary>A table of events, each with its actors, code, modality and the sentence it came from.</summary>
internal static class EventRows
{
    public static string Table(IEnumerable<JsonObject> events)
    {
        var html = new StringBuilder("<table class=\"events\"><thead><tr><th>date</th><th>source</th><th>event</th><th>target</th><th>modality</th><th>evidence</th></tr></thead><tbody>");
        var any = false;
        foreach (var e in events)
        {
            any = true;
            var fromText = e["date_from_text"]?.GetValue<bool>() ?? false;
            var condition = e["condition"]?.ToString();
            html.Append("<tr><td class=\"date\">").Append(Html.E(e["event_date"]?.ToString() ?? "—")).Append(fromText ? string.Empty : "<sup title=\"publication date: no date in the text\">*</sup>").Append("</td>")
                .Append("<td>").Append(Actor(e["source"])).Append("</td>")
                .Append("<td><span class=\"quad q").Append(e["quad_class"]).Append("\">").Append(Html.E(e["cameo"]?.ToString())).Append("</span> ").Append(Html.E(e["plover"]?.ToString())).Append("</td>")
                .Append("<td>").Append(Actor(e["target"])).Append("</td>")
                .Append("<td>").Append(Html.E(e["modality"]?.ToString())).Append(condition is null ? string.Empty : $"<div class=\"condition\">{Html.E(condition)}</div>").Append("</td>")
                .Append("<td class=\"evidence\"><a href=\"/documents/").Append(e["doc_id"]).Append("#e-").Append(e["start"]).Append("\">").Append(Html.E(e["evidence"]?.ToString())).Append("</a></td></tr>");
        }

        return any ? html.Append("</tbody></table>").ToString() : "<p class=\"empty\">No events.</p>";
    }

    public static string Actor(JsonNode? actor) => actor is JsonObject a
        ? $"<a href=\"/actors/{Html.Url(a["code"]?.ToString())}\" title=\"{Html.E(a["name"]?.ToString())}\"><code>{Html.E(a["code"]?.ToString())}</code></a> <span class=\"name\">{Html.E(a["name"]?.ToString())}</span>"
        : "—";
}
