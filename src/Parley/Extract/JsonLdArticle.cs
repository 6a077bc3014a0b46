using System.Text.Json;

namespace Parley.Extract;

/// <summary>
/// The schema.org article facts found in a page's JSON-LD blocks (headline, dates, authors, body,
/// publisher). Malformed JSON-LD is skipped, never thrown.
/// </summary>
internal sealed class JsonLdArticle
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public string? Headline { get; private set; }

    public string? DatePublished { get; private set; }

    public List<string> Authors { get; } = [];

    public string? ArticleBody { get; private set; }

    public string? Publisher { get; private set; }

    public static JsonLdArticle Read(IEnumerable<string> blocks)
    {
        var article = new JsonLdArticle();
        foreach (var block in blocks)
        {
            try
            {
                using var json = JsonDocument.Parse(block, Lenient);
                article.Visit(json.RootElement, depth: 0);
            }
            catch (JsonException)
            {
                // Pages often carry broken JSON-LD; it is a hint, so a broken block is ignored.
            }
        }

        return article;
    }

    private void Visit(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, depth + 1);
        }

        if (!IsArticleType(element))
        {
            if (element.TryGetProperty("mainEntity", out var main))
            {
                Visit(main, depth + 1);
            }

            return;
        }

        Headline ??= String(element, "headline") ?? String(element, "name");
        DatePublished ??= String(element, "datePublished") ?? String(element, "dateCreated");
        ArticleBody ??= String(element, "articleBody") ?? String(element, "text");
        if (element.TryGetProperty("publisher", out var publisher))
        {
            Publisher ??= publisher.ValueKind == JsonValueKind.String ? publisher.GetString() : String(publisher, "name");
        }

        if (Authors.Count == 0 && element.TryGetProperty("author", out var author))
        {
            AddAuthors(author);
        }
    }

    private void AddAuthors(JsonElement author)
    {
        switch (author.ValueKind)
        {
            case JsonValueKind.String:
                Authors.Add(author.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in author.EnumerateArray())
                {
                    AddAuthors(item);
                }

                break;
            case JsonValueKind.Object when String(author, "name") is { } name:
                Authors.Add(name);
                break;
        }
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            return type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString()!));
        }

        return type.ValueKind == JsonValueKind.String && IsArticleTypeName(type.GetString()!);
    }

    // schema.org's Article subtypes (NewsArticle, ReportageNewsArticle, OpinionNewsArticle, …) and BlogPosting.
    private static bool IsArticleTypeName(string name) =>
        name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "Report" or "LiveBlogPosting";

    private static string? String(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
