using Lingua;

namespace Parley.Extract;

/// <summary>
/// Identifies the language of an article's text, returning an ISO 639-1 code ("en") or null when
/// the text is too short or mixed to say. Clear cases are settled by common function words in
/// microseconds; the rest go to Lingua (milliseconds each). Thread-safe; models load on first use.
/// </summary>
public static class LanguageIdentifier
{
    /// <summary>
    /// Lingua's accuracy saturates well before a full article; the opening paragraphs decide the
    /// language for a fraction of the time (detection is the costliest step of extraction).
    /// </summary>
    private const int SampleChars = 1200;

    /// <summary>Below this many letters no detector is reliable; say "unknown" instead of guessing.</summary>
    private const int MinLetters = 20;

    // Low-accuracy mode uses trigram models only: a fraction of the memory, and ample for article-length text.
    private static readonly Lazy<LanguageDetector> Detector = new(() =>
        LanguageDetectorBuilder.FromAllSpokenLanguages().WithLowAccuracyMode().Build());

    public static string? Identify(string text)
    {
        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        if (sample.Count(char.IsLetter) < MinLetters)
        {
            return null;
        }

        if (CommonWordProfile.Default.Identify(sample) is { } clear)
        {
            return clear;
        }

        var language = Detector.Value.DetectLanguageOf(sample);
        return language == Language.Unknown ? null : language.IsoCode6391().ToString().ToLowerInvariant();
    }
}
