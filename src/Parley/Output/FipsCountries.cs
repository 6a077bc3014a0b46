using Parley.Knowledge;

namespace Parley.Output;

/// <summary>ISO 3166 alpha-3 to FIPS 10-4 country codes (<c>cameo/fips-countries.tsv</c>), for GDELT's geo fields.</summary>
public static class FipsCountries
{
    private static readonly Lazy<Dictionary<string, string>> ByIso3 = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cells in DataFiles.ReadDataLines("cameo/fips-countries.tsv").Skip(1).Select(l => l.Split('\t')))
        {
            map.TryAdd(cells[1], cells[0]);
        }

        return map;
    });

    public static string? FromIso3(string? iso3) => iso3 is not null && ByIso3.Value.TryGetValue(iso3, out var fips) ? fips : null;
}
