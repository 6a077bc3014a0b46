using System.Reflection;

namespace Parley.Knowledge;

/// <summary>
/// Reads the project's data files (dictionaries, code lists, cue words) embedded in the library.
/// A path is the file's path under the repository's <c>data/</c> folder, e.g.
/// <c>"cameo/event-codes.tsv"</c>. When <see cref="OverrideDirectory"/> is set and holds a file
/// with the same path, that file is read instead, so users can replace any dictionary.
/// </summary>
public static class DataFiles
{
    private static readonly Assembly Library = typeof(DataFiles).Assembly;

    /// <summary>A folder whose files take precedence over the embedded ones; null for none.</summary>
    public static string? OverrideDirectory { get; set; }

    public static bool Exists(string path) =>
        FindOverride(path) is not null || Library.GetManifestResourceInfo(path) is not null;

    public static string ReadAllText(string path)
    {
        if (FindOverride(path) is { } file)
        {
            return File.ReadAllText(file);
        }

        using var stream = Library.GetManifestResourceStream(path)
            ?? throw new FileNotFoundException($"no data file '{path}' is embedded in the Parley library", path);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Lines of a data file without blank lines and without comment lines (starting with '#').</summary>
    public static IEnumerable<string> ReadDataLines(string path) => DataLines(ReadAllText(path));

    /// <summary>The words (or phrases) of a one-per-line data file, trimmed, as a set compared by <paramref name="comparer"/>.</summary>
    public static HashSet<string> ReadWordSet(string path, StringComparer comparer) => ReadDataLines(path).Select(l => l.Trim()).ToHashSet(comparer);

    /// <summary>A word list matched in any case and looked up in the text without allocating ("events/relation-nouns.txt").</summary>
    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadWordLookup(string path) =>
        ReadWordSet(path, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Data lines of the embedded file alone, ignoring any override (see <see cref="ReadDataLines"/>).</summary>
    public static IEnumerable<string> ReadEmbeddedDataLines(string path)
    {
        using var stream = Library.GetManifestResourceStream(path)
            ?? throw new FileNotFoundException($"no data file '{path}' is embedded in the Parley library", path);
        using var reader = new StreamReader(stream);
        return DataLines(reader.ReadToEnd()).ToArray();
    }

    /// <summary>Data lines of the user's file for <paramref name="path"/>, or null when there is none.</summary>
    public static IReadOnlyList<string>? ReadOverrideDataLines(string path) =>
        FindOverride(path) is { } file ? DataLines(File.ReadAllText(file)).ToArray() : null;

    private static IEnumerable<string> DataLines(string text) =>
        text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Trim().Length > 0 && !line.StartsWith('#'));

    private static string? FindOverride(string path)
    {
        if (OverrideDirectory is null)
        {
            return null;
        }

        var candidate = Path.Combine(OverrideDirectory, path);
        return File.Exists(candidate) ? candidate : null;
    }
}
