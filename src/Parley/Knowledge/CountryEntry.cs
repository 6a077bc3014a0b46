namespace Parley.Knowledge;

/// <summary>
/// A country or territory from <c>knowledge/countries.tsv</c>: its CAMEO code and the words news
/// uses for it, its people, its government (metonyms such as "the Kremlin") and its military
/// ("the Pentagon").
/// </summary>
public sealed record CountryEntry(
    string Code,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Demonyms,
    string? Capital,
    IReadOnlyList<string> Metonyms,
    IReadOnlyList<string> MilitaryMetonyms);
