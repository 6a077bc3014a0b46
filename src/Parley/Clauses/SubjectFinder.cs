namespace Parley.Clauses;

/// <summary>
/// Finds the subject of a verb group in a tagged sentence: the noun phrase just left of it, read
/// past time expressions, adverbs, asides ("Moon, for his part, …"), appositions and bracketed
/// abbreviations; the noun phrase after "for" of an infinitive ("for Kim to arrive"); and the
/// antecedent a relative clause speaks of ("a UN panel that warned").
/// </summary>
internal static class SubjectFinder
{
    /// <summary>A bracketed abbreviation after a name ("(WFP)", "(U.N. Mission)") is a few words long.</summary>
    private const int MaxBracketWords = 5;

    /// <summary>An apposition ("a key U.S. ally in the war against terrorism") rarely runs longer than this.</summary>
    private const int MaxAppositionWords = 15;

    /// <summary>The noun phrase ending right before a verb group: nouns, names, determiners, "of", "and", numbers.</summary>
    public static (int Start, int End) SubjectOf(TaggedWord[] words, int groupStart, bool[] inTimex, int floor)
    {
        var end = groupStart;
        while (end > floor)
        {
            if (words[end - 1].Lower == "," && ParentheticalStart(words, end, floor) is var asideBeforeTime and >= 0)
            {
                end = asideBeforeTime; // "Tadic, speaking at a memorial in Vukovar on Thursday, apologized": the aside ends in a time
            }
            else if (inTimex[end - 1] || words[end - 1].Class == WordClass.Adverb
                || words[end - 1].Lower is "and" or "or" && end < groupStart && words[end].Class == WordClass.Adverb && end - 1 > floor && words[end - 2].Class == WordClass.Adverb
                || words[end - 1].Class == WordClass.Preposition && end < groupStart && inTimex[end]
                || words[end - 1].Lower == "," && end - 1 > floor && inTimex[end - 2])
            {
                end--;
            }
            else if (ParentheticalStart(words, end, floor) is var asideOpen and >= 0)
            {
                end = asideOpen; // "Moon, for his part, has called for …": the subject stands before the aside
            }
            else
            {
                break;
            }
        }

        if (AppositionStart(words, end, floor) is var comma && comma > floor)
        {
            // "Pakistan, a key U.S. ally in the war against terrorism, has refused": the subject is before the apposition.
            end = comma;
        }

        var start = end;
        if (end - 1 > floor && words[end - 1].Lower == ")" && OpeningBracket(words, end - 1, floor) is var open && open >= 0)
        {
            // "the World Food Program (WFP) said": an abbreviation in brackets ends the name.
            start = open;
        }

        var narrow = WalkBack(words, start, end, inTimex, floor, wide: false);
        // The wide reading differs only where the narrow one stopped at a preposition or "to" (or trimmed one off its start).
        var wide = narrow > floor && words[narrow - 1].Class is WordClass.Preposition or WordClass.To or WordClass.Conjunction or WordClass.Punctuation
            ? WalkBack(words, start, end, inTimex, floor, wide: true)
            : narrow;
        start = wide < narrow && OpensClause(words, wide, floor) ? wide : narrow;
        return (ListStart(words, start, end, inTimex, floor), end);
    }

    /// <summary>
    /// "Britain, France and Germany agreed", "the Turkish, Greek and Cypriot leaders": a subject coordinated with "and" may open
    /// on items set off by commas, when the list opens its sentence or its that-clause; "In Paris, France and Germany agreed", "On Monday, Britain
    /// and France …" and "After the talks, …" open on a phrase of place, time or circumstance, which is no item.
    /// </summary>
    private static int ListStart(TaggedWord[] words, int start, int end, bool[] inTimex, int floor)
    {
        if (start - 1 <= floor || words[start - 1].Lower != "," || Array.FindIndex(words, start, end - start, static w => w.Lower == "and") < 0)
        {
            return start;
        }

        var j = start;
        while (j - 1 > floor && words[j - 1].Lower == ",")
        {
            var item = j - 1;
            while (item > floor && !inTimex[item - 1] && words[item - 1].Class is WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner)
            {
                item--;
            }

            if (item == j - 1)
            {
                return start;
            }

            j = item;
        }

        // "Hutu militiamen armed with machetes, clubs and grenades have slaughtered", "The Secretary of State for Culture, Media and
        // Sport": a list inside a phrase of the subject ends it (not one after a preposition that opens a clause: "formed after the
        // Brussels, Paris and Amsterdam exchanges merged").
        var opened = j - 1 > floor && words[j - 1].Lower is "with" or "by" or "of" or "from" or "for" ? WalkBack(words, j, end, inTimex, floor, wide: true) : j;

        // Only at the sentence's start or after "that": right after another verb the list may be that verb's object
        // ("Euronext, which combines the Paris, Amsterdam and Lisbon exchanges, began talks").
        return opened == 0 || opened == floor && words[opened - 1].Class == WordClass.That ? opened : start;
    }

    /// <summary>
    /// The start of the noun phrase ending at <paramref name="end"/>, read leftwards from <paramref name="start"/>. Only "of", "in"
    /// and "from" continue it; <paramref name="wide"/> also lets any preposition after a noun continue it ("air strikes on Gaza").
    /// </summary>
    private static int WalkBack(TaggedWord[] words, int start, int end, bool[] inTimex, int floor, bool wide)
    {
        while (start > floor)
        {
            var w = words[start - 1];
            if (start < end && words[start].Class == WordClass.Pronoun && IsAddresseeOfSpeech(words, start - 1))
            {
                // "warned India it would retaliate", "told the rebels they would be crushed": a pronoun opens its own subject; the
                // noun phrase before it is the one spoken to. Elsewhere it may be a relative clause's subject ("the aid they give").
                break;
            }

            var fits = w.Class switch
            {
                // "said on Wednesday he would …": a time expression is no part of a pronoun's noun phrase.
                WordClass.Noun or WordClass.ProperNoun or WordClass.Determiner or WordClass.Possessive or WordClass.Number =>
                    !(inTimex[start - 1] && start < end && words[start].Class == WordClass.Pronoun),
                WordClass.Pronoun => start == end || words[start].Lower == "and",
                WordClass.Conjunction => w.Lower == "and" && start < end,
                WordClass.Preposition => start < end && (w.Lower is "of" or "in" or "from" || wide && AttachesToNoun(words, start - 1, inTimex, floor)),
                WordClass.To => start < end && wide && AttachesToNoun(words, start - 1, inTimex, floor), // "Syria's ambassador to Washington"
                WordClass.Punctuation => w.Lower is "-" or "(" or ")" or "." && start < end,
                WordClass.Quote => IsPossessiveApostrophe(words, start - 1, floor) && start < end, // "the Kurdistan Workers' Party"
                _ => false,
            };
            if (!fits)
            {
                break;
            }

            start--;
        }

        while (start < end && words[start].Class is WordClass.Conjunction or WordClass.Preposition or WordClass.Punctuation)
        {
            start++;
        }

        return start;
    }

    /// <summary>Whether the noun phrase ending at <paramref name="last"/> directly follows a verb of speech ("warned India", "told the rebels").</summary>
    private static bool IsAddresseeOfSpeech(TaggedWord[] words, int last) =>
        VerbPositions.OpenerOfNounPhrase(words, last + 1, static w => w is { Class: WordClass.Verb, Lemma: { } lemma } && ClauseLexicon.Default.IsSpeechVerb(lemma), int.MaxValue - 1)
            is var verb and >= 0 && verb < last;

    /// <summary>
    /// Whether a subject starting at <paramref name="start"/> opens its clause: at the sentence's start or right after a comma,
    /// "that", a subordinator or a verb that rarely takes a noun object ("said a Turkish attack on the town would be a disaster"; not
    /// "recognised the regions of Abkhazia and South Ossetia as independent states", whose "states" may be read as a verb), so
    /// the prepositional phrases it spans are not the object or arguments of a verb before it.
    /// </summary>
    private static bool OpensClause(TaggedWord[] words, int start, int floor) =>
        start == 0 || start > floor && words[start - 1].Lower == "," || start >= 1 && words[start - 1].Class is WordClass.That or WordClass.Subordinator
        || start >= 1 && words[start - 1] is { Class: WordClass.Verb, Lemma: "say" or "claim" or "believe" or "think" };

    /// <summary>
    /// "Air strikes on Gaza killed", "a raid by US forces on a compound killed": a preposition right after a noun, outside a time
    /// expression, continues that noun's phrase, so the subject reaches back to its head.
    /// </summary>
    private static bool AttachesToNoun(TaggedWord[] words, int preposition, bool[] inTimex, int floor) =>
        !inTimex[preposition] && preposition - 1 >= floor && words[preposition - 1].Class is WordClass.Noun or WordClass.ProperNoun && !inTimex[preposition - 1];

    /// <summary>"Workers' Party", "the farmers' union": an apostrophe right after a plural -s word marks its possessive.</summary>
    private static bool IsPossessiveApostrophe(TaggedWord[] words, int i, int floor) =>
        words[i].Lower is "'" or "’" && i - 1 >= floor && words[i - 1].Lower.EndsWith('s') && words[i - 1].Class is WordClass.Noun or WordClass.ProperNoun;

    /// <summary>"preparing for Kim Jong Un to arrive": the noun phrase between "for" and an infinitive's "to" is its subject; else an empty range.</summary>
    public static (int Start, int End) ForSubject(TaggedWord[] words, int to, bool[] inTimex, int floor)
    {
        var (start, end) = SubjectOf(words, to, inTimex, floor);
        return end == to && end > start && start - 1 >= floor && words[start - 1].Lower == "for" ? (start, end) : (to, to);
    }

    /// <summary>
    /// "a UN panel of experts that warned", "Kim Hyok Chol, who arrived": the noun phrase before a relative
    /// pronoun that stands right before the verb group (the pronoun is the subject), or an empty range.
    /// </summary>
    public static (int Start, int End) AntecedentOf(TaggedWord[] words, int groupStart, bool[] inTimex, int floor)
    {
        var pronoun = groupStart - 1;
        if (pronoun <= floor || !(words[pronoun].Lower is "who" or "which" or "that") || words[pronoun - 1].Class is not (WordClass.Noun or WordClass.ProperNoun or WordClass.Punctuation))
        {
            return (0, 0);
        }

        // ", which forced the closure of the airport" after "flights … into Lithuania" is about the whole act, not the last noun.
        var end = words[pronoun - 1].Lower == "," ? pronoun - 1 : pronoun;
        if (end < pronoun && words[pronoun].Lower == "which")
        {
            return (0, 0);
        }

        return end > floor && words[end - 1].Class is WordClass.Noun or WordClass.ProperNoun ? SubjectOf(words, end, inTimex, floor) : (0, 0);
    }

    /// <summary>Asides longer than this are more likely a clause of their own than a parenthetical phrase.</summary>
    private const int MaxParentheticalWords = 5;

    /// <summary>A participial aside ("speaking at a memorial in the Croatian town of Vukovar on Thursday") may run this long.</summary>
    private const int MaxParticipialAsideWords = 14;

    /// <summary>
    /// The comma that opens an aside ending with the comma before <paramref name="end"/>: a phrase
    /// that starts with a preposition ("for his part", "in turn") or a single adverb ("however"),
    /// or an -ing form and has no verb after it ("Serbian President Boris Tadic, speaking at a memorial in
    /// Vukovar on Thursday, apologized"), or -1 when there is none.
    /// </summary>
    private static int ParentheticalStart(TaggedWord[] words, int end, int floor)
    {
        if (end - 1 <= floor || words[end - 1].Lower != ",")
        {
            return -1;
        }

        for (var open = end - 2; open > floor && end - 2 - open <= MaxParticipialAsideWords; open--)
        {
            if (words[open].Lower != ",")
            {
                continue;
            }

            var first = words[open + 1];
            if (IsIngForm(first) && open > floor + 1 && !HasVerb(words.AsSpan(open + 2, end - 3 - open)))
            {
                return open;
            }

            var aside = end - 2 - open <= MaxParentheticalWords
                && (first.Class == WordClass.Preposition || (open + 2 == end - 1 && first.Class == WordClass.Adverb));
            return aside && !HasVerb(words.AsSpan(open + 1, end - 2 - open)) ? open : -1;
        }

        return -1;
    }

    private static bool IsIngForm(TaggedWord w) =>
        w.Lower.EndsWith("ing", StringComparison.Ordinal) && (w.Class == WordClass.Verb && w.Form == VerbForm.Gerund || w.Class == WordClass.Noun && w.Lemma is not null);

    private static bool HasVerb(ReadOnlySpan<TaggedWord> words)
    {
        foreach (var w in words)
        {
            if (w.Class == WordClass.Verb)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The comma that opens an apposition ending with the comma at <paramref name="end"/> - 1 (a verbless phrase between two commas), or -1.</summary>
    private static int AppositionStart(TaggedWord[] words, int end, int floor)
    {
        if (end - 1 <= floor || words[end - 1].Lower != ",")
        {
            return -1;
        }

        for (var i = end - 2; i > floor && i >= end - 1 - MaxAppositionWords; i--)
        {
            var w = words[i];
            if (w.Lower == ",")
            {
                // "The Nigerian Union of Teachers (NUT), the umbrella union …,": a name may end in its bracketed abbreviation.
                return i > floor && (words[i - 1].Class is WordClass.Noun or WordClass.ProperNoun || words[i - 1].Lower == ")") ? i : -1;
            }

            if (w.Class is WordClass.Verb or WordClass.Be or WordClass.Have or WordClass.Modal or WordClass.Do or WordClass.Relative or WordClass.That
                or WordClass.Subordinator or WordClass.Quote)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The "(" that the ")" at <paramref name="close"/> closes, a few words back, or -1.</summary>
    private static int OpeningBracket(TaggedWord[] words, int close, int floor)
    {
        for (var i = close - 1; i >= floor && i >= close - MaxBracketWords; i--)
        {
            if (words[i].Lower == "(")
            {
                return i;
            }
        }

        return -1;
    }
}
