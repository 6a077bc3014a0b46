namespace Parley.Model;

/// <summary>The input exactly as read (decoded), kept for audit beside the clean text.</summary>
/// <param name="Format">"text" or "html".</param>
/// <param name="Content">The decoded input.</param>
public sealed record RawInput(string Format, string Content);
