namespace Parley.Clauses;

/// <summary>
/// The tagger's second pass over a sentence: words its left-to-right pass read as verbs or nouns
/// that the rest of the sentence shows to be otherwise (an -s form inside an object noun phrase,
/// a participle that modifies the noun before it, an adverb between an auxiliary and its verb).
/// </summary>
internal sealed class NounPhraseRepair(ClauseLexicon lexicon)
{
    /// <summary>Object noun phrases in news rarely stack more than two modifiers before their head ("their diplomatic ties", "Tamil civilian refugees").</summary>
    private const int MaxModifiers = 2;

    private readonly GroupNounVerbs _groupNounVerbs = new(lexicon);

    public void Apply(TaggedWord[] words)
    {
        _groupNounVerbs.Apply(words);
        MarkPluralObjects(words);
        MarkNounsEndingObjects(words);
        MarkSingularCompounds(words);
        MarkPluralSubjectHeads(words);
        MarkReducedRelatives(words);
        MarkAdverbsInVerbGroups(words);
        MarkReturnParticles(words);
    }

    /// <summary>
    /// "deported 50 refugees back to Burma", "sent them back home": "back" before "to", a preposition or "home" is the particle
    /// of a return, not the verb "back" (to support), which takes an object ("back the plan").
    /// </summary>
    private static void MarkReturnParticles(TaggedWord[] words)
    {
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (words[i].Lower == "back" && words[i].Class == WordClass.Verb
                && (words[i + 1].Class is WordClass.To or WordClass.Preposition || words[i + 1].Lower == "home"))
            {
                words[i] = words[i] with { Class = WordClass.Adverb, Lemma = null, Form = VerbForm.None };
            }
        }
    }

    /// <summary>
    /// "rejected recent calls", "upgraded their diplomatic ties", "open to discussing smaller steps": an -s form right after a verb (or a governed gerund), an optional
    /// determiner and one or two modifiers is the object, a plural noun; a lone lowercase singular word there is no subject.
    /// </summary>
    private void MarkPluralObjects(TaggedWord[] words)
    {
        for (var i = 2; i < words.Length; i++)
        {
            if (words[i].Class != WordClass.Verb || words[i].Form != VerbForm.ThirdPerson)
            {
                continue;
            }

            var k = i - 1;
            while (k > 0 && i - k <= MaxModifiers && words[k].Class == WordClass.Noun && !words[k].Lower.EndsWith('s') && !IsGovernedGerund(words, k))
            {
                k--;
            }

            if (k == i - 1 && IsNamedCompound(words, i))
            {
                // "condemned the US arms sales to Taiwan": a name between a determiner and the -s form, with a noun after it, is its modifier.
                k = i - 2;
            }

            if (k == i - 1)
            {
                continue;
            }

            // Only a determiner after the verb with modifiers after it: "told the US forces" keeps its reading below.
            if (words[k].Class == WordClass.Determiner && k > 0 && k < i - 1)
            {
                k--;
            }

            // Not after a speech verb: "said peace remains elusive" reports a clause.
            if ((words[k].Class == WordClass.Verb || IsGovernedGerund(words, k)) && !lexicon.IsSpeechVerb(words[k].Lemma ?? words[k].Lower))
            {
                words[i] = words[i] with { Class = WordClass.Noun, Lemma = null, Form = VerbForm.None };
            }
        }
    }

    /// <summary>
    /// "the US arms sales": determiner, name, -s form and a noun, a compound object; "told the US forces would leave" has no
    /// noun after the -s form and keeps it a verb.
    /// </summary>
    private static bool IsNamedCompound(TaggedWord[] words, int i) =>
        i >= 2 && i + 1 < words.Length && words[i - 1].Class == WordClass.ProperNoun && words[i - 2].Class == WordClass.Determiner
        && words[i + 1].Class == WordClass.Noun;

    /// <summary>
    /// "lifted its arms embargo on China", "pulled its troops back from the border", "allowed IAEA inspectors back into the country":
    /// after a verb's object of one or two nouns (behind an article or possessive, if any), a base form followed by a preposition
    /// (or nothing) ends that object, a compound noun or a particle; it is no new predicate with the object as subject. Not after
    /// a speech verb ("said its allies back from …" would report a clause), nor after a verb of causation or perception, whose
    /// object's bare infinitive is a predicate ("made the Ukrainian troops retreat from Kherson").
    /// </summary>
    private void MarkNounsEndingObjects(TaggedWord[] words)
    {
        for (var i = 2; i < words.Length; i++)
        {
            if (words[i].Class != WordClass.Verb || words[i].Form != VerbForm.Base || !(i + 1 == words.Length || words[i + 1].Class == WordClass.Preposition))
            {
                continue;
            }

            var k = i - 1;
            while (k > 0 && i - k <= MaxModifiers && words[k].Class is WordClass.Noun or WordClass.ProperNoun)
            {
                k--;
            }

            if (k < i - 1 && words[k].Lower is "the" or "its" or "their" or "his" or "her" or "our" or "my" or "your" or "these" or "those")
            {
                k--;
            }

            if (k >= 0 && k < i - 1 && words[k].Class == WordClass.Verb && (words[k].Lemma ?? words[k].Lower) is var verb
                && !lexicon.IsSpeechVerb(verb) && !lexicon.TakesBareInfinitive(verb))
            {
                words[i] = words[i] with { Class = WordClass.Noun, Lemma = null, Form = VerbForm.None };
            }
        }
    }

    /// <summary>
    /// "signed a gas deal", "an arms deal", "an air and arms embargo": a base-form verb right after "a"/"an" and one noun (or two
    /// joined by "and") cannot agree with that singular subject, so it is the last noun of a compound; so is an -s form between
    /// "an oil and" and a noun ("an oil and arms embargo").
    /// </summary>
    private static void MarkSingularCompounds(TaggedWord[] words)
    {
        for (var i = 2; i < words.Length; i++)
        {
            if (words[i].Class == WordClass.Verb && words[i].Form == VerbForm.Base
                    && words[i - 1].Class == WordClass.Noun && (words[i - 2].Lower is "a" or "an" || IsCoordinatedAfterArticle(words, i - 2))
                || words[i].Class == WordClass.Verb && words[i].Form == VerbForm.ThirdPerson && IsCoordinatedAfterArticle(words, i - 1)
                    && i + 1 < words.Length && words[i + 1].Class == WordClass.Noun)
            {
                words[i] = words[i] with { Class = WordClass.Noun, Lemma = null, Form = VerbForm.None };
            }
        }
    }

    /// <summary>"an air and arms embargo": "and" after an article and one noun joins two modifiers of one singular head.</summary>
    private static bool IsCoordinatedAfterArticle(TaggedWord[] words, int conjunction) =>
        conjunction >= 2 && words[conjunction].Lower is "and" or "or" && words[conjunction - 1].Class == WordClass.Noun && words[conjunction - 2].Lower is "a" or "an";

    /// <summary>
    /// "Air strikes on Gaza killed twelve", "a raid by US special forces on a compound in Iraq killed two": an -s form after a noun,
    /// opening its clause and followed by prepositional phrases that run into a finite verb, heads the plural subject of that verb;
    /// a clause has one predicate. A pronoun or clause word on the way ("says on Tuesday it killed") keeps it a verb, as does a
    /// speech verb ("the UN says in a report released …").
    /// </summary>
    private void MarkPluralSubjectHeads(TaggedWord[] words)
    {
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (words[i].Class == WordClass.Verb && words[i].Form == VerbForm.ThirdPerson && words[i - 1].Class is WordClass.Noun or WordClass.ProperNoun
                && words[i + 1].Class == WordClass.Preposition && !HasEarlierVerb(words, i) && !lexicon.IsSpeechVerb(words[i].Lemma ?? words[i].Lower)
                && PrepositionalPhrasesReachVerb(words, i + 1))
            {
                words[i] = words[i] with { Class = WordClass.Noun, Lemma = null, Form = VerbForm.None };
            }
        }
    }

    /// <summary>Whether prepositions and the noun phrases they govern, from <paramref name="from"/>, run straight into a past verb or an auxiliary.</summary>
    private static bool PrepositionalPhrasesReachVerb(TaggedWord[] words, int from)
    {
        for (var k = from; k < words.Length; k++)
        {
            var w = words[k];
            if (w.Class is WordClass.Preposition or WordClass.Determiner or WordClass.Possessive or WordClass.Number or WordClass.Adverb or WordClass.ProperNoun
                || w.Class == WordClass.Noun && w.Lemma is null)
            {
                continue;
            }

            return k > from + 1 && words[k - 1].Class is WordClass.Noun or WordClass.ProperNoun
                && (w.Class is WordClass.Have or WordClass.Be or WordClass.Modal || w.Class == WordClass.Verb && w.Form is VerbForm.Past or VerbForm.PastOrParticiple);
        }

        return false;
    }

    /// <summary>
    /// "Burundi's first democratically elected president", "a hastily arranged meeting": a participle after an -ly adverb inside a
    /// noun phrase (behind a determiner or a possessive and at most two modifiers) and before a noun modifies that noun.
    /// </summary>
    private static bool IsAdverbModifiedParticiple(TaggedWord[] words, int i)
    {
        if (i < 2 || i + 1 >= words.Length || words[i - 1].Class != WordClass.Adverb || !words[i - 1].Lower.EndsWith("ly", StringComparison.Ordinal)
            || words[i + 1].Class is not (WordClass.Noun or WordClass.ProperNoun))
        {
            return false;
        }

        var k = i - 2;
        while (k >= 0 && i - 2 - k < MaxModifiers && words[k].Class == WordClass.Noun)
        {
            k--;
        }

        return k >= 0 && words[k].Class is WordClass.Determiner or WordClass.Possessive;
    }

    /// <summary>A gerund: an -ing form tagged a noun with its verb's lemma ("investigating", "killing").</summary>
    private static bool IsGerund(TaggedWord w) => w.Class == WordClass.Noun && w.Lemma is not null && w.Lower.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>"open to discussing", "by imposing": a gerund (tagged a noun with its verb's lemma) after a preposition or "to" governs an object as a verb does; "the ruling party" does not.</summary>
    internal static bool IsGovernedGerund(TaggedWord[] words, int i) =>
        i >= 1 && words[i].Class == WordClass.Noun && words[i].Lemma is not null && words[i - 1].Class is WordClass.To or WordClass.Preposition;

    /// <summary>
    /// "expelled two diplomats based in Geneva", "nationals suspected by the West": a participle right
    /// after a noun, followed by a preposition, inside a clause whose own verb came before (or, as the
    /// sentence's first verb, with a finite verb after it: "a group based in Trinidad claims"), modifies
    /// that noun; it is no new predicate. Reported speech ("said the army killed…") is left alone.
    /// So is an -s form after a noun there ("held refugees as human shields in", "announced a suspension
    /// of air links with"): a clause has one predicate, so it is a plural noun; after a speech verb only
    /// when a preposition follows it, since "said peace remains elusive" reports a clause.
    /// </summary>
    private void MarkReducedRelatives(TaggedWord[] words)
    {
        var finite = false;
        var reported = false;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (IsBoundary(w) && !JoinsNouns(words, i))
            {
                (finite, reported) = (false, false);
                continue;
            }

            if (w.Class != WordClass.Verb)
            {
                continue;
            }

            var afterNoun = i > 0 && words[i - 1].Class is WordClass.Noun or WordClass.ProperNoun;
            var beforePreposition = i + 1 < words.Length && (words[i + 1].Class == WordClass.Preposition || IsPrepositionalTo(words, i + 1)
                || IsParticleBeforeAgent(words, i + 1) || IsPredicativeBeforeAgent(words, i + 1) || IsTimeAfter(words, i + 1));
            // "peacekeepers still held by his forces": adverbs may stand between the noun and its participle.
            var afterNounPastAdverbs = afterNoun || i > 1 && words[i - 1].Class == WordClass.Adverb && words[BeforeAdverbs(words, i)].Class is WordClass.Noun or WordClass.ProperNoun;
            var mainAfterAgent = -1;
            if (w.Form is VerbForm.PastOrParticiple or VerbForm.Participle && afterNounPastAdverbs && beforePreposition
                && (finite || !reported && !HasEarlierVerb(words, i) && !lexicon.IsSpeechVerb(w.Lemma ?? w.Lower)
                    && (HasLaterFiniteVerb(words, i + 1) || (mainAfterAgent = PastFormAfterAgent(words, i)) >= 0)))
            {
                words[i] = w with { Class = WordClass.Noun };
                if (mainAfterAgent >= 0)
                {
                    // "A bomb planted by IRA guerrillas exploded in …": the past form right after the agent is the sentence's verb.
                    words[mainAfterAgent] = words[mainAfterAgent] with { Class = WordClass.Verb };
                }

                continue;
            }

            if ((finite || i >= 1 && IsGerund(words[i - 1])) && w.Form is VerbForm.PastOrParticiple && IsCountBeforeNoun(words, i)
                || w.Form is VerbForm.PastOrParticiple or VerbForm.Participle && IsAdverbModifiedParticiple(words, i))
            {
                // "killed four suspected militants", "freed 12 kidnapped workers", "bombed suspected Hezbollah positions", "raided the
                // suspected hideouts", "of torturing and killing suspected sympathisers": after a verb, a participle between a count, a
                // determiner, that verb or a gerund and a noun modifies the noun.
                words[i] = w with { Class = WordClass.Noun };
                continue;
            }

            // "shelled Tamil Tiger positions", "bombed Hezbollah bases": also after a name in the object right after the clause's verb.
            if (w.Form == VerbForm.ThirdPerson && afterNoun && (words[i - 1].Class == WordClass.Noun || finite && InObjectOfVerbBefore(words, i))
                && (finite || reported && beforePreposition))
            {
                words[i] = w with { Class = WordClass.Noun, Lemma = null, Form = VerbForm.None };
                continue;
            }

            // An infinitive or a gerund ("offered to hand over … nationals suspected by") leaves the clause's finite verb in force;
            // a gerund after "be" ("has been holding") is that verb.
            if (!(w.Form == VerbForm.Gerund && !(i > 0 && words[i - 1].Class == WordClass.Be) || i > 0 && words[i - 1].Class == WordClass.To))
            {
                var speech = lexicon.IsSpeechVerb(w.Lemma ?? w.Lower);
                (finite, reported) = (!speech, speech);
            }
        }
    }

    /// <summary>
    /// "returned a Japanese fishing boat seized last month near the Kuriles", "freed a journalist kidnapped yesterday": a time said at
    /// once after a participle ends its phrase as a preposition would.
    /// </summary>
    private static bool IsTimeAfter(TaggedWord[] words, int i) =>
        words[i].Lower == "last" && i + 1 < words.Length && words[i + 1].Class is WordClass.Noun or WordClass.ProperNoun
        || words[i].Lower is "yesterday" or "earlier" or "recently" or "overnight";

    /// <summary>Whether only the words of a noun phrase (names, nouns, determiners, counts) stand between a verb and word <paramref name="i"/>.</summary>
    private static bool InObjectOfVerbBefore(TaggedWord[] words, int i) =>
        VerbPositions.OpenerOfNounPhrase(words, i, static w => w.Class == WordClass.Verb, int.MaxValue - 1) >= 0;

    private bool IsCountBeforeNoun(TaggedWord[] words, int i) =>
        i >= 1 && i + 1 < words.Length
        && (words[i - 1].Class is WordClass.Number or WordClass.Determiner or WordClass.Verb || lexicon.IsNumberWord(words[i - 1].Lower) || IsGerund(words[i - 1]))
        && words[i + 1].Class is WordClass.Noun or WordClass.ProperNoun;

    /// <summary>
    /// "debts owed to it by Mozambique", "aid promised to their allies": a "to" before a pronoun is a preposition. Not before an
    /// article or a name, after which a main verb is as likely ("Rebels who seized the town returned to the negotiating table"),
    /// nor before a bare noun, which may be a verb the lexicon lacks ("promised to democratize").
    /// </summary>
    private static bool IsPrepositionalTo(TaggedWord[] words, int k) =>
        words[k].Class == WordClass.To && k + 1 < words.Length && words[k + 1].Class is WordClass.Pronoun or WordClass.Possessive;

    /// <summary>"the nuclear test carried out by India", "the plan drawn up by Egypt": a particle and then "by" continue a participle as a preposition would.</summary>
    private bool IsParticleBeforeAgent(TaggedWord[] words, int k) =>
        k + 1 < words.Length && lexicon.IsPhrasalParticle(words[k].Lower) && words[k + 1].Lower == "by";

    /// <summary>The word before <paramref name="k"/> past any adverbs ("peacekeepers still held by": "peacekeepers").</summary>
    internal static int BeforeAdverbs(TaggedWord[] words, int k)
    {
        var j = k - 1;
        while (j > 0 && words[j].Class == WordClass.Adverb)
        {
            j--;
        }

        return j;
    }

    /// <summary>Whether the conjunction at <paramref name="k"/> joins two nouns of one phrase ("machetes and grenades").</summary>
    private static bool IsBetweenNouns(TaggedWord[] words, int k) =>
        k >= 1 && k + 1 < words.Length && words[k - 1].Class is WordClass.Noun or WordClass.ProperNoun
        && words[k + 1].Class is WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner or WordClass.Number;

    /// <summary>
    /// The past form that follows the agent of the participle at <paramref name="participle"/> at once ("planted by IRA guerrillas
    /// exploded"), read as a noun when the participle was taken for the verb, in a sentence with no verb before the participle; -1
    /// when there is none.
    /// </summary>
    private static int PastFormAfterAgent(TaggedWord[] words, int participle)
    {
        if (participle + 2 >= words.Length || words[participle + 1].Lower != "by"
            || Array.FindIndex(words, 0, participle, static w => w.Class is WordClass.Verb or WordClass.Be or WordClass.Have or WordClass.Modal or WordClass.To) >= 0)
        {
            // Only in the sentence's subject: after a verb, "red-tape imposed by new US laws passed since" has its verb already.
            return -1;
        }

        var k = participle + 2;
        while (k < words.Length && words[k].Form == VerbForm.None && words[k].Class is WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner or WordClass.Number or WordClass.Possessive)
        {
            k++;
        }

        return k > participle + 2 && k < words.Length && words[k].Lemma is not null && words[k].Form is VerbForm.Past or VerbForm.PastOrParticiple ? k : -1;
    }

    /// <summary>
    /// "A terror group based in Trinidad claims …": a later finite verb before any clause boundary is the sentence's predicate.
    /// A later participle that stands between a noun and a preposition is no such verb: it is the likelier modifier of the two
    /// ("Pompeo arrived in Cairo on a tour aimed at …", "arrived for a visit expected to focus on …", "appealed for the release of
    /// journalists held hostage by …"), nor an -s form ending a preposition's noun phrase ("offered to resume talks on all
    /// outstanding disputes"). Nor is one after a preposition that opens a clause ("The Dutch
    /// government resigned on Tuesday after a report blamed it").
    /// </summary>
    private bool HasLaterFiniteVerb(TaggedWord[] words, int from)
    {
        var acrossNouns = false;
        for (var k = from; k < words.Length; k++)
        {
            var w = words[k];
            if (w.Class == WordClass.Conjunction && IsBetweenNouns(words, k) || w.Lower == "," && IsBetweenNouns(words, k) && ListGoesOn(words, k + 1))
            {
                // "militiamen armed with machetes and grenades massacred …", "armed with machetes, clubs and grenades have slaughtered":
                // "and" or a list's comma joins two nouns of the phrase; an -s form right after them ends it ("in trade and investment deals").
                acrossNouns = true;
                continue;
            }

            if (w.Class is not (WordClass.Noun or WordClass.ProperNoun or WordClass.Verb))
            {
                acrossNouns = false;
            }

            // "clashed with riot police as they demanded reforms": a word before a subject pronoun ("he", "they": no preposition's
            // object) opens a clause of its own, whose verb is not this phrase's.
            if (w.Class is WordClass.Subordinator or WordClass.That or WordClass.Relative or WordClass.Conjunction or WordClass.Quote or WordClass.Punctuation
                || w.Class == WordClass.Preposition && (lexicon.OpensClause(w.Lower) || k + 1 < words.Length && words[k + 1].Lower is "he" or "she" or "they" or "we" or "i"))
            {
                return false;
            }

            if (w.Class is WordClass.Have or WordClass.Be or WordClass.Modal
                || w.Class == WordClass.Verb && (w.Form is VerbForm.Past
                    || w.Form == VerbForm.ThirdPerson && !acrossNouns && VerbPositions.OpenerOfNounPhrase(words, k, static p => p.Class == WordClass.Preposition) < 0
                    || w.Form == VerbForm.PastOrParticiple && !(words[BeforeAdverbs(words, k)].Class is WordClass.Noun or WordClass.ProperNoun
                        && k + 1 < words.Length && (words[k + 1].Class is WordClass.Preposition or WordClass.To || IsPredicativeBeforeAgent(words, k + 1)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> (after a comma between nouns) go on as a list of nouns that "and" or "or" closes
    /// ("machetes, clubs and grenades"), not as a clause of their own ("machetes, officials said").
    /// </summary>
    private static bool ListGoesOn(TaggedWord[] words, int from)
    {
        for (var k = from; k < words.Length; k++)
        {
            if (words[k].Class == WordClass.Conjunction)
            {
                return IsBetweenNouns(words, k);
            }

            if (!(words[k].Class is WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner or WordClass.Number || words[k].Lower == "," && IsBetweenNouns(words, k)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"journalists held hostage by militants", "soldiers taken prisoner by the rebels": one noun and then "by" after a participle, a passive's complement and agent.</summary>
    private static bool IsPredicativeBeforeAgent(TaggedWord[] words, int k) =>
        k + 1 < words.Length && words[k].Class == WordClass.Noun && words[k + 1].Lower == "by";

    /// <summary>Whether a verb stands before word <paramref name="i"/> in its own clause: "said that removing tariffs imposed during the war is …" starts again at "that".</summary>
    internal static bool HasEarlierVerb(TaggedWord[] words, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            if (IsBoundary(words[k]))
            {
                return false;
            }

            if (words[k].Class is WordClass.Verb or WordClass.Be or WordClass.Have or WordClass.Modal)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"released three fishermen and sailors detained near the islands": "and" or "or" between two common nouns joins a noun phrase, not two clauses.</summary>
    private static bool JoinsNouns(TaggedWord[] words, int i) =>
        words[i].Lower is "and" or "or" && i >= 1 && i + 1 < words.Length && words[i - 1].Class == WordClass.Noun && words[i + 1].Class == WordClass.Noun;

    private static bool IsBoundary(TaggedWord w) =>
        w.Class is WordClass.Subordinator or WordClass.That or WordClass.Relative or WordClass.Conjunction or WordClass.Quote || w.Lower is "," or ";" or ":";

    /// <summary>
    /// "has once again outright rejected": a bare singular word between "have" (or "be" and an adverb) and a
    /// participle is an adverb of the verb group, not the subject of a new clause.
    /// </summary>
    private static void MarkAdverbsInVerbGroups(TaggedWord[] words)
    {
        for (var i = 2; i + 1 < words.Length; i++)
        {
            if (words[i].Class != WordClass.Noun || words[i].Lower.EndsWith('s') || words[i + 1].Class != WordClass.Verb
                || words[i + 1].Form is not (VerbForm.PastOrParticiple or VerbForm.Participle))
            {
                continue;
            }

            var k = BeforeAdverbs(words, i);
            if (words[k].Class == WordClass.Have || k < i - 1 && words[k].Class == WordClass.Be)
            {
                words[i] = words[i] with { Class = WordClass.Adverb };
            }
        }
    }
}
