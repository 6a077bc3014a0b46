using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Parley.Store;

namespace Parley.Web.Pages;

/// <summary>
/// One document: metadata, the clean text with every extracted fact highlighted (click one to see
/// what was extracted), captions, credits, and the boilerplate that cleaning removed.
/// </summary>
internal static class DocumentPage
{
    public static IResult Render(string id, DocumentQueries documents)
    {
        var (document, error) = documents.FindDocument(id);
        if (document is null)
        {
            return Html.Page("Not found", string.Empty, $"<h1>Not found</h1><p>{Html.E(error)}</p>");
        }

        var meta = document.Metadata;
        var layers = documents.Layers(document.Id);
        var facts = new StringBuilder();
        foreach (var name in HighlightedText.Highlighted)
        {
            var count = layers.TryGetValue(name, out var layer) ? layer.GetArrayLength() : 0;
            facts.Append($"<label class=\"toggle l-{name}\"><input type=\"checkbox\" data-layer=\"{name}\" checked> {name} ({count})</label>");
        }

        var annotations = JsonSerializer.Serialize(layers.Where(l => HighlightedText.Highlighted.Contains(l.Key)).ToDictionary(l => l.Key, l => l.Value), LayerJson.Options)
            .Replace("</", "<\\/", StringComparison.Ordinal);
        var body = $"""
            <h1>{Html.E(meta.Title ?? "(untitled)")}</h1>
            <dl class="meta">
              <dt>published</dt><dd>{meta.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}{(meta.PublishedInferred ? " (inferred)" : string.Empty)}</dd>
              <dt>source</dt><dd>{Html.E(meta.Source ?? "—")}</dd>
              <dt>authors</dt><dd>{Html.E(meta.Authors.Count > 0 ? string.Join(", ", meta.Authors) : "—")}</dd>
              <dt>language</dt><dd>{Html.E(meta.Language ?? "—")}</dd>
              <dt>id</dt><dd><code>{document.Id}</code>{(document.DuplicateOf is { } original ? $" · copy of <a href=\"/documents/{original}\">{original}</a>" : string.Empty)}</dd>
              {(meta.Url is { } url ? $"<dt>url</dt><dd><a href=\"{Html.E(url)}\" rel=\"noreferrer\">{Html.E(url)}</a></dd>" : string.Empty)}
            </dl>
            <div class="layers">{facts}</div>
            <div class="reader">
              <article class="text" id="text">{HighlightedText.Render(document.Text, layers)}</article>
              <aside id="facts"><p class="hint">Click a highlighted passage to see what Parley extracted from it.</p></aside>
            </div>
            {Captions(document)}
            {Removed(document)}
            <script type="application/json" id="annotations">{annotations}</script>
            """;
        return Html.Page(meta.Title ?? document.Id, "Documents", body);
    }

    private static string Captions(Model.Document document)
    {
        var meta = document.Metadata;
        if (meta.Captions.Count == 0 && meta.Credits.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder("<section class=\"apart\"><h2>Kept apart from the text</h2><ul>");
        foreach (var caption in meta.Captions)
        {
            html.Append($"<li>caption: {Html.E(caption.Text)} <span class=\"credit\">{Html.E(caption.Credit)}</span></li>");
        }

        foreach (var credit in meta.Credits)
        {
            html.Append($"<li>{Html.E(credit.Role.Replace('_', ' '))}: {Html.E(credit.Name)}{(credit.Place is null ? string.Empty : " (" + Html.E(credit.Place) + ")")}</li>");
        }

        return html.Append("</ul></section>").ToString();
    }

    private static string Removed(Model.Document document)
    {
        if (document.Removed.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder($"<details class=\"removed\"><summary>Removed boilerplate ({document.Removed.Count} blocks)</summary><ol>");
        foreach (var block in document.Removed)
        {
            html.Append($"<li><span class=\"tag\">{Html.E(block.Kind)}</span> {Html.E(block.Text)}</li>");
        }

        return html.Append("</ol></details>").ToString();
    }
}
