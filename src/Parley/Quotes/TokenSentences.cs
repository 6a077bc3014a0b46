using Parley.Text;

namespace Parley.Quotes;

/// <summary>For each token, the sentence it belongs to; built once per document.</summary>
internal sealed class TokenSentences
{
    private readonly int[] _sentenceOfToken;

    public TokenSentences(IReadOnlyList<Sentence> sentences, int tokenCount)
    {
        Sentences = sentences;
        _sentenceOfToken = new int[tokenCount];
        foreach (var sentence in sentences)
        {
            Array.Fill(_sentenceOfToken, sentence.Index, sentence.FirstToken, sentence.TokenCount);
        }
    }

    public IReadOnlyList<Sentence> Sentences { get; }

    public int SentenceOf(int token) => _sentenceOfToken[token];

    public Sentence Of(int token) => Sentences[_sentenceOfToken[token]];

    public int ParagraphOf(int token) => Sentences[_sentenceOfToken[token]].Paragraph;
}
