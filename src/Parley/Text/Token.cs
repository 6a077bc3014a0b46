using Parley.Model;

namespace Parley.Text;

/// <summary>A token of the clean text. A value type: a document has thousands.</summary>
public readonly record struct Token(Span Span, TokenKind Kind) : IAnnotation
{
    public int Start => Span.Start;

    public int End => Span.End;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Span.Start, Span.Length);
}
