using Parley.Entities;
using Parley.Evaluation;
using Parley.Events;
using Parley.Model;
using Parley.Pipeline;

namespace Parley.Tests.Events;

/// <summary>The default pipeline as ingest runs it (real mention finder and coreference before the event coder), built once.</summary>
internal static class EventPipeline
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(DefaultPipeline.Build);

    public static AnalysisPipeline Instance => Pipeline.Value;

    public static AnnotatedDocument Run(string text, DateOnly? published, string id = "test") =>
        Instance.Run(new Document { Id = id, Metadata = new DocumentMetadata { Published = published }, Text = text });

    /// <summary>The events coded from <paramref name="text"/>.</summary>
    public static IReadOnlyList<CodedEvent> Events(string text, DateOnly? published) =>
        Run(text, published).Layers.Get(EventLayers.Events);

    /// <summary>The key an actor is compared by, as the PLOVER scorer compares it: its country, or the first three letters of an organization's code; null for none.</summary>
    public static string? Key(Actor? actor) => actor is null ? null : PloverGsrScorer.ActorKey(actor);
}
