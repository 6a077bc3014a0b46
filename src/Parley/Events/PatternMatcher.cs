using Parley.Clauses;

namespace Parley.Events;

/// <summary>
/// Chooses the verb pattern that best fits a clause: every pattern word must appear after the verb,
/// in order, with at most <see cref="MaxGap"/> other words before each (the words of an amount or of a measure and its "of"
/// not counted); the pattern with the most
/// words wins, curated patterns first on a tie. A pattern without words is the verb's default.
/// A PETRARCH pattern made only of function words ("head to", "appear for") names a phrasal verb:
/// it must follow the verb at once, or "ordered Menem to appear" would read as "order to".
/// The patterns of each verb are compiled once, best first, so that a match is the first that fits,
/// and indexed by their first word: a clause tries only the patterns whose first word is among the
/// words where a first word may stand (common verbs have hundreds of patterns). A verb of aspect
/// ("began", "continued") followed by a gerund is matched as the gerund's act first.
/// </summary>
public sealed class PatternMatcher
{
    /// <summary>Noun phrases in news rarely put more than five words between a pattern's words ("called for an immediate and complete easing of").</summary>
    public const int MaxGap = 5;

    /// <summary>A phrasal verb's preposition follows it at once or after one adverb ("turned quickly to").</summary>
    private const int MaxParticleGap = 1;

    /// <summary>The noun of a light verb's object sits behind a determiner and up to three modifiers ("staged a 24-hour hunger strike",
    /// "announced the easing of the 12-year European arms embargo").</summary>
    private const int MaxObjectGap = 4;

    private readonly ClauseLexicon _lexicon = ClauseLexicon.Default;

    /// <summary>Verbs of aspect whose gerund object is the act coded ("began airlifting food"): <c>events/aspect-verbs.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>> AspectVerbs = new(() => Knowledge.DataFiles.ReadWordSet("events/aspect-verbs.txt", StringComparer.Ordinal));

    /// <summary>Nouns of measure whose "of" a pattern's words may be reached across: <c>events/measure-nouns.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>> MeasureNouns = new(() => Knowledge.DataFiles.ReadWordSet("events/measure-nouns.txt", StringComparer.Ordinal));

    /// <summary>Words that open an amount before its number ("more than a dozen", "at least 15"): <c>events/amount-approximators.txt</c>.</summary>
    private static readonly Lazy<HashSet<string>> Approximators = new(() => Knowledge.DataFiles.ReadWordSet("events/amount-approximators.txt", StringComparer.Ordinal));

    /// <summary>Whether a lower-case word opens an amount before its number ("more than", "at least", "an estimated").</summary>
    public static bool IsApproximator(string lower) => Approximators.Value.Contains(lower);

    private readonly Dictionary<string, VerbPatterns> _byVerb = new(StringComparer.Ordinal);

    public PatternMatcher(VerbPatternBook book)
    {
        var lexicon = ClauseLexicon.Default;
        foreach (var lemma in book.VerbLemmas)
        {
            // A negated pattern ("not rule out") outranks any ordinary one; then more words; then curated.
            // OrderByDescending is stable, so among equal scores the earlier row still wins.
            _byVerb[lemma] = VerbPatterns.Index([.. book.For(lemma)
                .Select(p => new CompiledPattern(p, (p.Negated ? 1000 : 0) + p.Words.Count * 4 + (p.Curated ? 2 : 0),
                    p.LightVerb ? MaxObjectGap : !p.Curated && IsFunctionWords(lexicon, p.Words) ? MaxParticleGap : MaxGap,
                    [.. p.Words.Select(w => Compile(book, w))]))
                .OrderByDescending(c => c.Score)]);
        }
    }

    /// <remarks>
    /// When only a verb's default fits, <paramref name="objectWords"/>, the range of the words that are the verb's object, are
    /// tried again as not counting against a gap, as an amount's do not: "handed a former Rwandan mayor wanted for genocide to the
    /// tribunal" is "hand to &amp;tribunal". Not before: a pattern that fits the words as they stand outranks one reached past a
    /// long object ("arrested more than 50 members of the banned Brotherhood in dawn raids" is an arrest, not a raid). Only Parley's
    /// own rows of an act are reached so: PETRARCH's were written for its parse trees ("deported 130 Georgians on a cargo plane" is
    /// no "deport &amp;aircraft"), and a statement's "that" is the complement's ("warned Egypt's ruling generals on Monday that").
    /// </remarks>
    public VerbPattern? Match(string lemma, bool negated, IReadOnlyList<string> words, (int From, int To) objectWords = default)
    {
        var found = (words.Count > 0 && AspectVerbs.Value.Contains(lemma) && _lexicon.TryVerb(words[0], out var act, out var form) && form == VerbForm.Gerund
                ? MatchVerb(act, negated, words.Skip(1).ToList(), default)
                : null)
            ?? MatchVerb(lemma, negated, words, default);
        // A clause no longer than a gap has every word within reach already.
        return found is not { Words.Count: > 0 } && objectWords.To > objectWords.From && words.Count > MaxGap + 1
            && MatchVerb(lemma, negated, words, objectWords) is { Words.Count: > 0, Curated: true } reached && !reached.Code.StartsWith(CameoRoots.Statement, StringComparison.Ordinal)
            ? reached : found;
    }

    private VerbPattern? MatchVerb(string lemma, bool negated, IReadOnlyList<string> words, (int From, int To) objectWords)
    {
        if (!_byVerb.TryGetValue(lemma, out var patterns) || patterns.All.Length == 0)
        {
            return null;
        }

        var singulars = Singulars(words);
        // Only a clause with more words than a gap holds may have a pattern's first word past an amount; most have fewer, and read
        // their amounts only when a pattern is tried.
        var amounts = words.Count > MaxGap + 1 ? UncountedWords(_lexicon, words, objectWords) : null;
        bool[]? stops = null;
        foreach (var index in patterns.Candidates(words, singulars, amounts))
        {
            var compiled = patterns.All[index];
            if (compiled.Pattern.Negated && !negated)
            {
                continue;
            }

            if (compiled.Words.Length == 0)
            {
                return compiled.Pattern;
            }

            if (Fits(compiled, words, singulars, amounts ??= UncountedWords(_lexicon, words, objectWords), stops ??= CircumstanceStops(_lexicon, words), _lexicon, objectWords))
            {
                return compiled.Pattern;
            }
        }

        return null;
    }

    private static PatternWord Compile(VerbPatternBook book, string word)
    {
        if (!(word.Length > 1 && word[0] == '&'))
        {
            return new PatternWord(word, null, []);
        }

        var set = book.Synonyms.TryGetValue(word[1..], out var found) ? found : [];
        return new PatternWord(null, set, [.. set.Where(m => m.Contains(' ', StringComparison.Ordinal)).Select(m => m.Split(' ', StringSplitOptions.RemoveEmptyEntries))]);
    }

    private static bool IsFunctionWords(ClauseLexicon lexicon, IReadOnlyList<string> pattern)
    {
        for (var i = 0; i < pattern.Count; i++)
        {
            if (!lexicon.TryFunctionWord(pattern[i], out _))
            {
                return false;
            }
        }

        return pattern.Count > 0;
    }

    private static string[] Singulars(IReadOnlyList<string> words)
    {
        var singulars = new string[words.Count];
        for (var i = 0; i < singulars.Length; i++)
        {
            singulars[i] = Singular(words[i]);
        }

        return singulars;
    }

    /// <remarks>A light verb's words may not be reached across a preposition, conjunction or auxiliary: "held talks with Iran
    /// about the attack" is no attack, "announced it would lift sanctions" no sanction. No pattern's words may be reached across a
    /// preposition of circumstance (<c>clauses/circumstance-prepositions.txt</c>): "pulled out of Bethlehem under a deal brokered by
    /// American envoys" is no withdrawal from a deal. A pattern word reached across the verb's
    /// object (<paramref name="objectWords"/>) must follow it at once: "handed over [a former mayor wanted for genocide] to the
    /// tribunal", not "insisted [the EU's code] of conduct on arms exports".</remarks>
    private static bool Fits(CompiledPattern compiled, IReadOnlyList<string> words, string[] singulars, bool[] amounts, bool[] stops, ClauseLexicon lexicon,
        (int From, int To) objectWords)
    {
        var at = 0;
        foreach (var expected in compiled.Words)
        {
            var found = -1;
            var uncounted = 0;
            for (var i = at; i < words.Count && i <= at + compiled.MaxGap + uncounted; i++)
            {
                if (expected.MatchLength(words, singulars, i) is > 0 and var length)
                {
                    if (objectWords.To > objectWords.From && at <= objectWords.From && i > objectWords.To)
                    {
                        return false;
                    }

                    found = i + length - 1;
                    break;
                }

                // "suspended about $30 million in economic development aid": the words of an amount do not count against the gap.
                // A particle still follows its verb at once ("took £10m over the weekend" is no takeover).
                uncounted += compiled.MaxGap == MaxGap && amounts[i] ? 1 : 0;

                // "the lifting of two decades of economic sanctions": a measure and its "of" stand inside the noun phrase.
                var measured = compiled.MaxGap != MaxParticleGap && IsMeasureOf(lexicon, words, singulars, i);
                uncounted += measured ? 2 : 0;
                if (stops[i] || compiled.Pattern.LightVerb && !measured && !InsideNounPhrase(lexicon, words[i]))
                {
                    break;
                }
            }

            if (found < 0)
            {
                return false;
            }

            at = found + 1;
        }

        return true;
    }

    /// <summary>
    /// Whether word <paramref name="i"/> is the "of" after a noun of measure (<c>events/measure-nouns.txt</c>: "decades of", "a range
    /// of", "a series of") or of number ("thousands of"; the clause lexicon's quantity nouns).
    /// </summary>
    private static bool IsMeasureOf(ClauseLexicon lexicon, IReadOnlyList<string> words, string[] singulars, int i) =>
        i >= 1 && words[i] == "of"
        && (MeasureNouns.Value.Contains(words[i - 1]) || MeasureNouns.Value.Contains(singulars[i - 1]) || lexicon.IsQuantityNoun(words[i - 1]));

    /// <summary>
    /// Which words a gap does not count: words of an amount (a number, "30", "10m", a currency sign, a number written out,
    /// <c>clauses/number-words.txt</c>, or a word opening one, "more than a dozen") and the verb's object
    /// (<paramref name="objectWords"/>, empty but when a pattern is reached across it); read once per clause, as every pattern tried asks.
    /// </summary>
    private static bool[] UncountedWords(ClauseLexicon lexicon, IReadOnlyList<string> words, (int From, int To) objectWords)
    {
        var amounts = new bool[words.Count];
        for (var i = 0; i < amounts.Length; i++)
        {
            var word = words[i];
            amounts[i] = word.Length > 0 && (char.IsDigit(word[0]) || char.GetUnicodeCategory(word[0]) == System.Globalization.UnicodeCategory.CurrencySymbol)
                || lexicon.IsNumberWord(word);
        }

        // "more than a dozen": the words that open an amount belong to it, read back from its number.
        for (var i = amounts.Length - 2; i >= 0; i--)
        {
            amounts[i] |= amounts[i + 1] && Approximators.Value.Contains(words[i]);
        }

        for (var i = Math.Max(0, objectWords.From); i < Math.Min(words.Count, objectWords.To); i++)
        {
            amounts[i] = true;
        }

        return amounts;
    }

    /// <summary>Which words are prepositions of circumstance, across which no pattern word is reached; read once per clause.</summary>
    private static bool[] CircumstanceStops(ClauseLexicon lexicon, IReadOnlyList<string> words)
    {
        var stops = new bool[words.Count];
        for (var i = 0; i < stops.Length; i++)
        {
            stops[i] = lexicon.IsCircumstancePreposition(words[i]);
        }

        return stops;
    }

    private static bool InsideNounPhrase(ClauseLexicon lexicon, string word) =>
        lexicon.TryFunctionWord(word, out var wordClass) ? wordClass is WordClass.Determiner or WordClass.Adverb or WordClass.Possessive
        : !(word.Length == 1 && char.IsPunctuation(word[0]));

    private static string Singular(string word) =>
        word.Length > 3 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        // "losses", "taxes", "churches", "buses" drop "es"; "bases", "houses", "causes", "responses" only their "s".
        : word.Length > 3 && word.EndsWith("es", StringComparison.Ordinal) && (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) || word.Length > 4 && word.EndsWith("uses", StringComparison.Ordinal) && word[^5] is not ('o' or 'a')) ? word[..^2]
        : word.Length > 2 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    /// <summary>
    /// The compiled patterns of one verb, best first, with the positions of those with words by each word their first may be
    /// (the literal, or each word of its synonym set); the verb's defaults, without words, are tried always.
    /// </summary>
    private sealed record VerbPatterns(CompiledPattern[] All, Dictionary<string, int[]> ByFirstWord, int[] Always)
    {
        public static VerbPatterns Index(CompiledPattern[] all)
        {
            var byFirst = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var always = new List<int>();
            for (var i = 0; i < all.Length; i++)
            {
                if (all[i].Words.Length == 0)
                {
                    always.Add(i);
                    continue;
                }

                var first = all[i].Words[0];
                foreach (var word in first.Literal is { } literal ? [literal] : first.Synonyms!.Select(FirstWord))
                {
                    (byFirst.TryGetValue(word, out var list) ? list : byFirst[word] = []).Add(i);
                }
            }

            return new(all, byFirst.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), [.. always]);
        }

        /// <summary>
        /// The positions, best first, of the patterns whose first word may stand among the first words after the verb (the words of an
        /// amount not counted: "ordered more than a dozen international aid agencies out").
        /// </summary>
        public List<int> Candidates(IReadOnlyList<string> words, string[] singulars, bool[]? amounts)
        {
            var found = new List<int>(Always);
            var uncounted = 0;
            for (var i = 0; i < words.Count && i <= MaxGap + uncounted; i++)
            {
                uncounted += amounts is not null && amounts[i] ? 1 : 0;
                if (ByFirstWord.TryGetValue(words[i], out var at))
                {
                    found.AddRange(at);
                }

                if (!ReferenceEquals(singulars[i], words[i]) && ByFirstWord.TryGetValue(singulars[i], out var atSingular))
                {
                    found.AddRange(atSingular);
                }
            }

            found.Sort();
            var unique = 0;
            for (var i = 0; i < found.Count; i++)
            {
                if (unique == 0 || found[unique - 1] != found[i])
                {
                    found[unique++] = found[i];
                }
            }

            found.RemoveRange(unique, found.Count - unique);
            return found;
        }
    }

    /// <summary>A verb pattern ready to match: its rank, the gap it allows, its words with synonym sets resolved.</summary>
    private sealed record CompiledPattern(VerbPattern Pattern, int Score, int MaxGap, PatternWord[] Words);

    /// <summary>The first word of a synonym set's member ("tear" of "tear gas"), under which a pattern is indexed.</summary>
    private static string FirstWord(string member) => member.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space ? member[..space] : member;

    /// <summary>
    /// One word of a pattern: a literal, or a synonym set ("&amp;easing"), whose members of several words ("tear gas",
    /// "assault rifle") must stand in a row in the clause, the last one perhaps plural.
    /// </summary>
    private readonly record struct PatternWord(string? Literal, HashSet<string>? Synonyms, string[][] Phrases)
    {
        /// <summary>How many words from <paramref name="at"/> this pattern word matches; 0 when it does not.</summary>
        public int MatchLength(IReadOnlyList<string> words, string[] singulars, int at)
        {
            var (word, singular) = (words[at], singulars[at]);
            if (Literal is not null ? Literal == word || Literal == singular : Synonyms!.Contains(word) || Synonyms.Contains(singular))
            {
                return 1;
            }

            foreach (var phrase in Phrases)
            {
                if (at + phrase.Length <= words.Count && InARow(phrase, words, singulars, at))
                {
                    return phrase.Length;
                }
            }

            return 0;
        }

        private static bool InARow(string[] phrase, IReadOnlyList<string> words, string[] singulars, int at)
        {
            for (var k = 0; k < phrase.Length; k++)
            {
                if (phrase[k] != words[at + k] && !(k == phrase.Length - 1 && phrase[k] == singulars[at + k]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
