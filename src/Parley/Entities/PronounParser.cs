namespace Parley.Entities;

/// <summary>Makes the candidate of a third-person pronoun, with the features coreference checks, and tells a placeholder "it" from one that names something.</summary>
internal static class PronounParser
{
    public static MentionCandidate Candidate(SentenceTokens s, int token, PronounEntry pronoun) =>
        new(s.SpanOf(token, token + 1), pronoun.Gender is 'm' or 'f' ? MentionType.Person : MentionType.Other, MentionForm.Pronoun, s.Sentence.Index)
        {
            Head = s.SpanOf(token, token + 1),
            Gender = pronoun.Gender,
            Plural = pronoun.Plural,
            Possessive = pronoun.Possessive,
            InQuote = s.InQuote[token],
        };

    /// <summary>"It is unclear whether …", "it could take Kim two days to travel": an "it" that is a placeholder subject names no one.</summary>
    public static bool IsPlaceholderIt(SentenceTokens s, int it) =>
        s.StartsWithAny(it + 1, s.Cues.PleonasticContinuations) || TakesTime(s, it);

    /// <summary>Words that may stand between "take" and the unit of the time it takes: a person and a hedged amount ("take Kim at least two and a half days" puts eight there).</summary>
    private const int MaxWordsBeforeTimeSpan = 10;

    /// <summary>"It could take Kim two days to travel", "it will take years to rebuild": "it" takes a span of time before a to-infinitive.</summary>
    private static bool TakesTime(SentenceTokens s, int it)
    {
        var verb = s.Is("it-modal", it + 1) ? it + 2 : it + 1;
        if (!s.Is("time-taking-verb", verb))
        {
            return false;
        }

        for (var j = verb + 1; j < s.End && j <= verb + MaxWordsBeforeTimeSpan; j++)
        {
            if (s.Is("time-unit", j))
            {
                return s.Word(j + 1).Equals("to", StringComparison.OrdinalIgnoreCase) || s.Word(j + 2).Equals("to", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
