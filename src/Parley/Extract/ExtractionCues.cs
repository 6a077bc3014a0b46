using System.Collections.Frozen;
using Parley.Knowledge;

namespace Parley.Extract;

/// <summary>
/// The cue words and selectors of HTML extraction, read once from data/extract/. Immutable and
/// thread-safe after construction; <see cref="Default"/> is shared.
/// </summary>
public sealed class ExtractionCues
{
    private static readonly Lazy<ExtractionCues> Shared = new(Load);

    private ExtractionCues(
        FrozenSet<string> removedTags,
        string[] boilerplateSubstrings,
        FrozenSet<string> boilerplateTokens,
        string[] contentSubstrings,
        string[] boilerplateTextPrefixes,
        string[] contentRootSelectors,
        string[] metadataSelectors,
        string[] captionSubstrings)
    {
        RemovedTags = removedTags;
        BoilerplateSubstrings = boilerplateSubstrings;
        BoilerplateTokens = boilerplateTokens;
        ContentSubstrings = contentSubstrings;
        BoilerplateTextPrefixes = boilerplateTextPrefixes;
        ContentRootSelectors = contentRootSelectors;
        MetadataSelector = string.Join(", ", metadataSelectors);
        CaptionSubstrings = captionSubstrings;
    }

    public static ExtractionCues Default => Shared.Value;

    public FrozenSet<string> RemovedTags { get; }

    public IReadOnlyList<string> BoilerplateSubstrings { get; }

    public FrozenSet<string> BoilerplateTokens { get; }

    public IReadOnlyList<string> ContentSubstrings { get; }

    public IReadOnlyList<string> BoilerplateTextPrefixes { get; }

    public IReadOnlyList<string> ContentRootSelectors { get; }

    public IReadOnlyList<string> CaptionSubstrings { get; }

    /// <summary>One selector list matching metadata written in the body (dates, bylines).</summary>
    public string MetadataSelector { get; }

    /// <summary>The cue in an element's class and id that marks it as page furniture, or null.</summary>
    public string? BoilerplateCue(string classAndId)
    {
        if (classAndId.Length == 0)
        {
            return null;
        }

        foreach (var cue in BoilerplateSubstrings)
        {
            if (classAndId.Contains(cue, StringComparison.Ordinal))
            {
                return cue;
            }
        }

        var span = classAndId.AsSpan();
        var lookup = BoilerplateTokens.GetAlternateLookup<ReadOnlySpan<char>>();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var isTokenChar = i < span.Length && char.IsAsciiLetterOrDigit(span[i]);
            if (isTokenChar && start < 0)
            {
                start = i;
            }
            else if (!isTokenChar && start >= 0)
            {
                if (lookup.TryGetValue(span[start..i], out var token))
                {
                    return token;
                }

                start = -1;
            }
        }

        return null;
    }

    public bool HasContentCue(string classAndId)
    {
        foreach (var cue in ContentSubstrings)
        {
            if (classAndId.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when one class name (or the id) names content and nothing else: "article", "story-body",
    /// but not "article-share" or "content-with-sidebar".
    /// </summary>
    public bool HasContentName(string classAndId)
    {
        foreach (var name in classAndId.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (HasContentCue(name) && BoilerplateCue(name) is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an element's class or id names a caption or credit box.</summary>
    public bool HasCaptionCue(string classAndId)
    {
        foreach (var cue in CaptionSubstrings)
        {
            if (classAndId.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a short block's text opens like an ad label, share prompt or offer.</summary>
    public bool StartsLikeBoilerplate(ReadOnlySpan<char> text)
    {
        foreach (var prefix in BoilerplateTextPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ExtractionCues Load() => new(
        Lines("extract/removed-tags.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        [.. Lines("extract/boilerplate-class-cues.txt")],
        Lines("extract/boilerplate-class-tokens.txt").ToFrozenSet(StringComparer.Ordinal),
        [.. Lines("extract/content-class-cues.txt")],
        [.. Lines("extract/boilerplate-text-cues.txt")],
        [.. Lines("extract/content-root-selectors.txt", lowerCase: false)],
        [.. Lines("extract/metadata-selectors.txt", lowerCase: false)],
        [.. Lines("extract/caption-class-cues.txt")]);

    private static IEnumerable<string> Lines(string path, bool lowerCase = true) =>
        DataFiles.ReadDataLines(path)
            .Select(l => lowerCase ? l.Trim().ToLowerInvariant() : l.Trim())
            .Where(l => l.Length > 0)
            .Distinct();
}
