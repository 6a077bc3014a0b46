namespace Parley.Clauses;

/// <summary>Finds the verb groups of a tagged sentence: auxiliaries, modals, negation and adverbs up to the main verb.</summary>
internal static class VerbGroupFinder
{
    public static List<VerbGroup> Find(TaggedWord[] words)
    {
        var groups = new List<VerbGroup>();
        var i = 0;
        while (i < words.Length)
        {
            var c = words[i].Class;
            var infinitive = c == WordClass.To && NextVerb(words, i + 1) >= 0;
            if (!infinitive && c is not (WordClass.Verb or WordClass.Be or WordClass.Have or WordClass.Do or WordClass.Modal))
            {
                i++;
                continue;
            }

            var start = i;
            var main = -1;
            var lastAux = -1;
            string? modal = null;
            // "vowed not to return the Golan Heights": a negation right before "to" negates the infinitive.
            var negated = infinitive && i > 0 && words[i - 1].Class == WordClass.Negation;
            if (!infinitive && c == WordClass.Verb && NegationBefore(words, i) is var negation and >= 0)
            {
                // "Russia never recognized Kosovo": the negation before a finite verb opens its group, so the subject stands before it.
                (start, negated) = (negation, true);
            }

            var hasBe = false;
            var j = infinitive ? i + 1 : i;
            for (; j < words.Length; j++)
            {
                var w = words[j];
                if (w.Class is WordClass.Modal)
                {
                    modal ??= w.Lower switch { "'ll" => "will", "'d" => "would", var m => m };
                    lastAux = j;
                }
                else if (w.Class is WordClass.Be or WordClass.Have or WordClass.Do)
                {
                    hasBe |= w.Class == WordClass.Be;
                    lastAux = j;
                }
                else if (w.Class is WordClass.Negation)
                {
                    negated = true;
                }
                else if (w.Class is WordClass.Adverb || IsQuoteBeforeVerb(words, j))
                {
                    // adverbs inside a group ("has also agreed") belong to it
                }
                else if (w.Class is WordClass.Verb)
                {
                    main = j;
                    if (j + 1 < words.Length && words[j + 1].Class == WordClass.Verb && words[j].Lemma is "help" or "let" or "make")
                    {
                        continue;
                    }

                    j++;
                    break;
                }
                else
                {
                    break;
                }
            }

            var end = main >= 0 ? main + 1 : Math.Max(lastAux + 1, start + 1);
            var head = main >= 0 ? main : lastAux >= 0 ? lastAux : start;
            var lemma = words[head].Lemma ?? words[head].Lower;
            var passive = hasBe && main >= 0 && words[main].Form is VerbForm.Participle or VerbForm.PastOrParticiple;
            groups.Add(new VerbGroup(start, end, head, lemma, negated, modal, TenseOf(words, start, head, modal, infinitive), passive, infinitive));
            i = end;
        }

        return groups;
    }

    /// <summary>The index of a negation right before the verb at <paramref name="verb"/>, read past adverbs ("never formally recognized"); -1 when none.</summary>
    private static int NegationBefore(TaggedWord[] words, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && words[k].Class == WordClass.Adverb)
        {
            k--;
        }

        return k >= 0 && words[k].Class == WordClass.Negation ? k : -1;
    }

    private static bool IsQuoteBeforeVerb(TaggedWord[] words, int i) =>
        words[i].Class == WordClass.Quote && i + 1 < words.Length && words[i + 1].Class == WordClass.Verb;

    private static int NextVerb(TaggedWord[] words, int i)
    {
        // 'vowed to "deal a blow"': a quotation may open between "to" and its verb.
        for (; i < words.Length && (words[i].Class is WordClass.Adverb or WordClass.Negation || IsQuoteBeforeVerb(words, i)); i++)
        {
        }

        return i < words.Length && words[i].Class == WordClass.Verb && words[i].Form == VerbForm.Base ? i : -1;
    }

    private static Tense TenseOf(TaggedWord[] words, int start, int head, string? modal, bool infinitive)
    {
        if (infinitive)
        {
            return Tense.None;
        }

        if (modal is "will" or "shall")
        {
            return Tense.Future;
        }

        var first = words[start];
        return first.Lower is "was" or "were" or "had" or "did"
            || start == head && first.Form is VerbForm.Past or VerbForm.PastOrParticiple
            ? Tense.Past
            : Tense.Present;
    }
}
