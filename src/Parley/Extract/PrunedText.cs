using System.Text;
using AngleSharp.Dom;

namespace Parley.Extract;

/// <summary>The visible text of a pruned element, white space folded and cut to a readable length.</summary>
internal static class PrunedText
{
    /// <summary>Enough to recognize a removed block; whole comment threads are not worth keeping.</summary>
    private const int MaxChars = 2000;

    public static string Of(IElement element)
    {
        var text = element.TextContent;
        var builder = new StringBuilder(Math.Min(text.Length, MaxChars));
        var space = false;
        foreach (var c in text)
        {
            if (builder.Length >= MaxChars)
            {
                builder.Append('…');
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
