using System.Text.Json;
using Parley.Clean;
using Parley.Model;

namespace Parley.Extract;

/// <summary>
/// Extraction for plain-text inputs: the cleaner finds the headline, captions, credit lines and
/// boilerplate; reporters and writers named in credits become the article's authors.
/// </summary>
public static class ScrapedTextArticle
{
    private static readonly PlainTextCleaner Cleaner = new();

    public static ExtractedArticle Extract(string content, bool detectTitle)
    {
        var cleaned = Cleaner.Clean(content, detectTitle);
        var credits = cleaned.Credits.People
            .Select(p => new Credit(p.Name, JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Role.ToString()), p.Place))
            .ToArray();
        var authors = cleaned.Credits.People
            .Where(p => p.Role is CreditRole.Byline or CreditRole.Reporter or CreditRole.Writer)
            .Select(p => p.Name)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new ExtractedArticle(cleaned.Body)
        {
            Title = cleaned.Title,
            Captions = cleaned.Captions,
            Authors = authors,
            Credits = credits,
            Removed = [.. cleaned.Removed.Select(r => new RemovedText(JsonNamingPolicy.SnakeCaseLower.ConvertName(r.Kind.ToString()), r.Text))],
            Problem = cleaned.Body.Length == 0 ? "no article text left after removing boilerplate" : null,
        };
    }
}
