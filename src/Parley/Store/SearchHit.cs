using Parley.Model;

namespace Parley.Store;

/// <summary>
/// A document found by full-text search, with its bm25 rank (lower is better) and a snippet in
/// which the matched words are enclosed in <see cref="MatchStart"/> and <see cref="MatchEnd"/>.
/// </summary>
public sealed record SearchHit(Document Document, double Score, string Snippet)
{
    public const char MatchStart = '\u0002';

    public const char MatchEnd = '\u0003';

    /// <summary>The snippet with matches written as <c>[word]</c>.</summary>
    public string PlainSnippet => Snippet.Replace(MatchStart, '[').Replace(MatchEnd, ']');
}
