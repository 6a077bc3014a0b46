using System.Globalization;
using System.Text.Json;
using Parley.Entities;
using Parley.Extract;
using Parley.Model;
using Parley.Pipeline;

namespace Parley.Tests.Entities;

/// <summary>Runs the default pipeline on test texts and finds mentions by their words.</summary>
internal static class EntityTestDocuments
{
    private static readonly AnalysisPipeline Pipeline = DefaultPipeline.Build();

    public static AnnotatedDocument Analyze(string text, DateOnly? published) =>
        Pipeline.Run(new Document
        {
            Id = "test",
            Metadata = new DocumentMetadata { Published = published },
            Text = text,
        });

    /// <summary>A seed article as users hand it to Parley: plain-text extraction, date from metadata.json.</summary>
    public static AnnotatedDocument Seed(string prefix)
    {
        var folder = SharedData.Directory("seeds");
        var file = Directory.GetFiles(folder, prefix + "*.txt").Single();
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "metadata.json")));
        var published = DateOnly.Parse(metadata.RootElement.GetProperty(Path.GetFileName(file)).GetProperty("published").GetString()!, CultureInfo.InvariantCulture);
        var article = ScrapedTextArticle.Extract(File.ReadAllText(file), detectTitle: true);
        return Analyze(article.Text, published);
    }

    public static IReadOnlyList<Mention> Mentions(this AnnotatedDocument document) => document.Layers.Get(EntityLayers.Mentions);

    /// <summary>Mentions whose words are exactly <paramref name="words"/>.</summary>
    public static List<Mention> Named(this AnnotatedDocument document, string words) =>
        [.. document.Mentions().Where(m => m.Span.Slice(document.Text) == words)];

    /// <summary>The mention of <paramref name="words"/> in the first sentence-like stretch that contains <paramref name="context"/>.</summary>
    public static Mention In(this AnnotatedDocument document, string context, string words)
    {
        var at = document.Text.IndexOf(context, StringComparison.Ordinal);
        Assert.True(at >= 0, $"context '{context}' is not in the text");
        var start = at + context.IndexOf(words, StringComparison.Ordinal);
        return document.Mentions().FirstOrDefault(m => m.Span.Start == start && m.Span.Slice(document.Text) == words)
            ?? throw new Xunit.Sdk.XunitException($"no mention '{words}' in '{context}'\n{Dump(document)}");
    }

    public static string Dump(AnnotatedDocument document) =>
        string.Join('\n', document.Mentions().Select(m =>
            $"{m.Span} {m.Span.Slice(document.Text)} | {m.Type} {m.Form} e{m.Entity} {m.Actor?.Code} {m.Actor?.Name}"));
}
