namespace Parley.Evaluation;

/// <summary>One benchmark page: its id (the SHA-256 of the page), source URL, human-checked body and gzip file.</summary>
public sealed record BenchmarkPage(string Id, string Url, string TrueBody, string HtmlGzipPath);
