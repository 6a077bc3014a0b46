namespace Parley.Text;

/// <summary>Finding a sentence of the sentence layer by its index.</summary>
public static class SentenceLookup
{
    /// <summary>
    /// The sentence numbered <paramref name="index"/>: usually at that position, but a layer that dropped sentences
    /// (captions, credit lines) keeps the others' numbers, so then it is looked for.
    /// </summary>
    public static Sentence At(this IReadOnlyList<Sentence> sentences, int index) =>
        index < sentences.Count && sentences[index].Index == index ? sentences[index] : sentences.First(s => s.Index == index);
}
