using Parley.Clauses;
using Parley.Entities;
using Parley.Events;
using Parley.Model;
using Parley.Pipeline;
using Parley.Quotes;
using Parley.Text;

namespace Parley.Stances;

/// <summary>
/// Finds stated positions on issues: in each sentence, words that name an issue from the
/// <see cref="IssueLexicon"/> and the nearest words that express a position on it, held by the
/// quote's speaker or the clause's subject, read through negation ("did not rule out" is not a
/// refusal), with the condition, the date and the evidence. Thread-safe.
/// </summary>
public sealed class StanceFinder(IssueLexicon lexicon) : IPipelineStage
{
    public StanceFinder()
        : this(IssueLexicon.Default)
    {
    }

    public string Name => "stances";

    public IReadOnlyList<ILayerKey> Requires { get; } =
        [TextLayers.Tokens, TextLayers.Sentences, EntityLayers.Mentions, QuoteLayers.Quotes, ClauseLayers.Clauses, EventLayers.Events];

    public IReadOnlyList<ILayerKey> Assigns { get; } = [StanceLayers.Stances];

    public void Process(AnnotatedDocument document) =>
        document.Layers.Set(StanceLayers.Stances, Find(document));

    public IReadOnlyList<Stance> Find(AnnotatedDocument document) => new DocumentStanceFinder(document, lexicon).Run();
}
