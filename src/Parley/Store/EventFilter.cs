namespace Parley.Store;

/// <summary>
/// Which events to list. Actor codes match by prefix ("USA" matches "USAGOV"); a dyad matches
/// either direction; dates compare with the event's date (ISO, so periods sort with their days).
/// </summary>
public sealed record EventFilter
{
    public string? Actor { get; init; }

    public (string A, string B)? Dyad { get; init; }

    /// <summary>A CAMEO code or root: "12" matches every code of root 12, "1244" only itself.</summary>
    public string? Code { get; init; }

    public string? Plover { get; init; }

    public string? Modality { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? Cluster { get; init; }

    /// <summary>Text the event's evidence must contain (case-insensitive).</summary>
    public string? Text { get; init; }
}
