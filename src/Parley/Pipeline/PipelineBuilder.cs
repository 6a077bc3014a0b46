namespace Parley.Pipeline;

/// <summary>
/// Composes stages into an <see cref="AnalysisPipeline"/>. Stages can be placed relative to others
/// by type. <see cref="Build"/> rejects an impossible order: a stage that requires a layer no
/// earlier stage assigns, or two stages assigning the same layer.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];

    public PipelineBuilder Add(IPipelineStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    public PipelineBuilder InsertBefore<TStage>(IPipelineStage stage)
        where TStage : IPipelineStage
    {
        _stages.Insert(IndexOf<TStage>(), stage);
        return this;
    }

    public PipelineBuilder InsertAfter<TStage>(IPipelineStage stage)
        where TStage : IPipelineStage
    {
        _stages.Insert(IndexOf<TStage>() + 1, stage);
        return this;
    }

    public AnalysisPipeline Build()
    {
        var assignedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            foreach (var required in stage.Requires)
            {
                if (!assignedBy.ContainsKey(required.Name))
                {
                    throw new PipelineOrderException(
                        $"stage '{stage.Name}' requires layer '{required.Name}', which no earlier stage assigns");
                }
            }

            foreach (var assigned in stage.Assigns)
            {
                if (assignedBy.TryGetValue(assigned.Name, out var other))
                {
                    throw new PipelineOrderException(
                        $"stages '{other}' and '{stage.Name}' both assign layer '{assigned.Name}'");
                }

                assignedBy[assigned.Name] = stage.Name;
            }
        }

        return new AnalysisPipeline([.. _stages]);
    }

    private int IndexOf<TStage>()
    {
        var index = _stages.FindIndex(s => s is TStage);
        return index >= 0
            ? index
            : throw new PipelineOrderException($"no stage of type {typeof(TStage).Name} to insert next to");
    }
}
