namespace Parley.Entities;

/// <summary>Makes the candidate of a third-person pronoun, with the features coreference checks.</summary>
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
}
