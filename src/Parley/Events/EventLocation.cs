namespace Parley.Events;

/// <summary>
/// Where an event took place: a named place with its country code and coordinates (never a country
/// centroid); the country is null for a water shared by several states ("in the South China Sea").
/// </summary>
public sealed record EventLocation(string Name, string? Country, double Lat, double Lon);
