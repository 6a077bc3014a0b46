using Parley.Text;

namespace Parley.Quotes;

/// <summary>An attribution phrase of the lexicon as its words ("told", "reporters") and kind.</summary>
internal sealed record AttributionPhrase(string[] Words, CueKind Kind)
{
    public bool Matches(string text, IReadOnlyList<Token> tokens, int first, int limit)
    {
        if (first + Words.Length > limit)
        {
            return false;
        }

        for (var k = 0; k < Words.Length; k++)
        {
            if (!tokens[first + k].In(text).Equals(Words[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
