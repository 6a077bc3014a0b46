using System.Text;
using Microsoft.AspNetCore.Http;
using Parley.Store;

namespace Parley.Web.Pages;

/// <summary>The stance tracker: an issue (e.g. sanctions:PRK) with each actor's positions over time.</summary>
internal static class StancesPage
{
    private const int MaxStances = 2000;

    public static IResult Render(string? issue, LayerQueries layers)
    {
        var html = new StringBuilder($"""
            <h1>Stances</h1>
            <form class="filters" action="/stances" method="get">
              <label>issue <input name="issue" value="{Html.E(issue)}" placeholder="sanctions:PRK"></label>
              <button type="submit">Track</button>
            </form>
            """);
        var stances = layers.Items("stances", MaxStances, 0, string.IsNullOrWhiteSpace(issue) ? null : issue.Trim());
        if (stances.Count == 0)
        {
            return Html.Page("Stances", "Stances", html.Append("<p class=\"empty\">No stances.</p>").ToString());
        }

        foreach (var group in stances.GroupBy(s => (Issue: s["issue"]?.ToString() ?? "?", Actor: s["actor"]?["code"]?.ToString() ?? "?")).OrderBy(g => g.Key.Issue, StringComparer.Ordinal).ThenBy(g => g.Key.Actor, StringComparer.Ordinal))
        {
            var timeline = string.Join(" → ", group.OrderBy(s => s["date"]?.ToString(), StringComparer.Ordinal).Select(s => $"{Html.E(s["date"]?.ToString())} <b>{Html.E(s["position"]?.ToString())}</b>"));
            html.Append($"<section class=\"stance-track\"><h3>{Html.E(group.Key.Actor)} on {Html.E(group.Key.Issue)}</h3><p>{timeline}</p>")
                .Append(StanceRows.Table(group)).Append("</section>");
        }

        return Html.Page("Stances", "Stances", html.ToString());
    }
}
