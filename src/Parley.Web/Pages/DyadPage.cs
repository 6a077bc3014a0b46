using System.Text;
using Microsoft.AspNetCore.Http;
using Parley.Store;
using Parley.Web.Charts;

namespace Parley.Web.Pages;

/// <summary>
/// Two actors' relations over time: stacked event counts by quad class and the mean Goldstein
/// score per bucket, with the events behind each bar listed under the chart.
/// </summary>
internal static class DyadPage
{
    public static IResult Render(string? a, string? b, string? bucket, LayerQueries layers)
    {
        var form = $"""
            <h1>Dyad</h1>
            <form class="filters" action="/dyads" method="get">
              <label>actor A <input name="a" value="{Html.E(a)}" placeholder="USA"></label>
              <label>actor B <input name="b" value="{Html.E(b)}" placeholder="PRK"></label>
              <label>bucket <select name="bucket">{string.Concat(DyadSeries.Buckets.Select(k => $"<option{(k == (bucket ?? "month") ? " selected" : string.Empty)}>{k}</option>"))}</select></label>
              <button type="submit">Show</button>
            </form>
            """;
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b))
        {
            return Html.Page("Dyad", "Dyads", form + "<p class=\"hint\">Give two actor codes (a country such as USA, or a code such as PRKGOV).</p>");
        }

        var (codeA, codeB) = (a.Trim().ToUpperInvariant(), b.Trim().ToUpperInvariant());
        var series = DyadSeries.Between(layers, codeA, codeB, DyadSeries.Buckets.Contains(bucket) ? bucket! : "month");
        var html = new StringBuilder(form);
        html.Append($"<h2>{Html.E(codeA)} ↔ {Html.E(codeB)}: {series.Points.Sum(p => p.Total)} event(s)</h2>");
        html.Append(DyadChartSvg.Render(series));
        foreach (var point in series.Points)
        {
            html.Append($"<section class=\"bucket\" id=\"bucket-{Html.E(point.Key)}\"><h3>{Html.E(point.Key)} · {point.Total} event(s) · mean Goldstein {point.MeanGoldstein:0.0}</h3>")
                .Append(EventRows.Table(point.Events)).Append("</section>");
        }

        return Html.Page($"{codeA} ↔ {codeB}", "Dyads", html.ToString());
    }
}
