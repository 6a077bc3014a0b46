using Parley.Model;

namespace Parley.Pipeline;

/// <summary>An immutable, thread-safe sequence of stages, checked for order when built.</summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(IReadOnlyList<IPipelineStage> stages) => Stages = stages;

    public IReadOnlyList<IPipelineStage> Stages { get; }

    public AnnotatedDocument Run(Document document)
    {
        var annotated = new AnnotatedDocument(document);
        foreach (var stage in Stages)
        {
            stage.Process(annotated);
        }

        return annotated;
    }
}
