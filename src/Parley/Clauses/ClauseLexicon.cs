using Parley.Knowledge;

namespace Parley.Clauses;

/// <summary>
/// The words the clause analyzer knows: closed-class words (<c>clauses/function-words.tsv</c>),
/// verbs with all their inflected forms (lemmas from the verb dictionaries and <c>clauses/common-verbs.txt</c>, regular
/// forms generated, irregular ones from <c>clauses/irregular-verbs.tsv</c>) and speech verbs. Immutable once built.
/// </summary>
public sealed class ClauseLexicon
{
    /// <summary>"accusations by the United States that": the one who made an allegation is named in a few words between the noun and "that".</summary>
    private const int MaxAllegationLead = 5;

    private static readonly Lazy<ClauseLexicon> DefaultInstance = new(Load);

    private readonly Dictionary<string, WordClass> _functionWords;
    private readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> _functionWordsAnyCase;
    private readonly Dictionary<string, (string Lemma, VerbForm Form)> _verbForms;
    private readonly HashSet<string> _speechVerbs;
    private readonly HashSet<string> _countryAdjectives;
    private readonly HashSet<string> _pastLikeBase;
    private readonly HashSet<string> _circumstancePrepositions = DataFiles.ReadWordSet("clauses/circumstance-prepositions.txt", StringComparer.Ordinal);
    private readonly HashSet<string> _mandativeVerbs = DataFiles.ReadWordSet("clauses/mandative-verbs.txt", StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _mandativeNouns = DataFiles.ReadWordLookup("clauses/mandative-nouns.txt");
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _phrasalParticles =
        DataFiles.ReadWordLookup("clauses/phrasal-particles.txt");
    private readonly HashSet<string> _commitmentVerbs = DataFiles.ReadWordSet("clauses/commitment-verbs.txt", StringComparer.Ordinal);
    private readonly HashSet<string> _pluralCollectives = DataFiles.ReadWordSet("clauses/plural-collective-nouns.txt", StringComparer.Ordinal);
    private readonly HashSet<string> _addresseeVerbs = DataFiles.ReadWordSet("clauses/addressee-verbs.txt", StringComparer.Ordinal);
    private readonly HashSet<string> _singularSNouns = DataFiles.ReadWordSet("clauses/singular-s-nouns.txt", StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _quantityNouns = DataFiles.ReadWordLookup("clauses/quantity-nouns.txt");
    private readonly HashSet<string> _numberWords = DataFiles.ReadWordSet("clauses/number-words.txt", StringComparer.Ordinal);
    private readonly HashSet<string> _clauseOpeningPrepositions = DataFiles.ReadWordSet("clauses/clause-opening-prepositions.txt", StringComparer.Ordinal);
    private readonly HashSet<string> _allegationNouns = DataFiles.ReadWordSet("clauses/allegation-nouns.txt", StringComparer.Ordinal);
    private readonly HashSet<string> _bareInfinitiveVerbs = DataFiles.ReadWordSet("clauses/bare-infinitive-verbs.txt", StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> _compoundNouns = CompoundNouns();
    private readonly HashSet<string> _attitudeAdjectives = DataFiles.ReadWordSet("clauses/attitude-adjectives.txt", StringComparer.Ordinal);

    private ClauseLexicon(Dictionary<string, WordClass> functionWords, Dictionary<string, (string, VerbForm)> verbForms, HashSet<string> speechVerbs, HashSet<string> countryAdjectives, HashSet<string> pastLikeBase)
    {
        _pastLikeBase = pastLikeBase;
        _functionWords = functionWords;
        var anyCase = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, wordClass) in functionWords)
        {
            anyCase.TryAdd(word, wordClass);
        }

        _functionWordsAnyCase = anyCase.GetAlternateLookup<ReadOnlySpan<char>>();
        _verbForms = verbForms;
        _speechVerbs = speechVerbs;
        _countryAdjectives = countryAdjectives;
    }

    public static ClauseLexicon Default => DefaultInstance.Value;

    public bool TryFunctionWord(string lower, out WordClass wordClass) => _functionWords.TryGetValue(lower, out wordClass);

    /// <summary>The class of a function word written in any case ("The", "of"), looked up in the text without allocating.</summary>
    public bool TryFunctionWord(ReadOnlySpan<char> word, out WordClass wordClass) => _functionWordsAnyCase.TryGetValue(word, out wordClass);

    /// <summary>Whether two words are one compound noun of <c>clauses/compound-nouns.txt</c> ("armed forces"); <paramref name="first"/> lowercased.</summary>
    public bool IsCompoundNoun(string first, ReadOnlySpan<char> second) =>
        _compoundNouns.TryGetValue(first, out var seconds) && seconds.Contains(second);

    private static Dictionary<string, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> CompoundNouns()
    {
        var compounds = new Dictionary<string, HashSet<string>.AlternateLookup<ReadOnlySpan<char>>>(StringComparer.Ordinal);
        foreach (var pair in DataFiles.ReadWordSet("clauses/compound-nouns.txt", StringComparer.Ordinal))
        {
            var words = pair.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length != 2)
            {
                throw new InvalidDataException($"clauses/compound-nouns.txt: \"{pair}\" is not two words; write each compound noun as two lower-case words and a space.");
            }

            if (!compounds.TryGetValue(words[0], out var seconds))
            {
                compounds[words[0]] = seconds = new HashSet<string>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
            }

            seconds.Set.Add(words[1]);
        }

        return compounds;
    }

    /// <summary>Whether a verb's base form is also its past ("put", "cut", "set"): the form alone does not say which.</summary>
    public bool IsPastToo(string lower) => _pastLikeBase.Contains(lower);

    public bool TryVerb(string lower, out string lemma, out VerbForm form)
    {
        // "re-open", "re-imposed": the hyphenated spelling is the verb written solid ("reopen"), whose patterns apply.
        if (lower.StartsWith("re-", StringComparison.Ordinal) && _verbForms.TryGetValue(string.Concat("re", lower.AsSpan(3)), out var solid))
        {
            (lemma, form) = solid;
            return true;
        }

        if (_verbForms.TryGetValue(lower, out var found))
        {
            (lemma, form) = found;
            return true;
        }

        lemma = string.Empty;
        form = VerbForm.None;
        return false;
    }

    public bool IsSpeechVerb(string lemma) => _speechVerbs.Contains(lemma);

    /// <summary>Whether a verb's that-clause asks for an act ("demanded that Iran release …"; <c>clauses/mandative-verbs.txt</c>).</summary>
    public bool IsMandativeVerb(string lemma) => _mandativeVerbs.Contains(lemma);

    /// <summary>Whether a noun's that-clause asks for an act ("demands that his fighters lay down their arms"; <c>clauses/mandative-nouns.txt</c>).</summary>
    private bool IsMandativeNoun(ReadOnlySpan<char> word) => _mandativeNouns.Contains(word);

    /// <summary>Whether a word is a particle of a phrasal verb ("carried out", "shut down"; <c>clauses/phrasal-particles.txt</c>).</summary>
    public bool IsPhrasalParticle(ReadOnlySpan<char> word) => _phrasalParticles.Contains(word);

    /// <summary>Whether a base form after the verb's object is that object's predicate ("made the troops retreat"; <c>clauses/bare-infinitive-verbs.txt</c>).</summary>
    public bool TakesBareInfinitive(string lemma) => _bareInfinitiveVerbs.Contains(lemma);

    /// <summary>Whether a verb's that-clause is what it commits to or threatens ("threatened that it would close …"; <c>clauses/commitment-verbs.txt</c>).</summary>
    public bool IsCommitmentVerb(string lemma) => _commitmentVerbs.Contains(lemma);

    /// <summary>
    /// Whether a lower-case noun has the plural -s: not "press", "virus", "crisis", "axis", nor a singular in -s
    /// (<c>clauses/singular-s-nouns.txt</c>: "gas", "news"); "Iraqis", "taxis" add theirs to a word in -i.
    /// </summary>
    public bool HasPluralS(string lower) =>
        lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
        && !lower.EndsWith("sis", StringComparison.Ordinal) && !lower.EndsWith("xis", StringComparison.Ordinal) && !_singularSNouns.Contains(lower);

    /// <summary>Whether a verb's object may be followed by a clause told to it ("promised Brown he would …"; <c>clauses/addressee-verbs.txt</c>).</summary>
    public bool TakesAddresseeAndClause(string lemma) => _addresseeVerbs.Contains(lemma) || IsSpeechVerb(lemma);

    /// <summary>Whether a noun takes a plural verb without a plural -s ("the police beat …"; <c>clauses/plural-collective-nouns.txt</c>).</summary>
    public bool IsPluralCollective(string lower) => _pluralCollectives.Contains(lower);

    /// <summary>Whether a noun, in any case, counts a crowd ("thousands of …"; <c>clauses/quantity-nouns.txt</c>).</summary>
    public bool IsQuantityNoun(ReadOnlySpan<char> word) => _quantityNouns.Contains(word);

    /// <summary>Whether a word is a cardinal number written out ("four", "dozens"; <c>clauses/number-words.txt</c>).</summary>
    public bool IsNumberWord(string lower) => _numberWords.Contains(lower);

    /// <summary>Whether a preposition may also open a clause ("after a report blamed it"; <c>clauses/clause-opening-prepositions.txt</c>).</summary>
    public bool OpensClause(string lower) => _clauseOpeningPrepositions.Contains(lower);

    /// <summary>Whether a noun's that-clause is what is alleged ("accusations that …"; <c>clauses/allegation-nouns.txt</c>).</summary>
    private bool IsAllegationNoun(string lower) => _allegationNouns.Contains(lower);

    /// <summary>
    /// Whether the "that" between <paramref name="from"/> and <paramref name="to"/> follows a noun of allegation or report
    /// (<c>clauses/allegation-nouns.txt</c>) or of demand (<c>clauses/mandative-nouns.txt</c>), right before it or before the short
    /// phrase that names who made it ("accusations that", "accusations by the United States that", "demands by rebel leaders that"):
    /// its clause is what is alleged or asked, never an act told.
    /// </summary>
    internal bool FollowsContentNoun(TaggedWord[] words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (words[i].Class != WordClass.That)
            {
                continue;
            }

            for (var k = i - 1; k >= from && k >= i - MaxAllegationLead; k--)
            {
                if (IsAllegationNoun(words[k].Lower) || IsMandativeNoun(words[k].Lower))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>Whether a lowercased word is an adjective of attitude (<c>clauses/attitude-adjectives.txt</c>).</summary>
    internal bool IsAttitudeAdjective(string lower) => _attitudeAdjectives.Contains(lower);

    /// <summary>
    /// Whether the clause whose subject starts at <paramref name="subject"/> follows an adjective of attitude that "be" predicates,
    /// with "that" or without ("he was pessimistic that Turkey would soften", "was confident the rebels would sign";
    /// <c>clauses/attitude-adjectives.txt</c>).
    /// </summary>
    internal bool FollowsAttitudeAdjective(TaggedWord[] words, int subject, string previousVerb)
    {
        var before = subject - 1;
        if (before >= 0 && before < words.Length && words[before].Class == WordClass.That)
        {
            before--;
        }

        return previousVerb == "be" && before >= 0 && before < words.Length && IsAttitudeAdjective(words[before].Lower);
    }

    /// <summary>Whether the lowercased word is a country adjective ("turkish"): the word after it is a noun, never a verb ("Greek sides", "Palestinian armed groups").</summary>
    public bool IsCountryAdjective(string lower) => _countryAdjectives.Contains(lower);

    /// <summary>Whether a prepositional phrase with <paramref name="preposition"/> tells a circumstance ("despite…", "after…"), never a party to the act.</summary>
    public bool IsCircumstancePreposition(string preposition) => _circumstancePrepositions.Contains(preposition);

    /// <summary>Builds a lexicon from the given verb lemmas plus the data files' function words and irregular verbs.</summary>
    public static ClauseLexicon Build(IEnumerable<string> verbLemmas) => Build(verbLemmas, []);

    /// <summary>Builds a lexicon as <see cref="Build(IEnumerable{string})"/> does, knowing also the country adjectives ("Turkish").</summary>
    public static ClauseLexicon Build(IEnumerable<string> verbLemmas, IEnumerable<string> countryAdjectives)
    {
        var functionWords = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        foreach (var cells in Rows("clauses/function-words.tsv"))
        {
            functionWords.TryAdd(cells[0], Enum.Parse<WordClass>(cells[1], ignoreCase: true));
        }

        var forms = new Dictionary<string, (string, VerbForm)>(StringComparer.Ordinal);
        var pastLikeBase = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cells in Rows("clauses/irregular-verbs.tsv"))
        {
            var lemma = cells[0];
            Add(forms, lemma, lemma, VerbForm.Base);
            foreach (var past in cells[1].Split('|'))
            {
                if (past == lemma)
                {
                    pastLikeBase.Add(lemma);
                }

                Add(forms, past, lemma, cells[2].Split('|').Contains(past) ? VerbForm.PastOrParticiple : VerbForm.Past);
            }

            foreach (var participle in cells[2].Split('|'))
            {
                Add(forms, participle, lemma, VerbForm.Participle);
            }

            AddRegular(forms, lemma, pastToo: false);
        }

        var speech = DataFiles.ReadWordSet("clauses/speech-verbs.txt", StringComparer.Ordinal);
        foreach (var lemma in verbLemmas.Concat(speech).Concat(DataFiles.ReadWordSet("clauses/common-verbs.txt", StringComparer.Ordinal)))
        {
            AddRegular(forms, lemma, pastToo: true);
        }

        // "Sri Lankan forces", "South African troops": the last word of a two-word adjective ends it, so the noun after it is
        // no verb either.
        var adjectives = countryAdjectives.Select(a => a[(a.LastIndexOf(' ') + 1)..].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return new ClauseLexicon(functionWords, forms, speech, adjectives, pastLikeBase);
    }

    private static ClauseLexicon Load() =>
        Build(Events.VerbPatternBook.Default.VerbLemmas, CountryAdjectives(KnowledgeBase.Default));

    /// <summary>The country adjectives that are not also a country's name ("US" is both: "the US wants…").</summary>
    private static IEnumerable<string> CountryAdjectives(KnowledgeBase knowledge)
    {
        var names = knowledge.Countries.SelectMany(c => c.Aliases.Append(c.Name)).Select(n => n.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return knowledge.Countries.SelectMany(c => c.Adjectives).Where(a => !names.Contains(a.ToLowerInvariant()));
    }

    private static IEnumerable<string[]> Rows(string path) =>
        DataFiles.ReadDataLines(path).Skip(1).Select(l => l.Split('\t'));

    private static void Add(Dictionary<string, (string, VerbForm)> forms, string form, string lemma, VerbForm kind)
    {
        if (form.Length > 0)
        {
            forms.TryAdd(form, (lemma, kind));
        }
    }

    private static void AddRegular(Dictionary<string, (string, VerbForm)> forms, string lemma, bool pastToo)
    {
        if (lemma.Length < 2 || lemma.Contains(' ', StringComparison.Ordinal))
        {
            return;
        }

        Add(forms, lemma, lemma, VerbForm.Base);
        var last = lemma[^1];
        var consonantY = last == 'y' && !IsVowel(lemma[^2]);
        Add(forms, ThirdPerson(lemma, consonantY), lemma, VerbForm.ThirdPerson);
        var stem = lemma.EndsWith("ie", StringComparison.Ordinal) ? lemma[..^2] + "y"
            : last == 'e' && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1]
            : lemma;
        Add(forms, stem + "ing", lemma, VerbForm.Gerund);
        var doubled = EndsConsonantVowelConsonant(lemma);
        if (doubled)
        {
            Add(forms, lemma + last + "ing", lemma, VerbForm.Gerund);
        }

        if (!pastToo)
        {
            return;
        }

        var past = consonantY ? lemma[..^1] + "ied" : last == 'e' ? lemma + "d" : lemma + "ed";
        Add(forms, past, lemma, VerbForm.PastOrParticiple);
        if (doubled)
        {
            Add(forms, lemma + last + "ed", lemma, VerbForm.PastOrParticiple);
        }
    }

    private static string ThirdPerson(string lemma, bool consonantY) =>
        consonantY ? lemma[..^1] + "ies"
        : lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal)
          || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith('o') ? lemma + "es"
        : lemma + "s";

    private static bool EndsConsonantVowelConsonant(string word) =>
        word.Length >= 3 && !IsVowel(word[^1]) && !"wxy".Contains(word[^1], StringComparison.Ordinal) && IsVowel(word[^2]) && !IsVowel(word[^3]);

    private static bool IsVowel(char c) => "aeiou".Contains(c, StringComparison.Ordinal);
}
