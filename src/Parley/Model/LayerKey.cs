namespace Parley.Model;

/// <summary>
/// Names a layer of annotations and fixes the type of its payload, so stages read and write
/// layers without casts. Two keys are the same layer when their names are equal.
/// </summary>
public sealed class LayerKey<T>(string name) : ILayerKey
    where T : IAnnotation
{
    public string Name { get; } = name;

    public Type PayloadType => typeof(T);

    public override string ToString() => Name;
}
