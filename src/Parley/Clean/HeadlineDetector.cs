namespace Parley.Clean;

/// <summary>
/// Decides whether a leading block is the headline: short, one line of title-like text that does
/// not end like a sentence, followed by story prose.
/// </summary>
internal static class HeadlineDetector
{
    /// <summary>Headlines run from two words ("Talks collapse") to a long wire headline of ~25.</summary>
    private const int MinWords = 2;

    private const int MaxWords = 30;

    /// <summary>Longest headline in characters; longer first blocks are lead paragraphs.</summary>
    private const int MaxLength = 250;

    public static bool LooksLikeHeadline(BlockFeatures block)
    {
        var text = block.Unit.Text;
        if (block.Unit.WordCount < MinWords || block.Unit.WordCount > MaxWords || text.Length > MaxLength
            || block.Cue is not null || block.HasTemplate || block.Prices > 0)
        {
            return false;
        }

        var first = text[0];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '“' or '‘' or '\''))
        {
            return false;
        }

        // Headlines may ask or exclaim but do not end with a full stop or hang on a comma or colon.
        var last = text.TrimEnd('"', '”', '’', '\'').LastOrDefault();
        return last is not ('.' or ',' or ';' or ':' or '…');
    }
}
