namespace Parley.Stances;

/// <summary>An issue of the lexicon: its name, whether it has a target country, and the positions one can take on it.</summary>
internal sealed record IssueDefinition(string Name, bool Targeted, IReadOnlyList<string> Positions);
