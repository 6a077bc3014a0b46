namespace Parley.Clauses;

/// <summary>
/// "On Tuesday, …", "In a statement issued in Geneva, …", "Earlier, …": a phrase of time, place or circumstance that opens the
/// sentence and ends at a comma, before the subject. It has no verb of its own (a participle in it reads as a noun).
/// </summary>
internal static class FrontedPhrase
{
    /// <summary>Fronted phrases in wire copy run a few words; longer ones are likelier clauses.</summary>
    private const int MaxWords = 10;

    /// <summary>The index of the comma that closes the sentence's fronted phrase, or -1 when the sentence opens on no such phrase.</summary>
    public static int ClosingComma(TaggedWord[] words)
    {
        if (words.Length == 0 || words[0].Class is not (WordClass.Preposition or WordClass.Adverb))
        {
            return -1;
        }

        for (var k = 1; k < words.Length && k <= MaxWords; k++)
        {
            var c = words[k].Class;
            if (words[k].Lower == ",")
            {
                return k;
            }

            if (c == WordClass.Verb && words[k].Form is VerbForm.PastOrParticiple && words[k - 1].Class is WordClass.Noun or WordClass.ProperNoun)
            {
                continue; // "In a statement issued in Geneva,": a participle after the phrase's noun modifies it
            }

            if (c is WordClass.Verb or WordClass.Be or WordClass.Have or WordClass.Modal or WordClass.Do or WordClass.Relative or WordClass.That
                or WordClass.Subordinator or WordClass.Quote or WordClass.Conjunction || words[k].Lower is ";" or ":")
            {
                return -1;
            }
        }

        return -1;
    }
}
