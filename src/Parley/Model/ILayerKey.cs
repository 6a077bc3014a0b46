namespace Parley.Model;

/// <summary>The untyped view of a <see cref="LayerKey{T}"/>, used where stages declare what they need.</summary>
public interface ILayerKey
{
    string Name { get; }

    Type PayloadType { get; }

    bool Stored { get; }
}
