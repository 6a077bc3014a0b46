namespace Parley.Clauses;

/// <summary>A token of a sentence with its word class; verbs carry their lemma and form. <see cref="Token"/> indexes the document's token layer.</summary>
public readonly record struct TaggedWord(int Token, WordClass Class, string Lower, string? Lemma, VerbForm Form);
