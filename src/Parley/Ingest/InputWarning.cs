namespace Parley.Ingest;

/// <summary>Something about an input that did not stop it from being stored.</summary>
public sealed record InputWarning(string Location, string Message);
