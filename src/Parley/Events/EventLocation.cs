namespace Parley.Events;

/// <summary>Where an event took place: a named place with its country code and coordinates (never a country centroid).</summary>
public sealed record EventLocation(string Name, string Country, double Lat, double Lon);
