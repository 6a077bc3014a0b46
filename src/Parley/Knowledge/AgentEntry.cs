namespace Parley.Knowledge;

/// <summary>
/// A word or phrase naming a kind of political actor ("president", "military", "rebels") with its
/// CAMEO role code ("GOV", "MIL", "REB"), and the office of <c>knowledge/people.tsv</c> it names
/// when it is a title ("president" → head_of_state), so "North Korea's leader" finds Kim Jong Un.
/// </summary>
public sealed record AgentEntry(string Phrase, string Role, string? Office, bool IsPlural)
{
    /// <summary>
    /// Whether <see cref="Role"/> is the whole code of an international organization ("peacekeepers" IGOPKO, "truce monitors"
    /// IGO) that replaces the country: CAMEO codes peacekeepers and monitors as the organization whatever their nationality.
    /// </summary>
    public bool IsOrganization => Role.StartsWith("IGO", StringComparison.Ordinal);
}
