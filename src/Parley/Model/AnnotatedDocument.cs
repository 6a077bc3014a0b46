namespace Parley.Model;

/// <summary>A document together with the annotation layers the pipeline has assigned to it.</summary>
public sealed class AnnotatedDocument(Document document)
{
    public Document Document { get; } = document;

    public string Text => Document.Text;

    public LayerSet Layers { get; } = new(document.Text.Length);
}
