namespace Parley.Model;

/// <summary>An image caption kept apart from the article body, with its credit when one was given.</summary>
public sealed record Caption(string Text, string? Credit = null);
