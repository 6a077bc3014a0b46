using Parley.Extract;
using Parley.Model;
using Parley.Pipeline;
using Parley.Quotes;
using Parley.Read;
using Parley.Text;

namespace Parley.Tests.Quotes;

/// <summary>Builds documents the way ingest does and runs the text stages and the quotes stage on them.</summary>
internal static class QuoteTestDocuments
{
    private static readonly AnalysisPipeline TextOnly = new PipelineBuilder()
        .Add(new ParagraphSplitter())
        .Add(new Tokenizer())
        .Add(new SentenceSplitter())
        .Add(QuoteAttributor.WithoutSpeakerResolution())
        .Build();

    public static Document Seed(string fileName)
    {
        var path = Path.Combine(SharedData.Directory("seeds"), fileName);
        var candidate = new ArticleCandidate(path, null, ArticleFormat.Text, File.ReadAllText(path));
        var created = new DocumentFactory(new ReadOptions()).Create(candidate);
        return created.Document ?? throw new InvalidOperationException($"seed {fileName} was rejected: {created.Problem}");
    }

    public static Document Plain(string text) => new()
    {
        Id = "test",
        Metadata = new DocumentMetadata(),
        Text = text,
    };

    public static IReadOnlyList<Quote> QuotesOf(Document document) => TextOnly.Run(document).Layers.Get(QuoteLayers.Quotes);

    public static IReadOnlyList<Quote> QuotesOf(string text) => QuotesOf(Plain(text));

    public static string Describe(string text, IEnumerable<Quote> quotes) => string.Join('\n', quotes.Select(q =>
        $"{(q.Direct ? "D" : "R")} s{q.SentenceIndex} [{q.Span.Slice(text)}] speaker=[{q.SpeakerText}] verb=[{q.Verb}] via=[{q.ViaText}]"));
}
