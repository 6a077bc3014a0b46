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

    /// <summary>Reads <paramref name="path"/> through <see cref="DataFiles"/>; an absent file is an empty table.</summary>
    public static TsvTable Read(string path)
    {
        if (!DataFiles.Exists(path))
        {
            return new TsvTable([], []);
        }

        string[]? header = null;
        var rows = new List<string[]>();
        foreach (var line in DataFiles.ReadDataLines(path))
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

        return new TsvTable(header ?? [], rows);
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    public string Cell(string[] row, string column) =>
        _columns.TryGetValue(column, out var index) && index < row.Length ? row[index].Trim() : "";

    /// <summary>A '|'-separated list cell as its non-empty values.</summary>
    public string[] List(string[] row, string column) =>
        Cell(row, column).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
