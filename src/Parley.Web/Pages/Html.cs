using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Parley.Web.Pages;

/// <summary>Encoding helpers and the page shell every dashboard page shares.</summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static string Url(string? text) => Uri.EscapeDataString(text ?? string.Empty);

    public static IResult Page(string title, string active, string body)
    {
        var html = new StringBuilder(body.Length + 1024);
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · Parley</title><link rel=\"stylesheet\" href=\"/assets/parley.css\"></head><body>")
            .Append("<header><a class=\"brand\" href=\"/\">Parley</a><nav>");
        foreach (var (href, label) in new[] { ("/", "Overview"), ("/documents", "Documents"), ("/search", "Search"), ("/events", "Events"), ("/timeline", "Timeline"), ("/dyads", "Dyads"), ("/quotes", "Quotes"), ("/stances", "Stances") })
        {
            html.Append("<a href=\"").Append(href).Append('"').Append(label == active ? " class=\"active\"" : string.Empty).Append('>').Append(label).Append("</a>");
        }

        html.Append("</nav></header><main>").Append(body).Append("</main><script src=\"/assets/parley.js\"></script></body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    public static string Pager(string basePath, int offset, int limit, int shown, long? total)
    {
        var separator = basePath.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var html = new StringBuilder("<nav class=\"pager\">");
        if (offset > 0)
        {
            html.Append($"<a href=\"{basePath}{separator}offset={Math.Max(0, offset - limit)}\">← newer</a>");
        }

        html.Append($"<span>{offset + 1}–{offset + shown}{(total is { } t ? $" of {t:N0}" : string.Empty)}</span>");
        if (shown == limit && (total is null || offset + shown < total))
        {
            html.Append($"<a href=\"{basePath}{separator}offset={offset + limit}\">older →</a>");
        }

        return html.Append("</nav>").ToString();
    }
}
