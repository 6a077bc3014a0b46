using Parley.Model;

namespace Parley.Text;

/// <summary>
/// A sentence (or a dateline) of the clean text. <see cref="FirstToken"/> and
/// <see cref="TokenCount"/> index the document's token layer, so later stages walk a sentence's
/// tokens without searching.
/// </summary>
public sealed record Sentence(Span Span, int Index, SentenceKind Kind, int Paragraph, int FirstToken, int TokenCount) : IAnnotation;
