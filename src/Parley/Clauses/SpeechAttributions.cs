namespace Parley.Clauses;

/// <summary>
/// The clauses of a sentence that attribute it to a speaker rather than tell an act of their own: "…, a spokeswoman for the
/// U.S. embassy said." closing the sentence, and "…, said a spokesman for the prime minister." with the speaker after the verb.
/// </summary>
internal sealed class SpeechAttributions(ClauseLexicon lexicon)
{
    /// <summary>A speaker's description before the words taken as the subject ("a spokeswoman for") is a few words long.</summary>
    private const int MaxAttributionLead = 4;

    /// <summary>
    /// "declared a state of siege …, a spokeswoman for the U.S. embassy said.": the last clause of a sentence, a speech
    /// verb whose subject follows a comma, attributes the sentence; it is no complement of the clause before it.
    /// </summary>
    public bool IsClosing(TaggedWord[] words, List<VerbGroup> groups, (int Start, int End)[] subjects, int g)
    {
        if (g == 0 || g != groups.Count - 1 || groups[g].Infinitive || !lexicon.IsSpeechVerb(groups[g].Lemma))
        {
            return false;
        }

        foreach (var w in words.AsSpan(groups[g].End))
        {
            if (w.Class is WordClass.That or WordClass.Subordinator)
            {
                return false;
            }
        }

        // The comma may stand a few words before the subject found: "…, a spokeswoman for the U.S. embassy said."
        for (var i = subjects[g].Start - 1; i >= groups[g - 1].End && i >= subjects[g].Start - MaxAttributionLead; i--)
        {
            if (words[i].Lower == ",")
            {
                return true;
            }

            if (words[i].Class is not (WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner or WordClass.Preposition or WordClass.Possessive))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "…, said a spokesman for the prime minister.": a speech verb after a comma, followed by a noun
    /// phrase that ends the sentence, has its speaker after it; nothing to its left is its subject.
    /// </summary>
    public bool IsInverted(TaggedWord[] words, VerbGroup group)
    {
        if (group.Start == 0 || words[group.Start - 1].Lower != "," || !lexicon.IsSpeechVerb(group.Lemma) || group.End >= words.Length
            || words[group.End].Class is not (WordClass.Determiner or WordClass.Noun or WordClass.ProperNoun))
        {
            return false;
        }

        for (var i = group.End; i < words.Length; i++)
        {
            if (words[i].Class is WordClass.Verb or WordClass.Be or WordClass.Have or WordClass.Modal or WordClass.That or WordClass.Subordinator)
            {
                return false;
            }
        }

        return true;
    }
}
