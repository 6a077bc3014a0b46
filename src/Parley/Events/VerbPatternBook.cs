using Parley.Knowledge;

namespace Parley.Events;

/// <summary>
/// All verb patterns by verb lemma: Parley's curated <c>events/verb-patterns.tsv</c> first, then its
/// light verbs with the nouns of acts they govern, then the PETRARCH-derived verbs, patterns and synonym sets (less the rows of
/// <c>events/petrarch-rejected.tsv</c>). Immutable and thread-safe once loaded.
/// </summary>
public sealed class VerbPatternBook
{
    private static readonly Lazy<VerbPatternBook> DefaultInstance = new(Load);

    private readonly Dictionary<string, List<VerbPattern>> _byVerb;

    private VerbPatternBook(Dictionary<string, List<VerbPattern>> byVerb, Dictionary<string, HashSet<string>> synonyms)
    {
        _byVerb = byVerb;
        Synonyms = synonyms;
    }

    public static VerbPatternBook Default => DefaultInstance.Value;

    public IEnumerable<string> VerbLemmas => _byVerb.Keys;

    public IReadOnlyDictionary<string, HashSet<string>> Synonyms { get; }

    public IEnumerable<VerbPattern> All => _byVerb.Values.SelectMany(p => p);

    public IReadOnlyList<VerbPattern> For(string lemma) => _byVerb.TryGetValue(lemma, out var list) ? list : [];

    private static VerbPatternBook Load()
    {
        var synonyms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var cells in Rows("events/petrarch-synonyms.tsv").Concat(Rows("events/synonyms.tsv")))
        {
            var set = synonyms.TryGetValue(cells[0], out var existing) ? existing : synonyms[cells[0]] = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(cells[1].Split('|', StringSplitOptions.RemoveEmptyEntries));
        }

        var byVerb = new Dictionary<string, List<VerbPattern>>(StringComparer.Ordinal);
        foreach (var cells in Rows("events/verb-patterns.tsv"))
        {
            Add(byVerb, cells[0], cells[1], cells[2], curated: true);
        }

        // "came under fire from Egypt", "drew criticism from Berlin": acts the subject undergoes.
        foreach (var cells in Rows("events/received-acts.tsv"))
        {
            Add(byVerb, cells[0], cells[1], cells[2], curated: true, received: true);
        }

        // "staged a hunger strike", "launched a mediation effort": every light verb with every noun of an act.
        var eventNouns = Rows("events/event-nouns.tsv").ToList();
        foreach (var verb in DataFiles.ReadDataLines("events/light-verbs.txt").Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            foreach (var cells in eventNouns)
            {
                Add(byVerb, verb, cells[0], cells[1], curated: true, lightVerb: true);
            }
        }

        var classes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var cells in Rows("events/petrarch-verbs.tsv"))
        {
            var (verb, code, cls) = (cells[0], cells[3], cells[2]);
            (classes.TryGetValue(cls, out var members) ? members : classes[cls] = []).Add(verb);
            if (code != "-" && code != VerbPattern.NoEvent)
            {
                Add(byVerb, verb, "-", code, curated: false);
            }
            else if (code == VerbPattern.NoEvent && verb.Contains(' ', StringComparison.Ordinal))
            {
                // "break down" is no event: its particle must keep "talks broke down" from the default of "break" (190).
                Add(byVerb, verb, "-", code, curated: false);
            }
            else
            {
                Touch(byVerb, verb);
            }
        }

        var ownOnly = DataFiles.ReadWordSet("events/own-pattern-verbs.txt", StringComparer.Ordinal);
        var rejected = Rows("events/petrarch-rejected.tsv").Where(c => c.Length >= 3).Select(c => (c[0], c[1], c[2])).ToHashSet();
        foreach (var cells in Rows("events/petrarch-patterns.tsv"))
        {
            if (cells.Length >= 3 && rejected.Contains((cells[0], cells[1], cells[2])))
            {
                continue;
            }

            foreach (var verb in classes.GetValueOrDefault(cells[0]) ?? [])
            {
                if (ownOnly.Contains(verb))
                {
                    continue;
                }

                Add(byVerb, verb, cells[1], cells[2], curated: false);
            }
        }

        return new VerbPatternBook(byVerb, synonyms);
    }

    /// <summary>"not rule out" → negated verb "rule" whose pattern starts with "out".</summary>
    private static void Add(Dictionary<string, List<VerbPattern>> byVerb, string verbCell, string patternCell, string code, bool curated, bool lightVerb = false, bool received = false)
    {
        var verbWords = verbCell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var negated = verbWords.Length > 1 && verbWords[0] == "not";
        var lemmaAt = negated ? 1 : 0;
        if (verbWords.Length <= lemmaAt)
        {
            return;
        }

        var words = verbWords.Skip(lemmaAt + 1).ToList();
        if (patternCell != "-")
        {
            words.AddRange(patternCell.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        var lemma = verbWords[lemmaAt];
        (byVerb.TryGetValue(lemma, out var list) ? list : byVerb[lemma] = []).Add(new VerbPattern(lemma, negated, words, code, curated, lightVerb, received));
    }

    private static void Touch(Dictionary<string, List<VerbPattern>> byVerb, string verbCell)
    {
        var lemma = verbCell.Split(' ')[0];
        if (!byVerb.ContainsKey(lemma))
        {
            byVerb[lemma] = [];
        }
    }

    private static IEnumerable<string[]> Rows(string path) =>
        DataFiles.ReadDataLines(path).Skip(1).Select(l => l.Split('\t')).Where(c => c.Length >= 2);
}
