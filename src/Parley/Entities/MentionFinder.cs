using Parley.Model;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Entities;

/// <summary>
/// Finds the mentions of people, countries, organizations, places, descriptions and pronouns,
/// sentence by sentence, and resolves the actors of those that name one on their own, with the
/// document's publication date. Dictionary phrases are found in one pass with a token trie.
/// </summary>
public sealed class MentionFinder(MentionLexicon lexicon) : IPipelineStage
{
    public MentionFinder()
        : this(MentionLexicon.Default)
    {
    }

    public string Name => "mention-finder";

    public IReadOnlyList<ILayerKey> Requires { get; } = [TextLayers.Tokens, TextLayers.Sentences];

    public IReadOnlyList<ILayerKey> Assigns { get; } = [EntityLayers.MentionCandidates];

    public void Process(AnnotatedDocument document)
    {
        var tokens = document.Layers.Get(TextLayers.Tokens);
        var sentences = document.Layers.Get(TextLayers.Sentences);
        document.Layers.Set(EntityLayers.MentionCandidates, Find(document.Text, tokens, sentences, document.Document.Metadata.Published));
    }

    public List<MentionCandidate> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, DateOnly? published)
    {
        var resolver = new ActorResolver(lexicon.Knowledge, published);
        var inQuote = QuotationState.Of(text, tokens, sentences);
        var cues = CueWords.Default;
        var candidates = new List<MentionCandidate>();
        foreach (var sentence in sentences)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            var matches = LexiconMatcher.Match(lexicon.Trie, text, tokens, sentence.FirstToken, end);
            var view = new SentenceTokens(text, tokens, sentence, matches, cues, inQuote);
            candidates.AddRange(new SentenceMentionParser(view, resolver).Parse());
        }

        return candidates;
    }
}
