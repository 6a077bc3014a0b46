namespace Parley.Model;

/// <summary>A typed fact anchored to a span of a document's clean text (stand-off annotation).</summary>
public interface IAnnotation
{
    Span Span { get; }
}
