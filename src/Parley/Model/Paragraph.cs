namespace Parley.Model;

/// <summary>A paragraph of the clean text: a block separated from the next by a blank line.</summary>
public sealed record Paragraph(Span Span) : IAnnotation;
