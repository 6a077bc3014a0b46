namespace Parley.Clauses;

/// <summary>
/// "Egyptian police beat protesters", "Iraqi police patrol the streets": a base-form verb right after a plural collective noun
/// (<c>clauses/plural-collective-nouns.txt</c>) that opens its clause, followed by an object noun phrase that no finite verb
/// follows, is the predicate of that noun; the left-to-right pass reads it as a compound ("police station"). "police force
/// commander said" keeps its compound: the noun phrase after it is the subject of a later verb.
/// </summary>
internal sealed class GroupNounVerbs(ClauseLexicon lexicon)
{
    public void Apply(TaggedWord[] words)
    {
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (words[i].Class != WordClass.Noun || words[i - 1].Class != WordClass.Noun || !lexicon.IsPluralCollective(words[i - 1].Lower)
                || !lexicon.TryVerb(words[i].Lower, out var lemma, out var form) || form != VerbForm.Base
                || !IsObjectWithoutVerb(words, i + 1) || NounPhraseRepair.HasEarlierVerb(words, i - 1))
            {
                continue;
            }

            // "police beat", "police cut": a form that is base and past alike is read as the past, as after a name.
            words[i] = words[i] with { Class = WordClass.Verb, Lemma = lemma, Form = lexicon.IsPastToo(words[i].Lower) ? VerbForm.PastOrParticiple : VerbForm.Base };
        }
    }

    /// <summary>Whether a noun phrase starts at <paramref name="from"/> and no finite verb, whose subject it would be, follows it.</summary>
    private static bool IsObjectWithoutVerb(TaggedWord[] words, int from)
    {
        var k = from;
        while (k < words.Length && words[k].Class is WordClass.Determiner or WordClass.Possessive or WordClass.Number or WordClass.Noun or WordClass.ProperNoun)
        {
            k++;
        }

        return k > from && (k == words.Length
            || !(words[k].Class is WordClass.Be or WordClass.Have or WordClass.Modal
                 || words[k].Class == WordClass.Verb && words[k].Form is VerbForm.ThirdPerson or VerbForm.Past or VerbForm.PastOrParticiple or VerbForm.Base));
    }
}
