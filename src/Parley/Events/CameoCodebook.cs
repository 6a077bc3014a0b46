using System.Globalization;
using Parley.Knowledge;

namespace Parley.Events;

/// <summary>
/// The CAMEO event codes of <c>cameo/event-codes.tsv</c>: names, roots, Goldstein scores, quad
/// classes and PLOVER categories. Immutable and thread-safe once loaded.
/// </summary>
public sealed class CameoCodebook
{
    public const string DataPath = "cameo/event-codes.tsv";

    private static readonly Lazy<CameoCodebook> DefaultInstance = new(() => Parse(DataFiles.ReadDataLines(DataPath)));

    private readonly Dictionary<string, CameoCode> _codes;

    private CameoCodebook(Dictionary<string, CameoCode> codes) => _codes = codes;

    /// <summary>The codebook from the project's data file (or the user's override of it).</summary>
    public static CameoCodebook Default => DefaultInstance.Value;

    public IEnumerable<CameoCode> All => _codes.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    public int Count => _codes.Count;

    public bool Contains(string code) => _codes.ContainsKey(code);

    public CameoCode? Find(string code) => _codes.GetValueOrDefault(code);

    /// <summary>The code's PLOVER category, or its nearest ancestor's when it has none of its own.</summary>
    public string? PloverOf(string code)
    {
        for (var length = code.Length; length >= 2; length--)
        {
            if (_codes.TryGetValue(code[..length], out var found) && found.Plover is not null)
            {
                return found.Plover;
            }
        }

        return null;
    }

    public static CameoCodebook Parse(IEnumerable<string> dataLines)
    {
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        var header = true;
        foreach (var line in dataLines)
        {
            if (header)
            {
                header = false;
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 5)
            {
                throw new FormatException($"{DataPath}: a code line needs at least 5 tab-separated cells: '{line}'");
            }

            codes[cells[0]] = new CameoCode(
                cells[0],
                cells[1],
                cells[2],
                double.Parse(cells[3], CultureInfo.InvariantCulture),
                int.Parse(cells[4], CultureInfo.InvariantCulture),
                Cell(cells, 5),
                Cell(cells, 6),
                Cell(cells, 7));
        }

        return new CameoCodebook(codes);
    }

    private static string? Cell(string[] cells, int index) =>
        index < cells.Length && cells[index].Trim().Length > 0 ? cells[index].Trim() : null;
}
