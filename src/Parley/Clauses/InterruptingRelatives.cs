namespace Parley.Clauses;

/// <summary>
/// "Iran, which denies seeking nuclear weapons, rejected the proposal": a relative clause set off by commas may stand
/// between a subject and its verb; so may another aside with a verb of its own ("The Yugoslav army, in a statement carried by
/// Tanjug, acknowledged", "Jordan, anxious to keep its trade with Iraq, said"), whose verb then tells nothing of the subject.
/// Finds that clause for a verb group that follows a comma and has no subject of its own, so the verb gets the noun phrase
/// before the clause as its subject and the clause gets it as its antecedent.
/// </summary>
internal static class InterruptingRelatives
{
    /// <summary>
    /// A relative clause between a subject and its verb rarely runs longer than this (words from its comma to the verb). Wire leads
    /// run such clauses past twenty words ("bishops, who have tried for weeks to broker an end to deadly unrest over plans to export
    /// natural gas through Chile, called on …" has 22); thirty leaves room for those without reaching into a second sentence's worth.
    /// </summary>
    private const int MaxRelativeClauseWords = 30;

    /// <summary>An apposition that a relative clause restricts ("the Islamist group that runs Gaza") is a few words long.</summary>
    private const int MaxAppositionWords = 6;

    /// <summary>An aside inside the clause (", according to diplomats,") or the noun after "whose" ("whose troops") is a few words long.</summary>
    private const int MaxInsertWords = 5;

    /// <summary>
    /// Gives each verb group after a relative clause set off by commas the noun phrase before that clause as its subject
    /// (replacing an empty one, or a noun of the clause reached past a time expression and the comma: "who met Chinese
    /// leaders last week, condemned"). Returns, per group, the group opening the clause that interrupts its subject
    /// (-1 for none) and, per relative group, the group whose subject it interrupts (-1 for none).
    /// </summary>
    public static (int[] Interrupter, int[] Host) Reassign(TaggedWord[] words, List<VerbGroup> groups, bool[] inTimex, (int Start, int End)[] subjects, ClauseLexicon lexicon)
    {
        var interrupter = new int[groups.Count];
        var host = new int[groups.Count];
        Array.Fill(interrupter, -1);
        Array.Fill(host, -1);
        for (var g = 1; g < groups.Count; g++)
        {
            if (Before(words, groups, inTimex, g, lexicon) is (>= 0 and var k, var comma, var aside)
                && (subjects[g].End <= subjects[g].Start || subjects[g].Start > comma && subjects[g].End < groups[g].Start - 1)
                && SubjectFinder.SubjectOf(words, comma, inTimex, k > 0 ? groups[k - 1].End : 0) is var (from, to) && to > from)
            {
                // An aside's verb ("in a statement carried by Tanjug", "anxious to keep its trade") says nothing of the subject's act.
                (subjects[g], interrupter[g]) = ((from, to), k);
                host[k] = aside ? -1 : g;
            }
            else if (RestrictiveBefore(words, groups, inTimex, subjects, g, lexicon) is var (r, pronoun) and (>= 0, _)
                && SubjectFinder.SubjectOf(words, pronoun, inTimex, r > 0 ? groups[r - 1].End : 0) is var (head, headEnd) && headEnd > head)
            {
                (subjects[g], interrupter[g], host[r]) = ((head, headEnd), r, g);
            }
        }

        return (interrupter, host);
    }

    /// <summary>
    /// "Rebels who fled to Uganda attacked …", "officials who spoke on condition of anonymity said", "aid workers who fled the region
    /// said", "gunmen who stormed a hotel killed": a relative clause opened by "who" without a comma may stand between a subject and
    /// its verb, when the noun before that verb is a preposition's (so no subject), or the verb is one of speech and the clause's own
    /// verb takes no clause, or the noun phrase is the object of a clause's own verb that takes no clause (so the noun is its
    /// object: "officials who believe the army attacked" is left alone). Returns the group opening that clause and its
    /// "who"; (-1, -1) for none. A comma after the clause ends it: ", Red Cross officials said" has a subject of its own.
    /// </summary>
    private static (int Group, int Pronoun) RestrictiveBefore(TaggedWord[] words, List<VerbGroup> groups, bool[] inTimex, (int Start, int End)[] subjects, int g, ClauseLexicon lexicon)
    {
        var k = g - 1;
        var (start, end) = subjects[g];
        if (groups[g].Infinitive || groups[g].Tense == Tense.None || groups[k].Infinitive || end <= start || start < groups[k].End
            || HasClauseBreak(words, groups[k].End, groups[g].Start) || Array.FindIndex(words, groups[k].End, groups[g].Start - groups[k].End, static w => w.Lower == ",") >= 0
            || !(start > groups[k].End && words[start - 1].Class is WordClass.Preposition or WordClass.To
                || lexicon.IsSpeechVerb(groups[g].Lemma) && !lexicon.IsSpeechVerb(groups[k].Lemma)
                || IsObjectOf(words, groups[k], start, lexicon) && !(groups[g].End < words.Length && words[groups[g].End].Lower == "by")))
        {
            return (-1, -1);
        }

        var pronoun = groups[k].Start - 1;
        while (pronoun > 0 && (words[pronoun].Class == WordClass.Adverb || inTimex[pronoun]))
        {
            pronoun--;
        }

        return pronoun > 0 && words[pronoun].Lower == "who" && words[pronoun - 1].Class is WordClass.Noun or WordClass.ProperNoun ? (k, pronoun) : (-1, -1);
    }

    /// <summary>
    /// "Gunmen who stormed a hotel in Mumbai killed …": the noun phrase right after an active verb that takes no clause is that
    /// verb's object, so it cannot be the subject of the verb after it ("officials who said the army attacked" can, and
    /// "villagers who sheltered the rebels attacked by troops" has a participle, kept out by the caller's "by").
    /// </summary>
    private static bool IsObjectOf(TaggedWord[] words, VerbGroup group, int start, ClauseLexicon lexicon)
    {
        var at = group.End;
        while (at < start && (words[at].Class == WordClass.Adverb || lexicon.IsPhrasalParticle(words[at].Lower)))
        {
            at++;
        }

        return at == start && !group.Passive && !lexicon.IsSpeechVerb(group.Lemma) && !lexicon.IsMandativeVerb(group.Lemma);
    }

    /// <summary>
    /// "Hamas, which advocates Israel's destruction, …": the simple present or a present passive ("holds", "is backed by")
    /// says what the antecedent is or holds, not an act ("has accused", "has been criticized", "is visiting" tell of one).
    /// </summary>
    public static bool IsStandingState(TaggedWord[] words, VerbGroup group) =>
        group.Tense == Tense.Present && group.Modal is null && !(words[group.Start].Class == WordClass.Have && group.Main > group.Start)
        && (group.Start == group.Main || group.Passive);

    /// <summary>
    /// "Iran, which denies seeking nuclear weapons, rejected …": a finite form right after the comma that closes a
    /// relative clause opened by ", who", ", which" or ", whose" (or restricting an apposition) is the verb of the noun phrase before that clause, when
    /// that phrase stands where a subject does.
    /// </summary>
    public static bool Closes(TaggedWord[] words, int i, ClauseLexicon lexicon)
    {
        if (i < 2 || words[i - 1].Lower != ",")
        {
            return false;
        }

        var sawVerb = false;
        for (var k = i - 2; k >= 1 && i - k <= MaxRelativeClauseWords; k--)
        {
            var w = words[k];
            if (w.Lower is "who" or "which" or "whose" or "that" && OpeningComma(words, k) is var comma and >= 0)
            {
                return sawVerb && StandsAsSubject(words, comma, lexicon);
            }

            if (sawVerb && OpensVerbalAside(words, k))
            {
                return StandsAsSubject(words, k, lexicon);
            }

            if (w.Lower is ";" or ":" || w.Class is WordClass.Subordinator or WordClass.That or WordClass.Quote)
            {
                return false;
            }

            sawVerb |= w.Class is WordClass.Verb or WordClass.Be or WordClass.Have or WordClass.Modal;
        }

        return false;
    }

    /// <summary>
    /// True when the noun phrase ending at <paramref name="end"/> stands in a subject's place: at the start of the
    /// sentence or after its fronted phrase ("On Tuesday, Iran's foreign minister, who …"), after a subordinator or "that" ("if Hamas, which …") or after a speech verb ("said the militia, which …").
    /// </summary>
    private static bool StandsAsSubject(TaggedWord[] words, int end, ClauseLexicon lexicon)
    {
        var start = end;
        while (start > 0 && words[start - 1].Class is WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner or WordClass.Possessive or WordClass.Number
            || start > 1 && start < end && (words[start - 1].Lower is "of" or "-" || words[start - 1].Lower is "'" or "’" && words[start - 2].Lower.EndsWith('s')))
        {
            start--;
        }

        return start < end && words[end - 1].Class is WordClass.Noun or WordClass.ProperNoun
            && (start == 0 || start - 1 == FrontedPhrase.ClosingComma(words) || words[start - 1].Class is WordClass.Subordinator or WordClass.That
                || words[start - 1].Class == WordClass.Verb && words[start - 1].Lemma is { } lemma && lexicon.IsSpeechVerb(lemma));
    }

    /// <summary>
    /// The index of the verb group that opens the relative clause ", who …," or ", which …," (also ", whose troops …,") ending
    /// right before group <paramref name="g"/>, with the comma that opens it; -1 when there is none.
    /// </summary>
    public static (int Group, int Comma, bool Aside) Before(TaggedWord[] words, List<VerbGroup> groups, bool[] inTimex, int g, ClauseLexicon lexicon)
    {
        var start = groups[g].Start;
        if (groups[g].Infinitive || start < 1 || words[start - 1].Lower != ",")
        {
            return (-1, -1, false);
        }

        for (var k = g - 1; k >= 0 && start - groups[k].Start <= MaxRelativeClauseWords; k--)
        {
            if (HasClauseBreak(words, groups[k].End, start))
            {
                return (-1, -1, false);
            }

            if (!groups[k].Infinitive && PronounBefore(words, groups[k].Start, inTimex) is var pronoun and >= 0 && OpeningComma(words, pronoun) is var comma and >= 0)
            {
                return (k, comma, false);
            }

            if (AsideOpening(words, groups[k].Start) is var aside and >= 0)
            {
                return StandsAsSubject(words, aside, lexicon) ? (k, aside, true) : (-1, -1, false);
            }
        }

        return (-1, -1, false);
    }

    /// <summary>
    /// The relative pronoun that opens the clause of the group at <paramref name="groupStart"/>, read back past adverbs and
    /// time expressions ("which last month fired"), an aside between commas ("which, according to diplomats, has") and
    /// the noun after "whose"; -1 when none stands there.
    /// </summary>
    private static int PronounBefore(TaggedWord[] words, int groupStart, bool[] inTimex)
    {
        var i = groupStart - 1;
        while (i > 0 && (words[i].Class == WordClass.Adverb || inTimex[i]))
        {
            i--;
        }

        if (i > 0 && words[i].Lower == ",")
        {
            var open = i - 1;
            while (open > 0 && i - open <= MaxInsertWords && words[open].Lower != ",")
            {
                open--;
            }

            i = open > 0 && words[open].Lower == "," ? open - 1 : -1;
        }
        else if (i > 0 && words[i].Class is WordClass.Noun or WordClass.ProperNoun)
        {
            var owner = i - 1;
            // "whose mission in Somalia faces": the owned noun may carry a short "of" or "in" phrase.
            while (owner > 0 && groupStart - owner <= MaxInsertWords
                && (words[owner].Class is WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner or WordClass.Number || words[owner].Lower is "of" or "in"))
            {
                owner--;
            }

            i = owner > 0 && words[owner].Lower == "whose" ? owner : -1;
        }

        return i > 0 && words[i].Lower is "who" or "which" or "whose" or "that" ? i : -1;
    }

    /// <summary>
    /// The comma that opens the relative clause of <paramref name="pronoun"/>: the one right before it ("Hamas, which runs
    /// Gaza,"), or the one before an apposition the clause restricts ("Hamas, the Islamist group that runs Gaza,"); it
    /// follows a noun phrase. -1 when there is none.
    /// </summary>
    private static int OpeningComma(TaggedWord[] words, int pronoun)
    {
        if (pronoun >= 2 && words[pronoun - 1].Lower == ",")
        {
            return words[pronoun].Lower != "that" && EndsNounPhrase(words[pronoun - 2]) ? pronoun - 1 : -1;
        }

        for (var i = pronoun - 1; i >= 1 && pronoun - i <= MaxAppositionWords; i--)
        {
            if (words[i].Lower == ",")
            {
                return i < pronoun - 1 && EndsNounPhrase(words[i - 1]) && words[pronoun - 1].Class is WordClass.Noun or WordClass.ProperNoun ? i : -1;
            }

            if (words[i].Class is not (WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner or WordClass.Possessive or WordClass.Number) && words[i].Lower != "of")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> opens an aside that is no relative clause but holds a verb: a prepositional
    /// phrase (", in a statement carried by Tanjug,") or an adjective with its infinitive (", anxious to keep its trade with Iraq,").
    /// </summary>
    private static bool OpensVerbalAside(TaggedWord[] words, int comma) =>
        words[comma].Lower == "," && comma >= 1 && comma + 2 < words.Length && EndsNounPhrase(words[comma - 1])
        && (words[comma + 1].Class == WordClass.Preposition || words[comma + 1].Class is WordClass.Noun && words[comma + 2].Class == WordClass.To);

    /// <summary>The comma opening a verbal aside (<see cref="OpensVerbalAside"/>) that holds the group at <paramref name="groupStart"/>, or -1.</summary>
    private static int AsideOpening(TaggedWord[] words, int groupStart)
    {
        for (var i = groupStart - 1; i >= 1 && groupStart - i <= MaxRelativeClauseWords; i--)
        {
            if (words[i].Lower == ",")
            {
                return OpensVerbalAside(words, i) ? i : -1;
            }

            if (words[i].Class is WordClass.Subordinator or WordClass.That or WordClass.Relative or WordClass.Quote || words[i].Lower is ";" or ":")
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool EndsNounPhrase(TaggedWord word) => word.Class is WordClass.Noun or WordClass.ProperNoun || word.Lower == ")";

    private static bool HasClauseBreak(TaggedWord[] words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (words[i].Lower is ";" or ":")
            {
                return true;
            }
        }

        return false;
    }
}
