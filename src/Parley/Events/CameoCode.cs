namespace Parley.Events;

/// <summary>
/// One CAMEO event code with its reference facts: <see cref="Code"/> keeps its leading zeros
/// ("0254"); <see cref="Plover"/> is null when the CAMEO→PLOVER table gives none (roots 01, 02).
/// </summary>
public sealed record CameoCode(
    string Code,
    string Root,
    string Name,
    double Goldstein,
    int QuadClass,
    string? Plover,
    string? PloverMode,
    string? PloverContext)
{
    /// <summary>The three-digit base code ("025" for "0254"; a root is its own base).</summary>
    public string BaseCode => Code.Length > 3 ? Code[..3] : Code;
}
