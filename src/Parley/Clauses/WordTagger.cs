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
                TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Link => words[i] with { Class = WordClass.Punctuation },
                TokenKind.Quote => words[i] with { Class = WordClass.Quote },
                TokenKind.Number => words[i] with { Class = WordClass.Number },
                _ => Classify(words, i, lower, surface, token.Kind, i + 1 < count ? tokens[first + i + 1].In(text) : default),
            };
        }

        _repair.Apply(words);
        return words;
    }

    private TaggedWord Classify(TaggedWord[] words, int i, string lower, ReadOnlySpan<char> surface, TokenKind kind, ReadOnlySpan<char> next)
    {
        var word = words[i];
        var previous = i > 0 ? words[i - 1].Class : WordClass.Punctuation;
        if (lower == "'s")
        {
            return word with { Class = previous is WordClass.Pronoun ? WordClass.Be : WordClass.Possessive };
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
                || i >= 2 && (ClosesAppositive(words, i) || InterruptingRelatives.Closes(words, i, lexicon))))
        {
            // "North Korea put its army on alert", "Russia cut gas supplies": after a name, a form that is base and past alike
            // is read as the past, as a verb after a singular subject must be; so after the comma that closes an apposition
            // or a relative clause ("Saudi Arabia, the largest producer, cut ties"). After "be" or "have" it is the participle
            // ("the army was put on alert", "has cut ties"); after a noun, with an object or a particle next ("the government
            // shut down two radio stations"), the past.
            form = VerbForm.PastOrParticiple;
        }

        if (form != VerbForm.None && (!capitalized || i == 0) && kind != TokenKind.Abbreviation
            && (IsVerbPosition(words, i, previous, form) && !IsPluralNounBeforeVerb(previous, form, next) && !IsCompoundObject(words, i, form)
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

    /// <summary>"Serb forces killed", "rebel attacks were": an -s form between a noun and a finite verb is the plural subject, not a second predicate.</summary>
    private bool IsPluralNounBeforeVerb(WordClass previous, VerbForm form, ReadOnlySpan<char> next)
    {
        if (form != VerbForm.ThirdPerson || previous is not (WordClass.Noun or WordClass.ProperNoun) || next.IsEmpty || char.IsUpper(next[0]))
        {
            return false;
        }

        var lower = next.ToString().ToLowerInvariant();
        return lexicon.TryFunctionWord(lower, out var nextClass) ? nextClass is WordClass.Have or WordClass.Be or WordClass.Modal
            : lexicon.TryVerb(lower, out _, out var nextForm) && nextForm is VerbForm.Past or VerbForm.PastOrParticiple;
    }

    /// <summary>Prepositions whose noun phrase an -s form may end: the agent of a passive or participle ("backed by government forces") and objects.</summary>
    private static readonly HashSet<string> AgentOrObjectPrepositions = new(StringComparer.Ordinal) { "by", "for", "of", "with", "against", "from" };

    /// <summary>
    /// "militias, backed by Sudanese government forces, carried out", "attacked by government forces in Darfur": an -s form after a
    /// noun that a preposition governs, with a comma or another preposition after it, ends that preposition's noun phrase. Not a
    /// speech verb ("a spokesman for the rebels says in a statement").
    /// </summary>
    private bool IsPluralEndingPrepositionObject(TaggedWord[] words, int i, VerbForm form, string lemma, ReadOnlySpan<char> next)
    {
        if (form != VerbForm.ThirdPerson || words[i - 1].Class != WordClass.Noun || next.IsEmpty || lexicon.IsSpeechVerb(lemma)
            || OpenerOfNounPhrase(words, i, static w => AgentOrObjectPrepositions.Contains(w.Lower)) < 0)
        {
            return false;
        }

        return next is "," || lexicon.TryFunctionWord(next, out var nextClass) && nextClass == WordClass.Preposition;
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

    /// <summary>Noun phrases longer than this before a gerund are rarely the subject of a "with" phrase.</summary>
    private const int MaxWithSubjectWords = 4;

    /// <summary>", with North Korea demanding a lifting of sanctions": a gerund after "with" and a noun phrase is that phrase's predicate.</summary>
    private static bool AfterWith(TaggedWord[] words, int i)
    {
        // Only a "with" that opens its own phrase ("…, with North Korea demanding"); after a verb
        // ("cooperate with inspectors probing sites") it is the verb's argument and the gerund modifies its noun.
        var k = OpenerOfNounPhrase(words, i, static w => w.Lower == "with");
        return k >= 0 && k < i - 1 && (k == 0 || words[k - 1].Class == WordClass.Punctuation);
    }

    /// <summary>
    /// The index of the word that <paramref name="opens"/> accepts right before the short noun phrase
    /// (nouns, names, determiners, possessives, numbers) ending before <paramref name="i"/>; -1 when another
    /// word stands there or the phrase runs past <see cref="MaxWithSubjectWords"/>.
    /// </summary>
    private static int OpenerOfNounPhrase(TaggedWord[] words, int i, Func<TaggedWord, bool> opens)
    {
        for (var k = i - 1; k >= 0 && i - k <= MaxWithSubjectWords + 1; k--)
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

    /// <summary>Compound objects rarely stack more than three nouns or names before their head ("People's Liberation Army forces").</summary>
    private const int MaxCompoundModifiers = 3;

    /// <summary>
    /// "eased emergency measures", "struck Hamas targets", "deploy People's Liberation Army forces": an -s form after bare nouns or
    /// names that a verb governs ends a compound object (not after "said", whose complement may follow bare).
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

        return k < i - 1 && k >= 0 && words[k].Class == WordClass.Verb && words[k].Lemma is { } lemma && !lexicon.IsSpeechVerb(lemma);
    }

    /// <summary>Prepositions whose object never goes on to be a subject ("in return for U.S. moves", "the end of Iran talks").</summary>
    private static readonly HashSet<string> ObjectPrepositions = new(StringComparer.Ordinal) { "for", "of", "with", "to", "into", "about", "against", "toward", "towards" };

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
        OpenerOfNounPhrase(words, i, static w => w.Lower == "that") is var k && k >= 1 && VerbBeforeTimePhrase(words, k - 1) is var v && v >= 0
        && words[v].Lemma is { } lemma && lexicon.IsMandativeVerb(lemma);

    /// <summary>Phrases of time between a verb and its "that" ("on Sunday", "last week") run a few words.</summary>
    private const int MaxTimePhraseWords = 3;

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

    private bool IsVerbPosition(TaggedWord[] words, int i, WordClass previous, VerbForm form)
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
            case WordClass.Adverb:
                return i >= 2 ? IsVerbPosition(words, i - 1, words[i - 2].Class, form) || IsSubject(words[i - 2].Class) && IsFinite(form) : false;
            case WordClass.Pronoun:
                return IsFinite(form) || form == VerbForm.Base;
            case WordClass.Noun:
                // "officials agreed", "Kim vows"; a bare base form after a singular noun is usually a compound ("peace deal").
                return IsFinite(form) && !(form == VerbForm.ThirdPerson && InObjectOfVerbPreposition(words, i))
                    || form == VerbForm.Base && (words[i - 1].Lower.EndsWith('s') || IsSubjunctive(words, i)) || form == VerbForm.Gerund && AfterWith(words, i);
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
    private static bool ClosesAppositive(TaggedWord[] words, int i)
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

    /// <summary>"to Washington", "to reporters": a "to" before a noun phrase, not before a verb, is a preposition.</summary>
    private static bool GovernsNoun(TaggedWord[] words, int k) =>
        k + 1 < words.Length && words[k + 1].Class is WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner or WordClass.Number;

    /// <summary>"the foreign ministers of Greece and Turkey": a conjunction between two nouns or names joins a noun phrase, not two clauses.</summary>
    private static bool JoinsNames(TaggedWord[] words, int k) =>
        k >= 1 && k + 1 < words.Length && words[k - 1].Class is WordClass.Noun or WordClass.ProperNoun
        && words[k + 1].Class is WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner;

    /// <summary>"…, said a spokesman": a speech verb in the past right after a comma or a closing quote opens an inverted report.</summary>
    private bool IsInvertedSpeech(TaggedWord[] words, int i, string lemma, VerbForm form) =>
        i >= 2 && form is VerbForm.Past or VerbForm.PastOrParticiple && lexicon.IsSpeechVerb(lemma)
        && (words[i - 1].Lower == "," || words[i - 1].Class == WordClass.Quote);

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

    private static bool IsSubject(WordClass c) => c is WordClass.Noun or WordClass.ProperNoun or WordClass.Pronoun;

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
}
