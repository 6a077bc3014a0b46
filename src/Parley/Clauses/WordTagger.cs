using Parley.Text;

namespace Parley.Clauses;

/// <summary>
/// Gives each token of a sentence a <see cref="WordClass"/>: closed-class words from the lexicon,
/// verbs when a known verb form stands where a verb can (after a subject, an auxiliary, "to" or an
/// adverb), nouns elsewhere ("the talks", "hold talks"). Deterministic, one pass, no backtracking.
/// </summary>
public sealed class WordTagger(ClauseLexicon lexicon)
{
    private readonly NounPhraseRepair _repair = new(lexicon);

    private readonly VerbPositions _positions = new(lexicon);

    /// <summary>Prepositions whose noun phrase an -s form may end: the agent of a passive or participle ("backed by government forces") and objects.</summary>
    private static readonly HashSet<string> AgentOrObjectPrepositions = new(StringComparer.Ordinal) { "by", "for", "of", "with", "against", "from", "on", "to" };

    /// <summary>The object of the first of two coordinated verbs, with the "and", rarely runs past ten words ("stormed government buildings and set them ablaze").</summary>
    private const int MaxCoordinatedObjectWords = 10;

    /// <summary>Compound objects rarely stack more than three nouns or names before their head ("People's Liberation Army forces").</summary>
    private const int MaxCompoundModifiers = 3;

    public TaggedWord[] Tag(string text, IReadOnlyList<Token> tokens, int first, int count)
    {
        var words = new TaggedWord[count];
        for (var i = 0; i < count; i++)
        {
            var token = tokens[first + i];
            var surface = token.In(text);
            var lower = surface.ToString().ToLowerInvariant();
            words[i] = new TaggedWord(first + i, WordClass.Noun, lower, null, VerbForm.None);
            words[i] = token.Kind switch
            {
                // "a $1 billion loan": a currency sign before its amount is part of the noun phrase, not a break in it.
                TokenKind.Symbol when i + 1 < count && tokens[first + i + 1].Kind == TokenKind.Number => words[i] with { Class = WordClass.Number },
                TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Link => words[i] with { Class = WordClass.Punctuation },
                TokenKind.Quote => words[i] with { Class = WordClass.Quote },
                TokenKind.Number => words[i] with { Class = WordClass.Number },
                _ => Classify(words, i, lower, surface, token.Kind, i + 1 < count ? tokens[first + i + 1].In(text) : default, i + 2 < count ? tokens[first + i + 2].In(text) : default),
            };
        }

        _repair.Apply(words);
        return words;
    }

    private TaggedWord Classify(TaggedWord[] words, int i, string lower, ReadOnlySpan<char> surface, TokenKind kind, ReadOnlySpan<char> next, ReadOnlySpan<char> afterNext)
    {
        var word = words[i];
        var previous = i > 0 ? words[i - 1].Class : WordClass.Punctuation;
        if (lower == "'s")
        {
            return word with { Class = previous is WordClass.Pronoun ? WordClass.Be : WordClass.Possessive };
        }

        if (lower == "at" && (next.Equals("least", StringComparison.OrdinalIgnoreCase) || next.Equals("most", StringComparison.OrdinalIgnoreCase))
            || lower is "least" or "most" && i > 0 && words[i - 1].Lower == "at")
        {
            // "killed at least 134 villagers": a count's modifier, no phrase of place after the verb.
            return word with { Class = WordClass.Adverb };
        }

        if (lower == "no" && next.Equals("longer", StringComparison.OrdinalIgnoreCase))
        {
            // "would no longer block loans": the negation of the verb group, not a determiner of "longer block".
            return word with { Class = WordClass.Negation };
        }

        if (lower == "longer" && i > 0 && words[i - 1].Lower == "no")
        {
            return word with { Class = WordClass.Adverb };
        }

        if (surface.Length >= 2 && IsAllUpper(surface))
        {
            // "US", "UN": an acronym, never the function word it spells ("us").
            return word with { Class = WordClass.ProperNoun };
        }

        if (lower == "once" && (previous is WordClass.Have or WordClass.Be or WordClass.Modal or WordClass.Do || next.Equals("again", StringComparison.OrdinalIgnoreCase)))
        {
            // "has once again rejected": inside a verb group "once" is an adverb, not the subordinator of "once the deal is signed".
            return word with { Class = WordClass.Adverb };
        }

        // "Japan provided loans", "the US has provided weapons": after a subject or an auxiliary "provided" is the verb, not the
        // subordinator of "…, provided that Iran complies".
        var providedAsVerb = lower == "provided" && previous is WordClass.ProperNoun or WordClass.Noun or WordClass.Pronoun or WordClass.Have or WordClass.Be
            && !next.Equals("that", StringComparison.OrdinalIgnoreCase);
        if (!providedAsVerb && lexicon.TryFunctionWord(lower, out var functionClass)
            && !(i > 0 && char.IsUpper(surface[0]) && functionClass is WordClass.Be or WordClass.Have or WordClass.Do or WordClass.Modal))
        {
            return word with { Class = functionClass, Lemma = functionClass is WordClass.Be ? "be" : functionClass is WordClass.Have ? "have" : null };
        }

        var capitalized = char.IsUpper(surface[0]);
        if (lexicon.TryVerb(lower, out var lemma, out var form) && form == VerbForm.Base && lexicon.IsPastToo(lower)
            && (AfterName(words, i) || previous is WordClass.Be or WordClass.Have || previous == WordClass.Noun && OpensObject(next)
                || i >= 2 && (VerbPositions.ClosesAppositive(words, i) || InterruptingRelatives.Closes(words, i, lexicon) || AfterSubjectsAdverb(words, i)
                    || AfterPastAndConjunction(words, i))))
        {
            // "North Korea put its army on alert", "Russia cut gas supplies": after a name, a form that is base and past alike
            // is read as the past, as a verb after a singular subject must be; so after the comma that closes an apposition
            // or a relative clause ("Saudi Arabia, the largest producer, cut ties"). After "be" or "have" it is the participle
            // ("the army was put on alert", "has cut ties"); after a noun, with an object or a particle next ("the government
            // shut down two radio stations"), the past; so too after a noun or a pronoun and an -ly adverb ("police severely beat …").
            form = VerbForm.PastOrParticiple;
        }

        if (form != VerbForm.None && (lexicon.IsCompoundNoun(lower, next) || i > 0 && lexicon.IsCompoundNoun(words[i - 1].Lower, lower)))
        {
            // "the armed forces said", "armed forces commander General Wiranto warned": one noun, neither word a verb.
            form = VerbForm.None;
        }

        if (form == VerbForm.ThirdPerson && i >= 2 && NounPhraseRepair.IsGovernedGerund(words, i - 1))
        {
            // "from providing loans to Vietnam", "by imposing sanctions": an -s form right after a gerund a preposition governs is its object.
            form = VerbForm.None;
        }

        if (form == VerbForm.ThirdPerson && i >= 2 && words[i - 2].Lower == "as" && words[i - 1].Class == WordClass.Noun)
        {
            // "recognised Slovenia and Croatia as independent states", "branded them as foreign agents": what "as" calls something is a
            // noun phrase ("as Iran states" has a name before the verb).
            form = VerbForm.None;
        }

        if (form == VerbForm.Gerund && i >= 1 && words[i - 1].Lower == "," && (lexicon.IsSpeechVerb(lemma) && OpensReport(next) || lexicon.IsMandativeVerb(lemma) && next is "that"))
        {
            // "rejected the plan, saying it favoured Israel": a speech verb's -ing form after a comma reports what the clause's subject
            // said; not before a bare noun, whose modifier it is ("fired rubber bullets, warning shots and tear gas"). So does a verb
            // of demand before "that" ("massed in Manila, demanding that the president step down").
            return word with { Class = WordClass.Verb, Lemma = lemma, Form = form };
        }

        if (form != VerbForm.None && (!capitalized || i == 0) && kind != TokenKind.Abbreviation
            && (_positions.IsVerbPosition(words, i, previous, form) && !IsPluralNounBeforeVerb(previous, form, next, afterNext) && !IsCompoundObject(words, i, form)
                && !IsPluralEndingPrepositionObject(words, i, form, lemma, next) || IsInvertedSpeech(words, i, lemma, form))
            && !(previous is WordClass.ProperNoun or WordClass.Noun && lexicon.IsCountryAdjective(words[i - 1].Lower) && !NamesAPeople(words, i - 1, form)))
        {
            return word with { Class = WordClass.Verb, Lemma = lemma, Form = form };
        }

        if (lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && !capitalized && !HeadsNounPhrase(words, i, next))
        {
            return word with { Class = WordClass.Adverb };
        }

        return word with { Class = capitalized && i > 0 || kind == TokenKind.Abbreviation ? WordClass.ProperNoun : WordClass.Noun, Lemma = form == VerbForm.Gerund ? lemma : null };
    }

    /// <summary>"stormed government buildings and set them ablaze": after "and", a form that is base and past alike continues an earlier past verb of its clause.</summary>
    private static bool AfterPastAndConjunction(TaggedWord[] words, int i) =>
        words[i - 1].Lower is "and" or "or"
        && VerbBefore(words, i - 1, MaxCoordinatedObjectWords, withinGroup: true) is var k and >= 0 && words[k].Form is VerbForm.Past or VerbForm.PastOrParticiple;

    /// <summary>Whether a verb other than one of speech stands before word <paramref name="i"/>, with no report or clause opened between.</summary>
    private bool HasActBefore(TaggedWord[] words, int i) =>
        VerbBefore(words, i, i, withinGroup: false) is var k and >= 0 && !lexicon.IsSpeechVerb(words[k].Lemma ?? words[k].Lower);

    /// <summary>
    /// The nearest verb among the <paramref name="maxWords"/> words before <paramref name="i"/>, or -1 when a clause opens first
    /// ("that", a subordinator, a relative, a quote) or, <paramref name="withinGroup"/>, a comma, an auxiliary or "to" does.
    /// </summary>
    private static int VerbBefore(TaggedWord[] words, int i, int maxWords, bool withinGroup)
    {
        for (var k = i - 1; k >= 0 && i - k <= maxWords; k--)
        {
            if (words[k].Class is WordClass.Subordinator or WordClass.That or WordClass.Relative or WordClass.Quote
                || withinGroup && words[k].Class is WordClass.Punctuation or WordClass.Modal or WordClass.Do or WordClass.To)
            {
                return -1;
            }

            if (words[k].Class == WordClass.Verb)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether the word after a report's verb can open what is reported: a name, a function word, a quotation or a colon, not a bare noun.</summary>
    private bool OpensReport(ReadOnlySpan<char> next) =>
        next.IsEmpty || !char.IsLower(next[0]) || lexicon.TryFunctionWord(next, out _);

    /// <summary>"police severely beat …": an -ly adverb between a noun and a form that is base and past alike.</summary>
    private static bool AfterSubjectsAdverb(TaggedWord[] words, int i) =>
        words[i - 1].Class == WordClass.Adverb && words[i - 1].Lower.EndsWith("ly", StringComparison.Ordinal)
        && words[i - 2].Class is WordClass.Noun or WordClass.ProperNoun or WordClass.Pronoun;

    /// <summary>
    /// "the family had asked", "a rally in Tirana", "the Weeks' family said": an -ly word between a determiner or a possessive and
    /// a function word or a punctuation mark heads its noun phrase, so it is a noun ("the nightly curfew" keeps its adverb-like modifier).
    /// </summary>
    private bool HeadsNounPhrase(TaggedWord[] words, int i, ReadOnlySpan<char> next) =>
        i >= 1 && (words[i - 1].Class is WordClass.Determiner or WordClass.Possessive || words[i - 1].Lower is "'" or "’" && i >= 2 && words[i - 2].Lower.EndsWith('s'))
        && (next.IsEmpty || !char.IsLetter(next[0]) || lexicon.TryFunctionWord(next, out _));

    /// <summary>Whether the next word opens a verb's object or continues a phrasal verb: a determiner ("the", "its") or a particle.</summary>
    private bool OpensObject(ReadOnlySpan<char> next) =>
        lexicon.IsPhrasalParticle(next)
        || lexicon.TryFunctionWord(next, out var nextClass) && nextClass is WordClass.Determiner or WordClass.Possessive;

    /// <summary>A name right before: a proper noun, or the sentence's first word ("Russia cut …").</summary>
    private static bool AfterName(TaggedWord[] words, int i) =>
        i >= 1 && (words[i - 1].Class == WordClass.ProperNoun || i == 1 && words[0].Class == WordClass.Noun);

    /// <summary>
    /// "Serb forces killed", "rebel attacks were": an -s form between a noun and a finite verb is the plural subject, not a second
    /// predicate; so is one before an adverb in -ly and a verb ("security forces routinely torture detainees").
    /// </summary>
    private bool IsPluralNounBeforeVerb(WordClass previous, VerbForm form, ReadOnlySpan<char> next, ReadOnlySpan<char> afterNext)
    {
        if (form != VerbForm.ThirdPerson || previous is not (WordClass.Noun or WordClass.ProperNoun) || next.IsEmpty || char.IsUpper(next[0]))
        {
            return false;
        }

        if (next.Length > 4 && next.EndsWith("ly", StringComparison.Ordinal) && !afterNext.IsEmpty && !lexicon.TryVerb(next.ToString(), out _, out _))
        {
            // Only a verb follows "routinely", "repeatedly": a base form there is a present plural, as "forces torture" alone may not be.
            return lexicon.TryVerb(afterNext.ToString().ToLowerInvariant(), out _, out var afterForm) && afterForm is VerbForm.Past or VerbForm.PastOrParticiple or VerbForm.Base;
        }

        var lower = next.ToString().ToLowerInvariant();
        return lexicon.TryFunctionWord(lower, out var nextClass) ? nextClass is WordClass.Have or WordClass.Be or WordClass.Modal
            : lexicon.TryVerb(lower, out _, out var nextForm) && nextForm is VerbForm.Past or VerbForm.PastOrParticiple;
    }

    /// <summary>
    /// "militias, backed by Sudanese government forces, carried out", "attacked by government forces in Darfur": an -s form after a
    /// noun that a preposition governs, with a comma or another preposition after it, ends that preposition's noun phrase. Not a
    /// speech verb ("a spokesman for the rebels says in a statement").
    /// </summary>
    private bool IsPluralEndingPrepositionObject(TaggedWord[] words, int i, VerbForm form, string lemma, ReadOnlySpan<char> next)
    {
        if (form != VerbForm.ThirdPerson || words[i - 1].Class != WordClass.Noun || next.IsEmpty || lexicon.IsSpeechVerb(lemma)
            || VerbPositions.OpenerOfNounPhrase(words, i, static w => AgentOrObjectPrepositions.Contains(w.Lower)) < 0)
        {
            return false;
        }

        // "return to six-party talks if Washington lifts …": a subordinator after it opens the next clause, as a comma does; the
        // sentence's end closes the phrase too when a verb other than one of speech already leads to it ("threatened to break off
        // relations over an agreement giving U.S. troops access to Colombian military bases."), not in a report whose verb it may
        // be ("said the fighting with government troops continues.").
        return next is "," or ";" || next is "." && HasActBefore(words, i)
            || lexicon.TryFunctionWord(next, out var nextClass) && nextClass is WordClass.Preposition or WordClass.Subordinator;
    }

    /// <summary>
    /// "The Chinese rejected the proposal": a country adjective right after "the", followed by a finite verb, names the
    /// people ("the British", "the Swiss"), so the verb is a verb ("Greek sides", "Palestinian riots" are not); so does one
    /// counted by a noun of number ("thousands of Sudanese took to the streets").
    /// </summary>
    private bool NamesAPeople(TaggedWord[] words, int adjective, VerbForm form) =>
        form is VerbForm.Past or VerbForm.PastOrParticiple or VerbForm.ThirdPerson or VerbForm.Base
        && adjective >= 1
        && (words[adjective - 1].Lower == "the"
            && (adjective == 1 || words[adjective - 2].Class is WordClass.Punctuation or WordClass.Preposition or WordClass.Conjunction or WordClass.That or WordClass.Subordinator)
            || adjective >= 2 && words[adjective - 1].Lower == "of" && lexicon.IsQuantityNoun(words[adjective - 2].Lower));

    /// <summary>
    /// "eased emergency measures", "struck Hamas targets", "deploy People's Liberation Army forces": an -s form after bare nouns or
    /// names that a verb governs ends a compound object (not after "said", whose complement may follow bare), also the second of
    /// two coordinated objects ("hurled rocks and petrol bombs", "froze aid and loans").
    /// </summary>
    private bool IsCompoundObject(TaggedWord[] words, int i, VerbForm form)
    {
        if (form != VerbForm.ThirdPerson)
        {
            return false;
        }

        var k = i - 1;
        while (k >= 0 && i - k <= MaxCompoundModifiers && words[k].Class is WordClass.Noun or WordClass.ProperNoun)
        {
            k--;
        }

        // "froze grant aid and loans to Pakistan": right after "and" too, when the verb before is past ("imposes sanctions and
        // demands …" coordinates two present verbs).
        var direct = k == i - 1;
        if (k >= 1 && words[k].Lower is "and" or "or" && (direct || words[k + 1].Class == WordClass.Noun))
        {
            // "hurled rocks and petrol bombs at", "fired two rockets and mortar shells": the second of two coordinated objects; a name
            // after "and" may open a new clause instead ("imposed sanctions and Russia expels").
            // "burned thousands of shacks and market stalls": the first object may be counted with "of".
            var conjunction = k--;
            while (k >= 0 && conjunction - k <= MaxCompoundModifiers && (words[k].Class is WordClass.Noun or WordClass.Number or WordClass.Determiner
                || words[k].Lower == "of" && k >= 1 && words[k - 1].Class is WordClass.Noun or WordClass.Number))
            {
                k--;
            }

            // An -s form after "and" can be coordinated only with another -s form: after a past, an infinitive or a gerund
            // ("to investigate reports of torture and abuses") it is the object's second noun.
            k = k < conjunction - 1 ? k : conjunction;
            if (direct && (k == conjunction || words[k] is not { Class: WordClass.Verb, Form: VerbForm.Past or VerbForm.PastOrParticiple or VerbForm.Base or VerbForm.Gerund }))
            {
                return false;
            }
        }

        return k < i - 1 && k >= 0 && words[k].Class == WordClass.Verb && words[k].Lemma is { } lemma && !lexicon.IsSpeechVerb(lemma);
    }

    /// <summary>"…, said a spokesman": a speech verb in the past right after a comma or a closing quote opens an inverted report.</summary>
    private bool IsInvertedSpeech(TaggedWord[] words, int i, string lemma, VerbForm form) =>
        i >= 2 && form is VerbForm.Past or VerbForm.PastOrParticiple && lexicon.IsSpeechVerb(lemma)
        && (words[i - 1].Lower == "," || words[i - 1].Class == WordClass.Quote);

    private static bool IsAllUpper(ReadOnlySpan<char> surface)
    {
        foreach (var c in surface)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
