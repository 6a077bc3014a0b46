using Parley.Entities;
using Parley.Events;
using Parley.Model;
using Parley.Pipeline;

namespace Parley.Tests.Events;

/// <summary>The default pipeline with events; a country/organization stand-in supplies mentions while the default pipeline has none.</summary>
internal static class EventPipeline
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(Build);

    public static AnalysisPipeline Instance => Pipeline.Value;

    public static AnnotatedDocument Run(string text, DateOnly? published, string id = "test") =>
        Instance.Run(new Document { Id = id, Metadata = new DocumentMetadata { Published = published }, Text = text });

    private static AnalysisPipeline Build()
    {
        var builder = DefaultPipeline.CreateBuilder();
        var stages = builder.Build().Stages;
        if (!stages.Any(s => s.Assigns.Any(a => a.Name == EntityLayers.Mentions.Name)))
        {
            builder.Add(new CountryMentionStage());
        }

        if (!stages.Any(s => s is EventCoder))
        {
            builder.Add(new EventCoder());
        }

        return builder.Build();
    }
}
