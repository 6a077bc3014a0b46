using Parley.Knowledge;

namespace Parley.Text;

/// <summary>The abbreviation and sentence-starter lists of <c>data/text/</c>, loaded once.</summary>
internal sealed class Abbreviations
{
    private static readonly Lazy<Abbreviations> Loaded = new(Load);

    private readonly Dictionary<string, bool> _canEndSentence;
    private readonly HashSet<string> _sentenceStarters;

    private Abbreviations(Dictionary<string, bool> canEndSentence, HashSet<string> starters)
    {
        _canEndSentence = canEndSentence;
        _sentenceStarters = starters;
        Lookup = _canEndSentence.GetAlternateLookup<ReadOnlySpan<char>>();
        StarterLookup = _sentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Abbreviations Default => Loaded.Value;

    private Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup { get; }

    /// <summary>Whether the word including its final period is a known abbreviation.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> wordWithPeriod) => Lookup.ContainsKey(wordWithPeriod);

    /// <summary>Whether an abbreviation may end a sentence (false for titles and months: "Gov.", "Feb.").</summary>
    public bool CanEndSentence(ReadOnlySpan<char> abbreviation) => !Lookup.TryGetValue(abbreviation, out var final) || final;

    public bool IsSentenceStarter(ReadOnlySpan<char> word) => StarterLookup.Contains(word);

    private static Abbreviations Load()
    {
        var abbreviations = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadDataLines("text/abbreviations.tsv").Skip(1))
        {
            var columns = line.Split('\t');
            abbreviations[columns[0]] = columns[1] == "final";
        }

        var starters = new HashSet<string>(DataFiles.ReadDataLines("text/sentence-starters.txt").Select(l => l.Trim()), StringComparer.Ordinal);
        return new Abbreviations(abbreviations, starters);
    }
}
