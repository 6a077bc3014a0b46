namespace Parley.Entities;

/// <summary>
/// A description from <c>entities/nominals.tsv</c> ("the administration", "the North"): what it
/// refers to (government or country), the country it names outright if any, the countries the
/// story must mention for it to apply, and the country preferred when the story mentions it.
/// </summary>
public sealed record NominalEntry(string Phrase, NominalReference Refers, string? Country, IReadOnlyList<string> When, string? Prefer);
