namespace Parley.Knowledge;

/// <summary>
/// A city, venue, site, region or body of water from <c>knowledge/cities.tsv</c>; <see cref="Country"/>
/// is null for a water shared by several states ("South China Sea").
/// </summary>
public sealed record PlaceEntry(
    string Name,
    IReadOnlyList<string> Aliases,
    string? Country,
    double Latitude,
    double Longitude,
    long? Population,
    bool IsCapital,
    string Kind);
