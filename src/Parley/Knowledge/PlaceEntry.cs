namespace Parley.Knowledge;

/// <summary>A city, venue, site or region from <c>knowledge/cities.tsv</c>.</summary>
public sealed record PlaceEntry(
    string Name,
    IReadOnlyList<string> Aliases,
    string Country,
    double Latitude,
    double Longitude,
    long? Population,
    bool IsCapital,
    string Kind);
