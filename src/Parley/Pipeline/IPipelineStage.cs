using Parley.Model;

namespace Parley.Pipeline;

/// <summary>
/// One step of analysis. A stage reads the layers it <see cref="Requires"/> and writes the layers
/// it <see cref="Assigns"/>; it never changes the text. Implementations must be thread-safe: one
/// instance processes many documents in parallel.
/// </summary>
public interface IPipelineStage
{
    string Name { get; }

    IReadOnlyList<ILayerKey> Requires { get; }

    IReadOnlyList<ILayerKey> Assigns { get; }

    void Process(AnnotatedDocument document);
}
