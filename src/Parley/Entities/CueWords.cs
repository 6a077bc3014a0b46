using Parley.Knowledge;

namespace Parley.Entities;

/// <summary>
/// The small word lists the mention finder reads around names (<c>entities/words.tsv</c>,
/// <c>entities/cues.tsv</c> with the roles of its organization words, <c>entities/nominal-heads.txt</c>, <c>entities/country-adjective-nonactors.txt</c>, <c>text/sentence-starters.txt</c>),
/// as sets looked up by token text without allocating, and the continuations that make "it"
/// pleonastic (<c>entities/pleonastic-it.txt</c>).
/// </summary>
internal sealed class CueWords
{
    private static readonly Lazy<CueWords> Shared = new(() => new CueWords());

    private readonly Dictionary<string, HashSet<string>> _sets = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _organizationRoles = new(StringComparer.Ordinal);

    private CueWords()
    {
        var words = TsvTable.Read("entities/words.tsv");
        foreach (var row in words.Rows)
        {
            SetOf(words.Cell(row, "kind"), ignoreCase: true).Add(words.Cell(row, "word"));
        }

        var cues = TsvTable.Read("entities/cues.tsv");
        foreach (var row in cues.Rows)
        {
            var kind = cues.Cell(row, "kind");
            SetOf(kind, ignoreCase: kind is not ("organization-word" or "event-word" or "place-word" or "water-of" or "water-before" or "water-after")).Add(cues.Cell(row, "word"));
            if (kind == "organization-word" && cues.Cell(row, "role") is { Length: > 0 } role)
            {
                _organizationRoles[cues.Cell(row, "word")] = role;
            }
        }

        AddLines("nominal-head", "entities/nominal-heads.txt");
        AddLines("country-nonactor-noun", "entities/country-adjective-nonactors.txt");
        AddLines("former-state-noun", "entities/former-state-nouns.txt");
        PleonasticContinuations = [.. DataFiles.ReadDataLines("entities/pleonastic-it.txt")
            .Select(l => l.Trim().Replace('\u2019', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 0)];
        AddLines("sentence-starter", "text/sentence-starters.txt");
    }

    public static CueWords Default => Shared.Value;

    /// <summary>The word sequences that, right after "it", make it a placeholder ("it is unclear", "it could take").</summary>
    public IReadOnlyList<string[]> PleonasticContinuations { get; }

    /// <summary>The CAMEO role of an organization whose name this word ends or heads ("Commission" → GOV, "Party" → PTY), if it has one.</summary>
    public string? OrganizationRole(ReadOnlySpan<char> word) =>
        _organizationRoles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var role) ? role : null;

    public bool Is(string kind, ReadOnlySpan<char> word) =>
        _sets.TryGetValue(kind, out var set) && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private void AddLines(string kind, string path)
    {
        if (DataFiles.Exists(path))
        {
            SetOf(kind, ignoreCase: true).UnionWith(DataFiles.ReadDataLines(path).Select(l => l.Trim()));
        }
    }

    private HashSet<string> SetOf(string kind, bool ignoreCase)
    {
        if (!_sets.TryGetValue(kind, out var set))
        {
            set = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            _sets[kind] = set;
        }

        return set;
    }
}
