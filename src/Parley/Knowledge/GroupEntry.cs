namespace Parley.Knowledge;

/// <summary>
/// An ethnic, regional or religious community from <c>knowledge/groups.tsv</c> that CAMEO codes by
/// the one country it lives in: "Ibo elders" are Nigeria's, "Tamil civilians" Sri Lanka's.
/// </summary>
public sealed record GroupEntry(
    string Name,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Demonyms,
    string Country,
    string Code);
