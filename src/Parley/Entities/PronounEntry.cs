namespace Parley.Entities;

/// <summary>A third-person pronoun from <c>entities/pronouns.tsv</c>: gender ('m', 'f', 'n' or '*' for any), number, possessive.</summary>
public sealed record PronounEntry(string Word, char Gender, bool Plural, bool Possessive);
