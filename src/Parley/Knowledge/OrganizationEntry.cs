namespace Parley.Knowledge;

/// <summary>
/// An organization with its CAMEO actor code: international organizations
/// (<c>knowledge/organizations.tsv</c>), news media (<c>knowledge/media.tsv</c>) and national
/// institutions (<c>entities/institutions.tsv</c>). <see cref="Country"/> is null for
/// international bodies.
/// </summary>
public sealed record OrganizationEntry(
    string Code,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Country,
    bool IsMedia,
    IReadOnlyList<string> Metonyms);
