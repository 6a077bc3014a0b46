using System.Buffers;
using Parley.Knowledge;

namespace Parley.Clean;

/// <summary>
/// The cue words and phrases the cleaner works from, read from the data files under clean/.
/// Immutable and thread-safe once loaded. A malformed data row is a bug in the shipped data and
/// throws <see cref="FormatException"/> naming the file and row.
/// </summary>
public sealed class CleaningCues
{
    private const string Folder = "clean/";

    private static readonly Lazy<CleaningCues> Shared = new(() => Load());

    private CleaningCues()
    {
    }

    /// <summary>The cues from the shipped data files, loaded once.</summary>
    public static CleaningCues Default => Shared.Value;

    internal IReadOnlyList<BoilerplateCue> Boilerplate { get; private init; } = [];

    internal IReadOnlyList<string> WeakWords { get; private init; } = [];

    internal IReadOnlyList<string> CurrencySymbols { get; private init; } = [];

    /// <summary>The currency symbols, searched for inside a token ("US$49", "₹2,700").</summary>
    internal SearchValues<string> CurrencySymbolSearch { get; private init; } = SearchValues.Create([], StringComparison.Ordinal);

    /// <summary>The currency codes by span, so a token is looked up without a string of its own.</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CurrencyCodeLookup { get; private init; }

    /// <summary>The billing periods by span, ignoring case (the periods are folded to lower case).</summary>
    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BillingPeriodLookup { get; private init; }

    /// <summary>Clause-opening credit phrases ("reporting by") with the role of the names after them, longest first.</summary>
    internal IReadOnlyList<(string Phrase, CreditRole Role)> CreditOpeners { get; private init; } = [];

    internal IReadOnlyList<string> ContributedPhrases { get; private init; } = [];

    internal IReadOnlyList<string> CreditDescriptors { get; private init; } = [];

    internal IReadOnlyList<string> BylinePhrases { get; private init; } = [];

    internal IReadOnlyList<string> CaptionPrefixes { get; private init; } = [];

    internal IReadOnlyList<string> CaptionCreditWords { get; private init; } = [];

    internal IReadOnlyList<string> CaptionLabels { get; private init; } = [];

    public static CleaningCues Load()
    {
        var boilerplate = Rows("boilerplate-cues.tsv", 4)
            .Select(r => new BoilerplateCue(ParseKind(r), ParseScope(r), ParsePosition(r), CueText.Fold(r.Fields[3])))
            .ToList();
        var credits = Rows("credit-cues.tsv", 2).ToList();
        var captions = Rows("caption-cues.tsv", 2).ToList();
        var prices = Rows("price-cues.tsv", 2).ToList();
        var symbols = Column(prices, "symbol", fold: false);
        var codes = Column(prices, "code", fold: false);
        var periods = Column(prices, "period");
        return new CleaningCues
        {
            Boilerplate = boilerplate,
            WeakWords = [.. DataFiles.ReadDataLines(Folder + "boilerplate-words.txt").Select(l => CueText.Fold(l.Trim()))],
            CurrencySymbols = symbols,
            CurrencySymbolSearch = SearchValues.Create([.. symbols], StringComparison.Ordinal),
            CurrencyCodeLookup = new HashSet<string>(codes, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            BillingPeriodLookup = new HashSet<string>(periods, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(),
            CreditOpeners = [.. credits
                .Where(r => r.Fields[0] is not ("contributed" or "descriptor" or "byline"))
                .Select(r => (CueText.Fold(r.Fields[1]), ParseRole(r)))
                .OrderByDescending(p => p.Item1.Length)],
            ContributedPhrases = LongestFirst(Column(credits, "contributed")),
            CreditDescriptors = Column(credits, "descriptor"),
            BylinePhrases = Column(credits, "byline"),
            CaptionPrefixes = Column(captions, "prefix"),
            CaptionCreditWords = Column(captions, "credit-word"),
            CaptionLabels = LongestFirst(Column(captions, "label")),
        };
    }

    private static IEnumerable<Row> Rows(string file, int columns)
    {
        var number = 0;
        foreach (var line in DataFiles.ReadDataLines(Folder + file))
        {
            number++;
            var fields = line.Split('\t');
            if (fields.Length != columns || fields.Any(f => f.Length == 0))
            {
                throw new FormatException($"data/{Folder}{file}: data row {number} needs {columns} tab-separated fields: '{line}'");
            }

            yield return new Row(file, number, fields);
        }
    }

    private static List<string> Column(List<Row> rows, string kind, bool fold = true) =>
        [.. rows.Where(r => r.Fields[0] == kind).Select(r => fold ? CueText.Fold(r.Fields[1]) : r.Fields[1])];

    private static List<string> LongestFirst(List<string> phrases) => [.. phrases.OrderByDescending(p => p.Length)];

    private static BoilerplateKind ParseKind(Row row) =>
        Enum.TryParse<BoilerplateKind>(row.Fields[0].Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var kind)
            ? kind
            : throw row.Error($"unknown kind '{row.Fields[0]}'");

    private static CueScope ParseScope(Row row) => row.Fields[1] switch
    {
        "block" => CueScope.Block,
        "list" => CueScope.List,
        "tail" => CueScope.Tail,
        _ => throw row.Error($"unknown scope '{row.Fields[1]}'"),
    };

    private static CuePosition ParsePosition(Row row) => row.Fields[2] switch
    {
        "start" => CuePosition.Start,
        "any" => CuePosition.Anywhere,
        "line" => CuePosition.WholeLine,
        _ => throw row.Error($"unknown position '{row.Fields[2]}'"),
    };

    private static CreditRole ParseRole(Row row) =>
        Enum.TryParse<CreditRole>(row.Fields[0].Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var role)
            ? role
            : throw row.Error($"unknown role '{row.Fields[0]}'");

    private sealed record Row(string File, int Number, string[] Fields)
    {
        public FormatException Error(string message) => new($"data/{Folder}{File}: data row {Number}: {message}");
    }
}
