namespace Parley.Model;

/// <summary>
/// Names a layer of annotations and fixes the type of its payload, so stages read and write
/// layers without casts. Two keys are the same layer when their names are equal.
/// </summary>
public sealed class LayerKey<T>(string name, bool stored = true) : ILayerKey
    where T : IAnnotation
{
    public string Name { get; } = name;

    /// <summary>Whether the store keeps this layer; fine-grained layers (tokens) are recomputed instead.</summary>
    public bool Stored { get; } = stored;

    public Type PayloadType => typeof(T);

    public override string ToString() => Name;
}
