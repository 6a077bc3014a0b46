using System.Text.Json;

namespace Parley.Read;

/// <summary>Lenient field access for input JSON: a field of the wrong type counts as absent.</summary>
internal static class JsonFields
{
    public static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static IReadOnlyList<string>? StringList(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => SplitAuthors(value.GetString()!),
            JsonValueKind.Array => value.EnumerateArray()
                .Where(item => item.ValueKind == JsonValueKind.String)
                .Select(item => item.GetString()!.Trim())
                .Where(item => item.Length > 0)
                .ToArray(),
            _ => null,
        };
    }

    private static string[] SplitAuthors(string authors) =>
        authors.Split([",", " and ", ";"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
