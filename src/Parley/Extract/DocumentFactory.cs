using Parley.Identify;
using Parley.Model;
using Parley.Read;

namespace Parley.Extract;

/// <summary>
/// Turns a read article into a <see cref="Document"/>: extracts the clean text from its format,
/// merges metadata (what the input states wins over what the content suggests; the default date
/// comes last and is marked inferred), and gives it its stable id.
/// </summary>
public sealed class DocumentFactory(ReadOptions options)
{
    private static readonly HtmlArticleExtractor PageExtractor = new();

    /// <summary>Cleaning only: the article's body and what its content says, language identified.</summary>
    public static ExtractedArticle Extract(ArticleCandidate candidate)
    {
        var extracted = candidate.Format == ArticleFormat.Html
            ? FromPage(candidate)
            : ScrapedTextArticle.Extract(candidate.Content, detectTitle: candidate.Title is null);
        return extracted.Language is null && extracted.Problem is null
            ? extracted with { Language = candidate.Language ?? LanguageIdentifier.Identify(extracted.Text) }
            : extracted;
    }

    public DocumentOrProblem Create(ArticleCandidate candidate)
    {
        var extracted = Extract(candidate);
        if (extracted.Problem is not null || extracted.Text.Length == 0)
        {
            return new DocumentOrProblem(null, new InputProblem(candidate.Origin, candidate.Line, extracted.Problem ?? "no article text"));
        }

        var statedDate = candidate.Published ?? extracted.Published;
        var metadata = new DocumentMetadata
        {
            Source = candidate.Source ?? extracted.SiteName,
            Url = candidate.Url ?? extracted.CanonicalUrl,
            Title = candidate.Title ?? extracted.Title,
            Published = statedDate ?? options.DefaultPublished,
            PublishedInferred = statedDate is null && options.DefaultPublished is not null,
            Authors = candidate.Authors ?? extracted.Authors,
            Language = candidate.Language ?? extracted.Language,
            Captions = extracted.Captions,
            Credits = extracted.Credits,
            Origin = candidate.Location,
        };

        var document = new Document
        {
            Id = DocumentIdentity.IdOf(extracted.Text),
            Metadata = metadata,
            Text = extracted.Text,
            Raw = new RawInput(candidate.Format == ArticleFormat.Html ? "html" : "text", candidate.Content),
            Removed = extracted.Removed,
        };
        return new DocumentOrProblem(document, null);
    }

    private static ExtractedArticle FromPage(ArticleCandidate candidate)
    {
        var article = PageExtractor.Extract(candidate.Content, candidate.Url);
        return article with
        {
            Removed = [.. article.PrunedElements.Where(e => e.Text.Length > 0).Select(e => new RemovedText(e.Cue, e.Text))],
        };
    }
}
