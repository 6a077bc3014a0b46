namespace Parley.Clauses;

/// <summary>
/// "The ministers met in Islamabad and agreed to begin talks", "said China opposed the sale and urged Washington to cancel it":
/// a finite verb after "and" or "but" with no subject of its own shares the subject of the clause it is coordinated with, and
/// hangs where that clause hangs (a main clause, or the complement of the same speech verb).
/// </summary>
internal static class CoordinatedPredicates
{
    /// <summary>
    /// The group whose clause group <paramref name="g"/> is coordinated with, or -1. Only a verb in the simple past or present
    /// ("and urged", "and warns") is read so: after "and will …", "and are …" or "and may have …" the subject is as often another
    /// one. Its partner is the nearest earlier clause, read past infinitives, when that is a main or complement clause with a subject
    /// whose verb is simple or perfect ("have laid siege … and threatened"); after a passive, progressive or modal clause ("claimed
    /// they were being treated well and asked …") or a relative or adverbial one, which verb the conjunction joins is unclear.
    /// </summary>
    public static int PartnerOf(TaggedWord[] words, List<VerbGroup> groups, (int Start, int End)[] subjects, List<Clause> built, int first, int g)
    {
        var group = groups[g];
        if (group.Infinitive || subjects[g].End > subjects[g].Start || !IsSimple(words, group) || ConjunctionBefore(words, group.Start) < 0)
        {
            return -1;
        }

        for (var k = g - 1; k >= 0; k--)
        {
            if (HasQuote(words, groups[k].End, group.Start))
            {
                return -1;
            }

            if (groups[k].Infinitive)
            {
                continue;
            }

            var clause = built[first + k];
            return (IsSimple(words, groups[k]) || IsPerfect(words, groups[k])) && clause.Kind is ClauseKind.Main or ClauseKind.Complement
                && subjects[k].End > subjects[k].Start ? k : -1;
        }

        return -1;
    }

    /// <summary>The index of the "and" or "but" right before a verb group (past adverbs: "and also urged"), or -1.</summary>
    public static int ConjunctionBefore(TaggedWord[] words, int groupStart)
    {
        var k = NounPhraseRepair.BeforeAdverbs(words, groupStart);
        return k > 0 && words[k].Lower is "and" or "but" ? k : -1;
    }

    /// <summary>A lone finite verb: "urged", "warns" (adverbs aside).</summary>
    private static bool IsSimple(TaggedWord[] words, VerbGroup group) =>
        group.Modal is null && !group.Passive && words[group.Main].Form is VerbForm.Past or VerbForm.PastOrParticiple or VerbForm.ThirdPerson
        && OnlyAdverbsBefore(words, group.Start, group.Main);

    /// <summary>"have laid", "has refused": a perfect without a modal.</summary>
    private static bool IsPerfect(TaggedWord[] words, VerbGroup group) =>
        group.Modal is null && !group.Passive && words[group.Start].Class == WordClass.Have && words[group.Main].Form is VerbForm.PastOrParticiple or VerbForm.Participle
        && OnlyAdverbsBefore(words, group.Start + 1, group.Main);

    private static bool OnlyAdverbsBefore(TaggedWord[] words, int from, int main)
    {
        for (var k = from; k < main; k++)
        {
            if (words[k].Class is not (WordClass.Adverb or WordClass.Negation))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasQuote(TaggedWord[] words, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (words[k].Class == WordClass.Quote)
            {
                return true;
            }
        }

        return false;
    }
}
