namespace Parley.Time;

/// <summary>A word or phrase before an expression that belongs to it; <see cref="BeforeQuantity"/> ones precede durations.</summary>
internal sealed record TimexPrefix(string[] Words, bool BeforeQuantity, string? Mod);
