namespace Parley.Model;

/// <summary>A block cleaning removed from the input (boilerplate), kept so users can see what was cut and why.</summary>
/// <param name="Kind">What it was: "paywall", "disclaimer", "newsletter", "related", "navigation"…</param>
public sealed record RemovedText(string Kind, string Text);
