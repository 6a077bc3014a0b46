namespace Parley.Model;

/// <summary>The layer keys known to the core pipeline. Stages in other folders declare their own.</summary>
public static class Layers
{
    public static readonly LayerKey<Paragraph> Paragraphs = new("paragraphs");
}
