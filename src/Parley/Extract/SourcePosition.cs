using AngleSharp.Dom;

namespace Parley.Extract;

/// <summary>Where an element's start tag begins in the raw HTML (0-based), when the parser kept it.</summary>
internal static class SourcePosition
{
    public static int? Of(IElement element)
    {
        // AngleSharp's positions are 1-based; 0 marks an element the parser made up (an implied <head>).
        var position = element.SourceReference?.Position.Position ?? 0;
        return position > 0 ? position - 1 : null;
    }
}
