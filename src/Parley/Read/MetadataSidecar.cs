using System.Text.Json;

namespace Parley.Read;

/// <summary>
/// A JSON file of metadata keyed by input file name, e.g.
/// <c>{ "a.txt": { "published": "2019-04-11", "source": "Reuters", "language": "en" } }</c>.
/// Keys match a file's name, or its path as given, so files in different folders can be told apart.
/// </summary>
public sealed class MetadataSidecar
{
    private readonly Dictionary<string, SidecarEntry> _entries;

    private MetadataSidecar(Dictionary<string, SidecarEntry> entries) => _entries = entries;

    public int Count => _entries.Count;

    public SidecarEntry? Find(string path)
    {
        if (_entries.TryGetValue(path, out var entry))
        {
            return entry;
        }

        var normalized = path.Replace('\\', '/');
        foreach (var (key, value) in _entries)
        {
            if (key.Contains('/') && normalized.EndsWith("/" + key.TrimStart('.', '/'), StringComparison.Ordinal))
            {
                return value;
            }
        }

        return _entries.GetValueOrDefault(Path.GetFileName(path));
    }

    /// <summary>Loads a sidecar; a file that cannot be used is a value with the reason, not an exception.</summary>
    public static (MetadataSidecar? Sidecar, string? Error) Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, $"{path}: expected a JSON object keyed by file name");
            }

            var entries = new Dictionary<string, SidecarEntry>(StringComparer.Ordinal);
            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Object)
                {
                    return (null, $"{path}: the entry for '{property.Name}' is not an object");
                }

                var fields = property.Value;
                var published = JsonFields.String(fields, "published");
                var date = DateParsing.ParseDate(published);
                if (published is not null && date is null)
                {
                    return (null, $"{path}: '{property.Name}' has published '{published}', not a publication date (use YYYY-MM-DD)");
                }

                entries[property.Name] = new SidecarEntry(
                    date,
                    JsonFields.String(fields, "source"),
                    JsonFields.String(fields, "title"),
                    JsonFields.String(fields, "url"),
                    JsonFields.String(fields, "language"),
                    JsonFields.StringList(fields, "authors"));
            }

            return (new MetadataSidecar(entries), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return (null, $"{path}: cannot read metadata: {e.Message}");
        }
    }
}
