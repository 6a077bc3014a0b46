namespace Parley.Clauses;

/// <summary>
/// Whether a known verb form stands where a verb can, given the word class before it: after a subject, an auxiliary, "to", a
/// negation or an adverb, after a comma that closes an appositive or a relative clause, after "and" with an earlier verb. Also
/// the noun phrases an -s or bare form may end instead ("in return for U.S. moves", "fired on South Korean guard posts") and the
/// subjunctive of a mandative verb's that-clause. Part of <see cref="WordTagger"/>.
/// </summary>
internal sealed class VerbPositions(ClauseLexicon lexicon)
{
    /// <summary>Noun phrases longer than this before a gerund are rarely the subject of a "with" phrase.</summary>
    private const int MaxWithSubjectWords = 4;

    /// <summary>Prepositions whose object never goes on to be a subject ("in return for U.S. moves", "the end of Iran talks").</summary>
    private static readonly HashSet<string> ObjectPrepositions = new(StringComparer.Ordinal) { "for", "of", "with", "to", "into", "about", "against", "toward", "towards" };

    /// <summary>Phrases of time between a verb and its "that" ("on Sunday", "last week") run a few words.</summary>
    private const int MaxTimePhraseWords = 3;

    /// <summary>
    /// The index of the word that <paramref name="opens"/> accepts right before the short noun phrase
    /// (nouns, names, determiners, possessives, numbers) ending before <paramref name="i"/>; -1 when another
    /// word stands there or the phrase runs past <see cref="MaxWithSubjectWords"/>.
    /// </summary>
    public static int OpenerOfNounPhrase(TaggedWord[] words, int i, Func<TaggedWord, bool> opens) =>
        OpenerOfNounPhrase(words, i, opens, MaxWithSubjectWords);

    /// <summary>As <see cref="OpenerOfNounPhrase(TaggedWord[], int, Func{TaggedWord, bool})"/>, for a phrase of at most <paramref name="maxWords"/> words.</summary>
    public static int OpenerOfNounPhrase(TaggedWord[] words, int i, Func<TaggedWord, bool> opens, int maxWords)
    {
        for (var k = i - 1; k >= 0 && i - k <= maxWords + 1; k--)
        {
            if (opens(words[k]))
            {
                return k;
            }

            if (words[k].Class is not (WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner or WordClass.Possessive or WordClass.Number))
            {
                return -1;
            }
        }

        return -1;
    }

    public bool IsVerbPosition(TaggedWord[] words, int i, WordClass previous, VerbForm form)
    {
        if (i == 0)
        {
            return false;
        }

        switch (previous)
        {
            case WordClass.Be:
                return form is VerbForm.Gerund && !IsExistential(words, i) || form is VerbForm.Participle or VerbForm.PastOrParticiple;
            case WordClass.Have:
                return form is VerbForm.Participle or VerbForm.PastOrParticiple;
            case WordClass.Modal or WordClass.Do or WordClass.To:
                return form is VerbForm.Base;
            case WordClass.Negation:
                return form is VerbForm.Base or VerbForm.Participle or VerbForm.PastOrParticiple or VerbForm.Gerund;
            case WordClass.Adverb when i >= 4 && words[i - 2].Lower is "and" or "or" && words[i - 3].Class == WordClass.Adverb:
                return IsVerbPosition(words, i - 2, WordClass.Adverb, form); // "that Russia immediately and unconditionally withdraw"
            case WordClass.Adverb:
                return i >= 2 ? IsVerbPosition(words, i - 1, words[i - 2].Class, form) || IsSubject(words[i - 2].Class) && IsFinite(form) : false;
            case WordClass.Pronoun:
                return IsFinite(form) || form == VerbForm.Base;
            case WordClass.Noun:
                // "officials agreed", "Kim vows"; a bare base form after a singular noun is usually a compound ("peace deal").
                return IsFinite(form) && !(form == VerbForm.ThirdPerson && InObjectOfVerbPreposition(words, i))
                    || form == VerbForm.Base && (lexicon.HasPluralS(words[i - 1].Lower) && !InGerundsObject(words, i) || IsSubjunctive(words, i)) || form == VerbForm.Gerund && AfterWith(words, i);
            case WordClass.ProperNoun:
                // "the Palestinians reject", "Israelis say": a present-tense verb after a plural people's name.
                return IsFinite(form) && !(form == VerbForm.ThirdPerson && InObjectOfPreposition(words, i))
                    || form == VerbForm.Base && (IsPluralDemonym(words[i - 1].Lower) || IsSubjunctive(words, i)) || form == VerbForm.Gerund && AfterWith(words, i);
            case WordClass.Relative or WordClass.That:
                return IsFinite(form);
            case WordClass.Quote when i >= 2 && words[i - 2].Class is WordClass.To or WordClass.Modal:
                return form is VerbForm.Base; // 'vowed to "deal a telling blow"': a quotation may open on the verb
            case WordClass.Punctuation or WordClass.Quote or WordClass.Number:
                return IsFinite(form) && i >= 2 && (IsSubject(words[i - 2].Class) && words[i - 1].Lower is ")" or "\"" or "”"
                    || i >= 4 && words[i - 1].Lower == "," && words[i - 2].Class == WordClass.Adverb && words[i - 3].Lower == "," && IsSubject(words[i - 4].Class) // "China, however, rejected"
                    || form != VerbForm.ThirdPerson && ClosesAppositive(words, i)
                    || InterruptingRelatives.Closes(words, i, lexicon));
            case WordClass.Conjunction:
                // "… and agreed to …": a verb coordinated with an earlier one.
                return form is VerbForm.Past or VerbForm.PastOrParticiple or VerbForm.ThirdPerson && HasEarlierVerb(words, i);
            default:
                return false;
        }
    }

    /// <summary>
    /// "A member of parliament, Mohammed Mamoun, started …": a past form right after the comma that closes an
    /// appositive follows the subject; the words before it hold no verb, and the sentence opens on a noun phrase
    /// (not "Under the deal, signed …", where the participle modifies the phrase before it).
    /// </summary>
    public static bool ClosesAppositive(TaggedWord[] words, int i)
    {
        if (words[i - 1].Lower != ",")
        {
            return false;
        }

        // "On Tuesday, Iran's foreign minister, Manouchehr Mottaki, rejected": a fronted phrase and its comma come before the subject.
        var fronted = FrontedPhrase.ClosingComma(words);
        var commas = 0;
        for (var k = i - 2; k > fronted; k--)
        {
            var c = words[k].Class;
            if (c is WordClass.Verb or WordClass.Be or WordClass.Have or WordClass.Modal or WordClass.Subordinator
                or WordClass.That or WordClass.Relative
                || c == WordClass.To && !GovernsNoun(words, k) // "ambassador to Washington", "speaking to reporters" are no infinitive
                || c == WordClass.Conjunction && !JoinsNames(words, k)
                || c == WordClass.Quote && !(words[k].Lower is "'" or "’" && k > 0 && words[k - 1].Lower.EndsWith('s'))) // "the Miners' Federation"
            {
                return false;
            }

            if (words[k].Lower == ",")
            {
                // The appositive needs words of its own ("Kim, …, started"), and so does the phrase before it.
                if (++commas > 1 || k == i - 2 || k == fronted + 1)
                {
                    return false;
                }
            }
        }

        return commas == 1 && words[fronted + 1].Class is WordClass.Determiner or WordClass.Noun or WordClass.ProperNoun or WordClass.Number;
    }

    private static bool IsFinite(VerbForm form) => form is VerbForm.ThirdPerson or VerbForm.Past or VerbForm.PastOrParticiple;

    private static bool HasEarlierVerb(TaggedWord[] words, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (words[j].Class is WordClass.Verb)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", with North Korea demanding a lifting of sanctions": a gerund after "with" and a noun phrase is that phrase's predicate.</summary>
    private static bool AfterWith(TaggedWord[] words, int i)
    {
        // Only a "with" that opens its own phrase ("…, with North Korea demanding"); after a verb
        // ("cooperate with inspectors probing sites") it is the verb's argument and the gerund modifies its noun.
        var k = OpenerOfNounPhrase(words, i, static w => w.Lower == "with");
        return k >= 0 && k < i - 1 && (k == 0 || words[k - 1].Class == WordClass.Punctuation);
    }

    /// <summary>
    /// "for ending its fisheries dispute with": a bare form after a plural noun in the object of a gerund that a preposition governs
    /// ends that noun phrase; the gerund's object is no subject. A noun in -ing that only modifies ("bombing victims demand") is no
    /// such gerund.
    /// </summary>
    private static bool InGerundsObject(TaggedWord[] words, int i) =>
        OpenerOfNounPhrase(words, i, static w => w.Class == WordClass.Noun && w.Lemma is not null && w.Lower.EndsWith("ing", StringComparison.Ordinal)) is var k
        && k < i - 1 && NounPhraseRepair.IsGovernedGerund(words, k);

    /// <summary>"in return for corresponding U.S. moves": an -s word after a name that a preposition governs is a plural noun.</summary>
    private static bool InObjectOfPreposition(TaggedWord[] words, int i) =>
        OpenerOfNounPhrase(words, i, static w => ObjectPrepositions.Contains(w.Lower)) >= 0;

    /// <summary>"fired on South Korean guard posts": an -s word ending a noun phrase that a verb's preposition governs is a plural noun.</summary>
    /// <remarks>A determiner opens the phrase: "said in the release this case demonstrates" starts a new one at "this".</remarks>
    private static bool InObjectOfVerbPreposition(TaggedWord[] words, int i) =>
        OpenerOfNounPhrase(words, i, static w => w.Class == WordClass.Preposition) is var k && k >= 1 && k < i - 1 && words[k - 1].Class == WordClass.Verb
        && !HasDeterminer(words, k + 2, i);

    private static bool HasDeterminer(TaggedWord[] words, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (words[k].Class == WordClass.Determiner)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"demanded that North Korea abandon its program": a bare form after the subject of a mandative verb's that-clause is its verb.</summary>
    private bool IsSubjunctive(TaggedWord[] words, int i) =>
        ThatBeforeSubject(words, i) is var k && k >= 1 && VerbBeforeTimePhrase(words, k - 1) is var v && v >= 0
        && words[v].Lemma is { } lemma && lexicon.IsMandativeVerb(lemma);

    /// <summary>
    /// The "that" before the subject ending at <paramref name="i"/>, whose noun phrase may hold one "of" phrase ("demanded that
    /// Marxist guerrillas of the National Liberation Army free …"); -1 when there is none.
    /// </summary>
    private static int ThatBeforeSubject(TaggedWord[] words, int i)
    {
        var k = OpenerOfNounPhrase(words, i, static w => w.Lower is "that" or "of");
        return k >= 1 && words[k].Lower == "of" ? OpenerOfNounPhrase(words, k, static w => w.Lower == "that") : k;
    }

    /// <summary>
    /// The verb at <paramref name="k"/>, or the one before a short phrase ending there that opens on a preposition or is one
    /// capitalized word ("demanded on Sunday that", "demanded Sunday that"); -1 when there is none.
    /// </summary>
    private static int VerbBeforeTimePhrase(TaggedWord[] words, int k)
    {
        if (words[k].Class == WordClass.Verb)
        {
            return k;
        }

        if (k >= 1 && words[k].Class == WordClass.ProperNoun && words[k - 1].Class == WordClass.Verb)
        {
            return k - 1;
        }

        for (var j = k; j >= 1 && k - j < MaxTimePhraseWords; j--)
        {
            if (words[j].Class is not (WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner or WordClass.Number))
            {
                return -1;
            }

            if (words[j - 1].Class == WordClass.Preposition)
            {
                return j >= 2 && words[j - 2].Class == WordClass.Verb ? j - 2 : -1;
            }
        }

        return -1;
    }

    /// <summary>"to Washington", "to reporters": a "to" before a noun phrase, not before a verb, is a preposition.</summary>
    private static bool GovernsNoun(TaggedWord[] words, int k) =>
        k + 1 < words.Length && words[k + 1].Class is WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner or WordClass.Number;

    /// <summary>"the foreign ministers of Greece and Turkey": a conjunction between two nouns or names joins a noun phrase, not two clauses.</summary>
    private static bool JoinsNames(TaggedWord[] words, int k) =>
        k >= 1 && k + 1 < words.Length && words[k - 1].Class is WordClass.Noun or WordClass.ProperNoun
        && words[k + 1].Class is WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner;

    /// <summary>"There was fighting between …", "there has been looting": after an existential "there" and "be", a gerund is the noun that is said to be.</summary>
    private static bool IsExistential(TaggedWord[] words, int i)
    {
        var k = i - 1;
        while (k >= 0 && words[k].Class is WordClass.Be or WordClass.Have)
        {
            k--;
        }

        return k >= 0 && words[k].Lower == "there"
            && (k == 0 || words[k - 1].Class is WordClass.Punctuation or WordClass.Conjunction or WordClass.Subordinator or WordClass.That);
    }

    private static bool IsPluralDemonym(string lower) =>
        lower.Length > 4 && (lower.EndsWith("ans", StringComparison.Ordinal) || lower.EndsWith("is", StringComparison.Ordinal));

    private static bool IsSubject(WordClass c) => c is WordClass.Noun or WordClass.ProperNoun or WordClass.Pronoun;
}
