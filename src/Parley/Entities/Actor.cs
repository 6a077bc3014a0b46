namespace Parley.Entities;

/// <summary>
/// A resolved political actor as the output contract writes it: the CAMEO code ("USAGOV"), a
/// display name ("Donald Trump"), the country ("USA", or null for international actors) and the
/// role part of the code ("GOV", "MIL", "MED"…; null for a bare country).
/// </summary>
public sealed record Actor(string Code, string? Name, string? Country, string? Role)
{
    /// <summary>The office that gives the code ("President"), when the actor is a person.</summary>
    public string? Title { get; init; }

    /// <summary>1 when the code is certain; lower when it rests on a guess (no document date and roles that differ).</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>
    /// Whether a role names a state's own agents (CAMEO manual 1.1b3, table 3.1): government, military, police, judiciary,
    /// intelligence. Its first three letters name it ("GOVMED", an information ministry, is the government's).
    /// </summary>
    public static bool IsStateRole(string? role) => role is { Length: >= 3 } && role.AsSpan(0, 3) is "GOV" or "MIL" or "COP" or "JUD" or "SPY";

    /// <summary>Whether this actor is a country's state: the bare country ("Russia") or one of its agents (<see cref="IsStateRole"/>).</summary>
    /// <remarks>A method, not a property, so that the output contract's actor record gains no field.</remarks>
    public bool IsStateActor() => Country is not null && (Role is null || IsStateRole(Role));

    /// <summary>
    /// Whether <paramref name="other"/> is this actor or its state under another name: "Moscow" (RUSGOV) and the "it" or "Russia"
    /// (RUS) that stands for it in what it says, or the state's own troops. A group of the country that is not the state
    /// (rebels, the opposition) is another party.
    /// </summary>
    public bool IsSameStateAs(Actor other) =>
        Code == other.Code
        || Country == other.Country && IsStateActor() && other.IsStateActor();
}
