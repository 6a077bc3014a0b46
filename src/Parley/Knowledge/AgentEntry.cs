namespace Parley.Knowledge;

/// <summary>
/// A word or phrase naming a kind of political actor ("president", "military", "rebels") with its
/// CAMEO role code ("GOV", "MIL", "REB"), and the office of <c>knowledge/people.tsv</c> it names
/// when it is a title ("president" → head_of_state), so "North Korea's leader" finds Kim Jong Un.
/// </summary>
public sealed record AgentEntry(string Phrase, string Role, string? Office, bool IsPlural);
