using Parley.Model;
using Parley.Pipeline;

namespace Parley.Time;

/// <summary>
/// Finds and normalizes the document's time expressions against its publication date; without a
/// date, relative expressions are left unresolved rather than guessed.
/// </summary>
public sealed class TimexStage : IPipelineStage
{
    private readonly TimexTagger _tagger = new();

    public string Name => "timexes";

    public IReadOnlyList<ILayerKey> Requires { get; } = [];

    public IReadOnlyList<ILayerKey> Assigns { get; } = [TimeLayers.Timexes];

    public void Process(AnnotatedDocument document) =>
        document.Layers.Set(TimeLayers.Timexes, _tagger.Tag(document.Text, document.Document.Metadata.Published));
}
