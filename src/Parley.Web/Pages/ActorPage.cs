using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Parley.Knowledge;
using Parley.Store;

namespace Parley.Web.Pages;

/// <summary>One actor code: the people who held it over time, its events as source and target, its quotes and stances.</summary>
internal static class ActorPage
{
    private const int Shown = 50;

    public static IResult Render(string code, LayerQueries layers)
    {
        var actor = code.Trim().ToUpperInvariant();
        var html = new StringBuilder($"<h1>Actor <code>{Html.E(actor)}</code></h1>");
        var roles = KnowledgeBase.Default.People
            .SelectMany(p => p.Roles.Where(r => string.Equals(r.Code, actor, StringComparison.Ordinal)).Select(r => (Person: p, Role: r)))
            .OrderByDescending(x => x.Role.Start)
            .Take(Shown)
            .ToList();
        if (roles.Count > 0)
        {
            html.Append("<h2>Roles over time</h2><table class=\"roles\"><thead><tr><th>from</th><th>to</th><th>person</th><th>title</th></tr></thead><tbody>");
            foreach (var (person, role) in roles)
            {
                html.Append($"<tr><td class=\"date\">{role.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</td><td class=\"date\">{role.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "today"}</td><td>{Html.E(person.Name)}</td><td>{Html.E(role.Title)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append($"<h2>Events</h2><p><a href=\"/events?actor={Html.Url(actor)}\">all events of {Html.E(actor)}</a></p>")
            .Append(EventRows.Table(layers.Events(new EventFilter { Actor = actor }, Shown)));
        var quotes = layers.Quotes(actor, null, Shown);
        html.Append("<h2>Quotes</h2>");
        if (quotes.Count == 0)
        {
            html.Append("<p class=\"empty\">No quotes.</p>");
        }
        else
        {
            html.Append("<ul class=\"quotes\">");
            foreach (var quote in quotes)
            {
                html.Append($"<li><span class=\"date\">{Html.E(quote["published"]?.ToString())}</span> <a href=\"/documents/{quote["doc_id"]}\">“{Html.E(quote["text"]?.ToString())}”</a></li>");
            }

            html.Append("</ul>");
        }

        var stances = layers.Items("stances", Shown, 0, "\"code\":\"" + actor);
        html.Append("<h2>Stances</h2>").Append(stances.Count == 0 ? "<p class=\"empty\">No stances.</p>" : StanceRows.Table(stances));
        return Html.Page(actor, "Events", html.ToString());
    }
}
