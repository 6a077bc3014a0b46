using Parley.Knowledge;

namespace Parley.Time;

/// <summary>The cue words of time expressions, read once from the data files under time/.</summary>
internal sealed class TimeLexicon
{
    private readonly Dictionary<string, LexEntry> entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<FixedPhrase>> phrasesByFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> timeZones = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LexEntry>.AlternateLookup<ReadOnlySpan<char>> entryLookup;
    private readonly Dictionary<string, List<FixedPhrase>>.AlternateLookup<ReadOnlySpan<char>> phraseLookup;

    private TimeLexicon()
    {
        foreach (var f in Rows("months.tsv"))
        {
            var e = Entry(f[0]);
            e.Month = int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
            e.Ambiguous |= f.Length > 2 && f[2] == "ambiguous";
        }

        foreach (var f in Rows("weekdays.tsv"))
        {
            var e = Entry(f[0]);
            e.Weekday = int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
            e.Ambiguous |= f.Length > 2 && f[2] == "ambiguous";
        }

        foreach (var f in Rows("numbers.tsv"))
        {
            var e = Entry(f[0]);
            e.Number = f[1] == "X" ? double.NaN : double.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
            e.NumberRole = f[2];
        }

        foreach (var f in Rows("ordinals.tsv"))
        {
            Entry(f[0]).Ordinal = int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var f in Rows("units.tsv"))
        {
            Entry(f[0]).Unit = f[1];
        }

        foreach (var f in Rows("seasons.tsv"))
        {
            Entry(f[0]).Season = f[1];
        }

        foreach (var f in Rows("parts-of-day.tsv"))
        {
            Entry(f[0]).PartOfDay = f[1];
        }

        foreach (var f in Rows("relative-words.tsv"))
        {
            Entry(f[0]).RelativeOffset = int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var f in Rows("prefixes.tsv"))
        {
            Prefixes.Add(new TimexPrefix(f[0].Split(' '), f[1] == "quantity", f[2] == "-" ? null : f[2]));
        }

        foreach (var f in Rows("tense-cues.tsv"))
        {
            Entry(f[0]).TenseCue = f[1] == "future" ? 1 : -1;
        }

        foreach (var f in Rows("day-words.tsv"))
        {
            var e = Entry(f[0]);
            e.DayWord = int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture);
            e.DayWordPart = f.Length > 2 ? f[2] : null;
        }

        foreach (var f in Rows("sets.tsv"))
        {
            Entry(f[0]).SetValue = f[1];
        }

        foreach (var zone in DataFiles.ReadDataLines("time/time-zones.txt"))
        {
            timeZones.Add(zone.Trim());
        }

        foreach (var f in Rows("fuzzy.tsv"))
        {
            AddPhrase(new FixedPhrase(f[0].Split(' '), ParseType(f[1]), f[2], IsHoliday: false));
        }

        foreach (var f in Rows("holidays.tsv"))
        {
            AddPhrase(new FixedPhrase(f[0].Replace("'s", " 's", StringComparison.Ordinal).Split(' '), TimexType.Date, f[1], IsHoliday: true));
        }

        foreach (var list in phrasesByFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        Prefixes.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        entryLookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        phraseLookup = phrasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon built from the shipped data files (read on first use).</summary>
    public static TimeLexicon Default => Lazy.Value;

    private static readonly Lazy<TimeLexicon> Lazy = new(() => new TimeLexicon());

    /// <summary>Words before an expression that belong to it ("early", "nearly", "the end of"), longest first.</summary>
    public List<TimexPrefix> Prefixes { get; } = [];

    public LexEntry? Find(ReadOnlySpan<char> word) => entryLookup.TryGetValue(word, out var e) ? e : null;

    public bool IsTimeZone(ReadOnlySpan<char> word) => timeZones.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public List<FixedPhrase>? PhrasesStartingWith(ReadOnlySpan<char> word) =>
        phraseLookup.TryGetValue(word, out var list) ? list : null;

    private static TimexType ParseType(string s) => s switch
    {
        "DURATION" => TimexType.Duration,
        "TIME" => TimexType.Time,
        "SET" => TimexType.Set,
        _ => TimexType.Date,
    };

    private static IEnumerable<string[]> Rows(string file) =>
        DataFiles.ReadDataLines("time/" + file).Select(l => l.Split('\t'));

    private LexEntry Entry(string word)
    {
        if (!entries.TryGetValue(word, out var e))
        {
            e = new LexEntry();
            entries[word] = e;
        }

        return e;
    }

    private void AddPhrase(FixedPhrase phrase)
    {
        if (!phrasesByFirstWord.TryGetValue(phrase.Words[0], out var list))
        {
            list = [];
            phrasesByFirstWord[phrase.Words[0]] = list;
        }

        list.Add(phrase);
    }
}
