using Parley.Entities;
using Parley.Model;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Quotes;

/// <summary>
/// The quotes stage: finds quotes and their speakers' words (<see cref="QuoteFinder"/>), then
/// resolves speakers to entities and actors through the mentions layer
/// (<see cref="SpeakerResolver"/>). <see cref="WithoutSpeakerResolution"/> builds the stage for a
/// pipeline that has no mentions stage: speakers then stay text.
/// </summary>
public sealed class QuoteAttributor : IPipelineStage
{
    private readonly QuoteFinder _finder = new();
    private readonly bool _resolveSpeakers;

    public QuoteAttributor()
        : this(resolveSpeakers: true)
    {
    }

    private QuoteAttributor(bool resolveSpeakers)
    {
        _resolveSpeakers = resolveSpeakers;
        Requires = resolveSpeakers
            ? [TextLayers.Tokens, TextLayers.Sentences, EntityLayers.Mentions]
            : [TextLayers.Tokens, TextLayers.Sentences];
    }

    public static QuoteAttributor WithoutSpeakerResolution() => new(resolveSpeakers: false);

    public string Name => "quotes";

    public IReadOnlyList<ILayerKey> Requires { get; }

    public IReadOnlyList<ILayerKey> Assigns { get; } = [QuoteLayers.Quotes];

    public void Process(AnnotatedDocument document)
    {
        var layers = document.Layers;
        var quotes = _finder.Find(document.Text, layers.Get(TextLayers.Tokens), layers.Get(TextLayers.Sentences));
        layers.Set(QuoteLayers.Quotes, _resolveSpeakers ? SpeakerResolver.Resolve(quotes, layers.Get(EntityLayers.Mentions)) : quotes);
    }
}
