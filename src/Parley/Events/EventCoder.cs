using Parley.Clauses;
using Parley.Entities;
using Parley.Model;
using Parley.Pipeline;
using Parley.Text;
using Parley.Time;

namespace Parley.Events;

/// <summary>
/// Turns clauses into CAMEO-coded events: the verb pattern gives the code, the clause's
/// arguments through the mentions layer give source and target, a time expression in the clause
/// gives the date (else the publication date, marked), an "in/at PLACE" argument the location,
/// and the predicate the modality. Thread-safe.
/// </summary>
public sealed class EventCoder : IPipelineStage
{
    private readonly PatternMatcher _matcher;
    private readonly CameoCodebook _codebook;

    public EventCoder()
        : this(VerbPatternBook.Default, CameoCodebook.Default)
    {
    }

    public EventCoder(VerbPatternBook patterns, CameoCodebook codebook)
    {
        _matcher = new PatternMatcher(patterns);
        _codebook = codebook;
    }

    public string Name => "events";

    public IReadOnlyList<ILayerKey> Requires { get; } =
        [TextLayers.Tokens, TextLayers.Sentences, TimeLayers.Timexes, ClauseLayers.Clauses, EntityLayers.Mentions];

    public IReadOnlyList<ILayerKey> Assigns { get; } = [EventLayers.Events, EventLayers.ActorMentions];

    public void Process(AnnotatedDocument document)
    {
        var coder = Coder(document);
        document.Layers.Set(EventLayers.Events, coder.Run());
        document.Layers.Set(EventLayers.ActorMentions, coder.ActorMentions);
    }

    public IReadOnlyList<CodedEvent> Code(AnnotatedDocument document) => Coder(document).Run();

    private DocumentEventCoder Coder(AnnotatedDocument document) =>
        new(document, _matcher, _codebook, ModalityReader.Default, PlaceGazetteer.Default);
}
