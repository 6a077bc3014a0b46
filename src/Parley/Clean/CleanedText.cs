using Parley.Model;

namespace Parley.Clean;

/// <summary>
/// A scraped article split into what a reader came for and what the site wrapped around it.
/// <see cref="Body"/> holds the article paragraphs separated by "\n\n", each trimmed, with runs of
/// white space folded to one space and every other character as in the input; <see cref="Offsets"/>
/// traces each body character to the input. The headline, captions, credits and removed
/// boilerplate are kept apart and never appear in the body.
/// </summary>
public sealed record CleanedText(
    string? Title,
    string Body,
    IReadOnlyList<Caption> Captions,
    ArticleCredits Credits,
    IReadOnlyList<RemovedBlock> Removed,
    OffsetMap Offsets);
