namespace Parley.Knowledge;

/// <summary>
/// A tab-separated data file read by column name: the first line that is not a comment is the
/// header. Rows shorter than the header read as empty cells, so a column added later does not
/// break an older override file.
/// </summary>
internal sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string[] header, List<string[]> rows)
    {
        _columns = header.Select((name, index) => (name: name.Trim(), index))
            .ToDictionary(c => c.name, c => c.index, StringComparer.OrdinalIgnoreCase);
        Rows = rows;
    }

    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>
    /// Reads <paramref name="path"/> through <see cref="DataFiles"/>; an absent file is an empty
    /// table. With <paramref name="keyColumns"/>, a user's file of the same name is merged over the
    /// embedded one: its rows replace embedded rows with the same key (case-insensitive) and add the
    /// others. Without keys, a user's file replaces the embedded one.
    /// </summary>
    public static TsvTable Read(string path, params string[] keyColumns)
    {
        var user = DataFiles.ReadOverrideDataLines(path);
        if (user is not null && keyColumns.Length == 0)
        {
            return Parse(user);
        }

        var embedded = HasEmbedded(path) ? Parse(DataFiles.ReadEmbeddedDataLines(path)) : new TsvTable([], []);
        return user is null ? embedded : embedded.MergedWith(Parse(user), keyColumns);
    }

    private static bool HasEmbedded(string path) => typeof(TsvTable).Assembly.GetManifestResourceInfo(path) is not null;

    private static TsvTable Parse(IEnumerable<string> lines)
    {
        string[]? header = null;
        var rows = new List<string[]>();
        foreach (var line in lines)
        {
            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
            }
            else
            {
                rows.Add(cells);
            }
        }

        return new TsvTable(header ?? [], rows) { Header = header ?? [] };
    }

    private string[] Header { get; init; } = [];

    /// <summary>This table's rows with <paramref name="user"/>'s rows merged over them by key, in this table's columns.</summary>
    private TsvTable MergedWith(TsvTable user, string[] keyColumns)
    {
        string Key(TsvTable table, string[] row) => string.Join('\t', keyColumns.Select(c => table.Cell(row, c).ToUpperInvariant()));
        var replacements = user.Rows.ToDictionary(row => Key(user, row), row => Header.Select(c => user.Cell(row, c)).ToArray(), StringComparer.Ordinal);
        var merged = new List<string[]>(Rows.Count + replacements.Count);
        foreach (var row in Rows)
        {
            merged.Add(replacements.Remove(Key(this, row), out var replacement) ? replacement : row);
        }

        merged.AddRange(user.Rows.Where(row => replacements.ContainsKey(Key(user, row))).Select(row => replacements[Key(user, row)]));
        return new TsvTable(Header, merged) { Header = Header };
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    public string Cell(string[] row, string column) =>
        _columns.TryGetValue(column, out var index) && index < row.Length ? row[index].Trim() : "";

    /// <summary>A '|'-separated list cell as its non-empty values.</summary>
    public string[] List(string[] row, string column) =>
        Cell(row, column).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
