namespace Parley.Read;

/// <summary>Metadata a sidecar file gives for one input file.</summary>
public sealed record SidecarEntry(
    DateOnly? Published,
    string? Source,
    string? Title,
    string? Url,
    string? Language,
    IReadOnlyList<string>? Authors);
