using Parley.Knowledge;

namespace Parley.Stances;

/// <summary>
/// The issues Parley knows, the words that name them, the words that express positions on them,
/// and how negation changes a position: all read from <c>data/stances/</c>, so a user can add an
/// issue or a cue without touching code.
/// </summary>
public sealed class IssueLexicon
{
    private static readonly Lazy<IssueLexicon> DefaultInstance = new(Load);

    private readonly Dictionary<string, IssueDefinition> _issues;
    private readonly Dictionary<(string Issue, string Position), string> _negated;

    /// <summary>Triggers by the exact words they can start with, and those that can start at any word (a prefix or a gap first).</summary>
    private readonly Dictionary<string, List<(string Issue, WordPattern Pattern)>> _triggersByFirstWord = new(StringComparer.Ordinal);
    private readonly List<(string Issue, WordPattern Pattern)> _triggersAnywhere = [];

    /// <summary>Every word a trigger can start with, in any case, and the prefixes of those that start with one; null when a trigger opens with a gap.</summary>
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _startWords;
    private string[]? _startPrefixes;

    private IssueLexicon(
        Dictionary<string, IssueDefinition> issues,
        IReadOnlyList<(string Issue, WordPattern Pattern)> triggers,
        IReadOnlyList<PositionCue> cues,
        Dictionary<(string Issue, string Position), string> negated,
        IReadOnlyList<WordPattern> invertingVerbs,
        IReadOnlyList<WordPattern> conditionCues,
        IReadOnlySet<string> hypotheticalIntroducers,
        IReadOnlySet<string> outwardPositions)
    {
        OutwardPositions = outwardPositions;
        ConditionCues = conditionCues;
        HypotheticalIntroducers = hypotheticalIntroducers;
        _issues = issues;
        IndexTriggers(triggers);
        Cues = cues;
        _negated = negated;
        InvertingVerbs = invertingVerbs;
    }

    public static IssueLexicon Default => DefaultInstance.Value;

    /// <summary>The issue names, in the data file's order.</summary>
    public IEnumerable<string> IssueNames => _issues.Keys;

    /// <summary>Triggers that can start at <paramref name="word"/>: those indexed by it, then those that can start anywhere.</summary>
    internal IEnumerable<(string Issue, WordPattern Pattern)> TriggersAt(string word) =>
        (_triggersByFirstWord.TryGetValue(word, out var indexed) ? indexed : []).Concat(_triggersAnywhere);

    /// <summary>
    /// Whether some trigger can start at <paramref name="word"/>, in any case: a sentence none of whose words can start one
    /// names no issue, and its words need not be lower-cased to look.
    /// </summary>
    internal bool MayStartTrigger(ReadOnlySpan<char> word)
    {
        if (_startPrefixes is null || _startWords.Contains(word))
        {
            return true;
        }

        foreach (var prefix in _startPrefixes)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void IndexTriggers(IReadOnlyList<(string Issue, WordPattern Pattern)> triggers)
    {
        var startWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new List<string>();
        var anyWord = false;
        foreach (var (_, pattern) in triggers)
        {
            var (words, starts, any) = pattern.Start;
            startWords.UnionWith(words);
            prefixes.AddRange(starts);
            anyWord |= any;
        }

        _startWords = startWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _startPrefixes = anyWord ? null : [.. prefixes];

        foreach (var trigger in triggers)
        {
            if (trigger.Pattern.FirstWords is not { } words)
            {
                _triggersAnywhere.Add(trigger);
                continue;
            }

            foreach (var word in words)
            {
                if (!_triggersByFirstWord.TryGetValue(word, out var list))
                {
                    _triggersByFirstWord[word] = list = [];
                }

                list.Add(trigger);
            }
        }
    }

    internal IReadOnlyList<PositionCue> Cues { get; }

    internal IReadOnlyList<WordPattern> InvertingVerbs { get; }

    /// <summary>Words that open a condition, longest first.</summary>
    internal IReadOnlyList<WordPattern> ConditionCues { get; }

    internal IReadOnlySet<string> HypotheticalIntroducers { get; }

    /// <summary>Positions that act on another country, so a stance's issue never takes the actor's own (<c>stances/outward-positions.txt</c>).</summary>
    internal IReadOnlySet<string> OutwardPositions { get; }

    internal IssueDefinition Issue(string name) => _issues[name];

    /// <summary>The cues that can express a position on <paramref name="issue"/>: its own, and the general ones for positions it lists.</summary>
    internal IEnumerable<PositionCue> CuesFor(string issue)
    {
        var definition = _issues[issue];
        return Cues.Where(c => c.Issue == issue || c.Issue == "*" && definition.Positions.Contains(c.Position));
    }

    /// <summary>The position a negated cue gives, or null when the reverse is not known (then no stance is taken).</summary>
    internal string? Negated(string issue, string position) => _negated.GetValueOrDefault((issue, position));

    private static IssueLexicon Load()
    {
        var issueTable = TsvTable.Read("stances/issues.tsv", "issue");
        var issues = new Dictionary<string, IssueDefinition>(StringComparer.Ordinal);
        var triggers = new List<(string, WordPattern)>();
        foreach (var row in issueTable.Rows)
        {
            var name = issueTable.Cell(row, "issue");
            issues[name] = new IssueDefinition(name, issueTable.Cell(row, "targeted") == "yes", issueTable.List(row, "positions"));
            triggers.AddRange(issueTable.List(row, "triggers").Select(t => (name, new WordPattern(t))));
        }

        var cueTable = TsvTable.Read("stances/position-cues.tsv", "issue", "cue");
        var cues = cueTable.Rows
            .Select(row => new PositionCue(cueTable.Cell(row, "issue"), new WordPattern(cueTable.Cell(row, "cue")), cueTable.Cell(row, "position")))
            .Where(c => c.Issue == "*" || issues.ContainsKey(c.Issue))
            .ToList();
        var negatedTable = TsvTable.Read("stances/negated-positions.tsv", "issue", "position");
        var negated = negatedTable.Rows.ToDictionary(
            row => (negatedTable.Cell(row, "issue"), negatedTable.Cell(row, "position")),
            row => negatedTable.Cell(row, "negated"));
        var inverting = DataFiles.ReadDataLines("stances/inverting-verbs.txt").Select(line => new WordPattern(line.Trim())).ToList();
        var conditions = DataFiles.ReadDataLines("stances/condition-cues.txt").Select(line => new WordPattern(line.Trim())).OrderByDescending(p => p.Length).ToList();
        var hypothetical = DataFiles.ReadDataLines("stances/hypothetical-introducers.txt").Select(line => line.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var outward = DataFiles.ReadDataLines("stances/outward-positions.txt").Select(line => line.Trim()).ToHashSet(StringComparer.Ordinal);
        return new IssueLexicon(issues, triggers, cues, negated, inverting, conditions, hypothetical, outward);
    }
}
