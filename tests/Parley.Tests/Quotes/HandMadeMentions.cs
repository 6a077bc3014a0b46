using Parley.Entities;
using Parley.Model;
using Parley.Pipeline;

namespace Parley.Tests.Quotes;

/// <summary>
/// A stand-in for the mentions stage in tests: every whole-word occurrence of each given phrase
/// becomes a mention of the given entity and actor.
/// </summary>
internal sealed class HandMadeMentions(params (string Phrase, MentionType Type, MentionForm Form, int Entity, Actor? Actor)[] entries) : IPipelineStage
{
    public string Name => "hand-made mentions";

    public IReadOnlyList<ILayerKey> Requires { get; } = [];

    public IReadOnlyList<ILayerKey> Assigns { get; } = [EntityLayers.Mentions];

    public void Process(AnnotatedDocument document)
    {
        var text = document.Text;
        var mentions = new List<Mention>();
        foreach (var (phrase, type, form, entity, actor) in entries)
        {
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                var end = at + phrase.Length;
                var whole = (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]));
                if (whole)
                {
                    mentions.Add(new Mention(new Span(at, end), type, form, entity, actor));
                }
            }
        }

        document.Layers.Set(EntityLayers.Mentions, mentions);
    }
}
