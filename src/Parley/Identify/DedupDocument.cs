namespace Parley.Identify;

/// <summary>What the near-duplicate detector needs of a document: its id, clean text and publication date (null when unknown).</summary>
public sealed record DedupDocument(string Id, string CleanText, DateOnly? Published);
