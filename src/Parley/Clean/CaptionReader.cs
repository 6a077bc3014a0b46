using Parley.Model;

namespace Parley.Clean;

/// <summary>
/// Recognises photo captions: a block ending in a credit in brackets ("… (AGENCY / NAME)",
/// "… (Photo: NAME)") or opening with a caption label ("Photo:", "FILE PHOTO:").
/// </summary>
internal static class CaptionReader
{
    /// <summary>Captions are a sentence or two; longer blocks ending in brackets are story text.</summary>
    private const int MaxCaptionWords = 60;

    /// <summary>A credit names an agency and a photographer or two.</summary>
    private const int MaxCreditWords = 8;

    public static Caption? TryRead(TextUnit unit, CleaningCues cues)
    {
        if (unit.WordCount > MaxCaptionWords)
        {
            return null;
        }

        var text = unit.Text;
        if (TrailingCredit(text, cues) is { } open)
        {
            var credit = StripLabel(text[(open + 1)..^1].Trim(), cues);
            return new Caption(text[..open].TrimEnd(), credit);
        }

        foreach (var prefix in cues.CaptionPrefixes)
        {
            if (!CueText.StartsWithPhrase(unit.Folded, prefix))
            {
                continue;
            }

            var label = cues.CaptionLabels.FirstOrDefault(l => CueText.StartsWithPhrase(unit.Folded, l));
            if (label is not null)
            {
                var rest = text[(CueText.ContentStart(unit.Folded) + label.Length)..].Trim();
                if (WordCount(rest) <= MaxCreditWords && !unit.EndsLikeSentence)
                {
                    return new Caption(string.Empty, rest);
                }
            }

            return new Caption(text, null);
        }

        return null;
    }

    /// <summary>Index of the "(" of a final bracketed credit, or null.</summary>
    private static int? TrailingCredit(string text, CleaningCues cues)
    {
        if (!text.EndsWith(')'))
        {
            return null;
        }

        var open = text.LastIndexOf('(');
        if (open <= 0)
        {
            return null;
        }

        var inner = text[(open + 1)..^1].Trim();
        var words = inner.Split([' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxCreditWords || inner.Contains(')', StringComparison.Ordinal))
        {
            return null;
        }

        var folded = CueText.Fold(inner);
        var hasCreditWord = cues.CaptionCreditWords.Any(w => CueText.ContainsPhrase(folded, w));
        var slash = inner.IndexOf('/', StringComparison.Ordinal);
        var agencySlashName = slash > 0 && slash < inner.Length - 1
            && char.IsLetter(inner[..slash].TrimEnd()[^1]) && char.IsLetter(inner[(slash + 1)..].TrimStart()[0]);
        var namesOnly = words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "via" or "for" or "and" or "by" or "of"
            || cues.CaptionCreditWords.Contains(CueText.Fold(w.TrimEnd(':')), StringComparer.Ordinal));
        return (hasCreditWord || agencySlashName) && namesOnly ? open : null;
    }

    private static string StripLabel(string credit, CleaningCues cues)
    {
        var folded = CueText.Fold(credit);
        foreach (var label in cues.CaptionLabels)
        {
            if (folded.StartsWith(label, StringComparison.Ordinal))
            {
                return credit[label.Length..].Trim();
            }
        }

        return credit;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
