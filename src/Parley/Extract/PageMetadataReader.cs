using System.Globalization;
using AngleSharp.Dom;
using Parley.Read;

namespace Parley.Extract;

/// <summary>
/// Reads title, publication date, authors, site name, canonical URL and description from a parsed
/// page, trying the most explicit source first: JSON-LD, then Open Graph and other meta tags, then
/// markup (&lt;h1&gt;, &lt;time&gt;, rel=author, byline classes), then the URL. Thread-safe.
/// </summary>
public static class PageMetadataReader
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date", "dc.date.issued",
        "dcterms.created", "dcterms.date", "article.published", "published_time", "date_published",
    ];

    /// <summary>A title segment longer than this many words is part of the headline, not a site name.</summary>
    private const int MaxSiteNameWords = 4;

    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / "];

    /// <summary>Reads the page's metadata; <paramref name="url"/> (where the page came from) is optional.</summary>
    public static PageMetadata Read(IDocument document, string? url = null)
    {
        var jsonLd = JsonLdArticle.Read(
            document.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent));
        var siteName = Meta(document, "og:site_name") ?? jsonLd.Publisher ?? Meta(document, "application-name");
        var canonical = NullIfBlank(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"))
            ?? Meta(document, "og:url") ?? url;
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? jsonLd.Headline
            ?? NullIfBlank(document.QuerySelector("h1")?.TextContent) ?? NullIfBlank(document.Title);
        return new PageMetadata
        {
            Title = title is null ? null : RemoveSiteName(Collapse(title), siteName),
            Published = PublishedDate(document, jsonLd, canonical, url),
            Authors = Authors(document, jsonLd),
            SiteName = siteName,
            CanonicalUrl = canonical,
            Description = Meta(document, "og:description") ?? Meta(document, "description"),
            EmbeddedBody = jsonLd.ArticleBody,
        };
    }

    /// <summary>"Story title | Site" → "Story title" when one side is the site's name (or, lacking it, clearly shorter).</summary>
    public static string RemoveSiteName(string title, string? siteName)
    {
        foreach (var separator in TitleSeparators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var head = title[..at].Trim();
            var tail = title[(at + separator.Length)..].Trim();
            if (siteName is not null && tail.Contains(siteName, StringComparison.OrdinalIgnoreCase))
            {
                return head;
            }

            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (siteName is not null && title[..first].Trim().Equals(siteName, StringComparison.OrdinalIgnoreCase))
            {
                return title[(first + separator.Length)..].Trim();
            }

            if (siteName is null && LooksLikeName(tail) && tail.Length < head.Length)
            {
                return head;
            }
        }

        return title;
    }

    // A site's name in a title: a few words, each capitalised ("Coast Herald", "BBC News").
    private static bool LooksLikeName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxSiteNameWords && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    /// <summary>Parses the leading ISO date of a value ("2019-11-19T08:00:00-05:00", "20191119") or any invariant date.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return DateParsing.Publication(iso);
        }

        if (text.Length >= 8 && DateOnly.TryParseExact(text[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact))
        {
            return DateParsing.Publication(compact);
        }

        return DateParsing.ParseDate(text);
    }

    /// <summary>A date written into a URL path: /2019/04/11/, /2019-04-11, /20190411/.</summary>
    public static DateOnly? DateFromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var segments = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            if (s.Length == 4 && i + 2 < segments.Length && int.TryParse(s, CultureInfo.InvariantCulture, out var year)
                && int.TryParse(segments[i + 1], CultureInfo.InvariantCulture, out var month)
                && segments[i + 2].Length <= 2 && int.TryParse(segments[i + 2], CultureInfo.InvariantCulture, out var day)
                && Valid(year, month, day))
            {
                return new DateOnly(year, month, day);
            }

            if (s.Length >= 10 && ParseDateSegment(s[..10]) is { } dashed)
            {
                return dashed;
            }

            if (s.Length == 8 && s.All(char.IsAsciiDigit)
                && Valid(int.Parse(s[..4], CultureInfo.InvariantCulture), int.Parse(s[4..6], CultureInfo.InvariantCulture), int.Parse(s[6..], CultureInfo.InvariantCulture)))
            {
                return new DateOnly(int.Parse(s[..4], CultureInfo.InvariantCulture), int.Parse(s[4..6], CultureInfo.InvariantCulture), int.Parse(s[6..], CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    private static DateOnly? ParseDateSegment(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && Valid(d.Year, d.Month, d.Day) ? d : null;

    // Years outside this range in a URL are ids or counts, not dates.
    private static bool Valid(int year, int month, int day) =>
        year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static DateOnly? PublishedDate(IDocument document, JsonLdArticle jsonLd, string? canonical, string? url)
    {
        if (ParseDate(jsonLd.DatePublished) is { } fromJsonLd)
        {
            return fromJsonLd;
        }

        foreach (var name in DateMetaNames)
        {
            if (ParseDate(Meta(document, name)) is { } fromMeta)
            {
                return fromMeta;
            }
        }

        if (ParseDate(document.QuerySelector("[itemprop='datePublished']")?.GetAttribute("content")
                ?? document.QuerySelector("[itemprop='datePublished']")?.GetAttribute("datetime")) is { } fromMicrodata)
        {
            return fromMicrodata;
        }

        var time = document.QuerySelector("time[pubdate][datetime], article time[datetime], time[datetime]");
        return ParseDate(time?.GetAttribute("datetime")) ?? DateFromUrl(url) ?? DateFromUrl(canonical);
    }

    private static List<string> Authors(IDocument document, JsonLdArticle jsonLd)
    {
        IEnumerable<string> candidates = jsonLd.Authors;
        if (!jsonLd.Authors.Any(IsName))
        {
            var meta = Meta(document, "author") ?? Meta(document, "article:author") ?? Meta(document, "parsely-author")
                ?? Meta(document, "sailthru.author") ?? Meta(document, "dc.creator");
            var markup = document.QuerySelectorAll("[rel='author'], [itemprop='author'] [itemprop='name'], [itemprop='author']")
                .Select(e => e.TextContent).FirstOrDefault(t => IsName(Collapse(t)));
            var byline = document.QuerySelector("[class*='byline'], [class*='author-name'], [class*='article-author']")?.TextContent;
            candidates = new[] { meta, markup, byline }.Where(v => v is not null && IsName(StripBy(Collapse(v)))).Take(1)!;
        }

        return candidates
            .SelectMany(a => StripBy(Collapse(a)).Split([", ", " and ", " & ", ";"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(IsName)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    // A byline worth keeping: short, not a URL, not a sentence.
    private static bool IsName(string value) =>
        value.Length is > 1 and < 80 && !value.Contains("://", StringComparison.Ordinal) && !value.StartsWith("www.", StringComparison.Ordinal);

    private static string StripBy(string value) =>
        value.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? value[3..].Trim() : value;

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.Head?.Children ?? Enumerable.Empty<IElement>())
        {
            if (meta.LocalName != "meta")
            {
                continue;
            }

            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && NullIfBlank(meta.GetAttribute("content")) is { } content)
            {
                return content;
            }
        }

        return null;
    }

    private static string Collapse(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
