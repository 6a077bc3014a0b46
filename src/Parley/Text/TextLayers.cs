using Parley.Model;

namespace Parley.Text;

/// <summary>The layers of the text stage.</summary>
public static class TextLayers
{
    /// <summary>Tokens are cheap to recompute and many: kept in memory, not in the store.</summary>
    public static readonly LayerKey<Token> Tokens = new("tokens", stored: false);

    public static readonly LayerKey<Sentence> Sentences = new("sentences");
}
