using Microsoft.AspNetCore.Http;
using Parley.Store;

namespace Parley.Web.Pages;

/// <summary>Events with filters: text, actor, dyad, CAMEO code or root, PLOVER category, date range, modality.</summary>
internal static class EventsPage
{
    private const int PageSize = 50;

    private static readonly string[] Modalities = ["asserted", "intended", "conditional", "hypothetical", "denied", "reported"];

    public static IResult Render(string? q, string? actor, string? dyad, string? code, string? plover, string? from, string? to, string? modality, string? cluster, int? offset, LayerQueries layers)
    {
        var filter = FilterFrom(q, actor, dyad, code, plover, from, to, modality) with { Cluster = string.IsNullOrWhiteSpace(cluster) ? null : cluster };
        var start = Math.Max(0, offset ?? 0);
        var events = layers.Events(filter, PageSize, start);
        var query = $"/events?q={Html.Url(q)}&actor={Html.Url(actor)}&dyad={Html.Url(dyad)}&code={Html.Url(code)}&plover={Html.Url(plover)}&from={Html.Url(from)}&to={Html.Url(to)}&modality={Html.Url(modality)}&cluster={Html.Url(cluster)}";
        var options = string.Concat(Modalities.Select(m => $"<option{(m == modality ? " selected" : string.Empty)}>{m}</option>"));
        var body = $"""
            <h1>Events</h1>
            <form class="filters" action="/events" method="get">
              <label>text <input name="q" value="{Html.E(q)}" placeholder="words in the sentence"></label>
              <label>actor <input name="actor" value="{Html.E(actor)}" placeholder="USA, PRKGOV"></label>
              <label>dyad <input name="dyad" value="{Html.E(dyad)}" placeholder="USA,PRK"></label>
              <label>CAMEO <input name="code" value="{Html.E(code)}" placeholder="04, 1244"></label>
              <label>PLOVER <input name="plover" value="{Html.E(plover)}" placeholder="CONSULT"></label>
              <label>from <input name="from" type="date" value="{Html.E(from)}"></label>
              <label>to <input name="to" type="date" value="{Html.E(to)}"></label>
              <label>modality <select name="modality"><option value="">any</option>{options}</select></label>
              <button type="submit">Filter</button>
            </form>
            {EventRows.Table(events)}
            {Html.Pager(query, start, PageSize, events.Count, null)}
            """;
        return Html.Page("Events", "Events", body);
    }

    public static EventFilter FilterFrom(string? q, string? actor, string? dyad, string? code, string? plover, string? from, string? to, string? modality)
    {
        var pair = dyad?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new EventFilter
        {
            Text = q,
            Actor = Upper(actor),
            Dyad = pair is [var a, var b] ? (a.ToUpperInvariant(), b.ToUpperInvariant()) : null,
            Code = code,
            Plover = Upper(plover),
            From = from,
            To = to,
            Modality = modality,
        };
    }

    private static string? Upper(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
}
