namespace Parley.Knowledge;

/// <summary>
/// A territory from <c>knowledge/territory-changes.tsv</c> that was part of <see cref="State"/> until
/// <see cref="Until"/>: on an earlier date its places and names stand for that state (Juba is Sudan's in 1996).
/// </summary>
public sealed record TerritoryChange(string Territory, string State, DateOnly Until);
