using System.Globalization;
using System.Text.Json;

namespace Parley.Output;

/// <summary>
/// A stored event as a row of GDELT 2.0's 61-column event table, in GDELT's column order; event
/// codes are strings with their leading zeros, countries in actor fields are CAMEO (ISO alpha-3)
/// codes and in geo fields FIPS codes, as GDELT writes them.
/// </summary>
public static class GdeltEventRow
{
    public const int ColumnCount = 61;

    public static readonly string[] Header =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        .. ActorColumns("Actor1"), .. ActorColumns("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. GeoColumns("Actor1Geo"), .. GeoColumns("Actor2Geo"), .. GeoColumns("ActionGeo"),
        "DATEADDED", "SOURCEURL",
    ];

    public static string[] Of(JsonElement e, string? url)
    {
        var date = Text(e, "event_date") ?? "";
        var sqlDate = date.Replace("-", "", StringComparison.Ordinal).PadRight(8, '0');
        var year = sqlDate[..4];
        var cameo = Text(e, "cameo") ?? "";
        var row = new List<string>(ColumnCount)
        {
            (ulong.Parse(Text(e, "id") ?? "0", NumberStyles.HexNumber, CultureInfo.InvariantCulture) & long.MaxValue).ToString(CultureInfo.InvariantCulture),
            sqlDate, sqlDate[..6], year, FractionDate(sqlDate),
        };
        row.AddRange(Actor(e, "source"));
        row.AddRange(Actor(e, "target"));
        row.AddRange([
            e.TryGetProperty("sentence_index", out var s) && s.GetInt32() == 0 ? "1" : "0",
            cameo, cameo.Length > 3 ? cameo[..3] : cameo, Text(e, "cameo_root") ?? "",
            Number(e, "quad_class"), Number(e, "goldstein"), "1", "1", "1", "0",
        ]);
        row.AddRange(Geo(null));
        row.AddRange(Geo(null));
        row.AddRange(Geo(e.TryGetProperty("location", out var l) && l.ValueKind == JsonValueKind.Object ? l : null));
        row.Add(sqlDate + "000000");
        row.Add(url ?? "");
        return [.. row];
    }

    private static string[] ActorColumns(string p) =>
        [$"{p}Code", $"{p}Name", $"{p}CountryCode", $"{p}KnownGroupCode", $"{p}EthnicCode", $"{p}Religion1Code", $"{p}Religion2Code", $"{p}Type1Code", $"{p}Type2Code", $"{p}Type3Code"];

    private static string[] GeoColumns(string p) =>
        [$"{p}_Type", $"{p}_FullName", $"{p}_CountryCode", $"{p}_ADM1Code", $"{p}_ADM2Code", $"{p}_Lat", $"{p}_Long", $"{p}_FeatureID"];

    private static string[] Actor(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var a) || a.ValueKind != JsonValueKind.Object)
        {
            return new string[10].Select(_ => "").ToArray();
        }

        var role = Text(a, "role");
        return [Text(a, "code") ?? "", (Text(a, "name") ?? "").ToUpperInvariant(), Text(a, "country") ?? "", role == "IGO" ? Text(a, "code") ?? "" : "", "", "", "", role ?? "", "", ""];
    }

    /// <summary>GDELT geo type 4 is a world city; 0 means no location.</summary>
    private static string[] Geo(JsonElement? place)
    {
        if (place is not { } p)
        {
            return ["0", "", "", "", "", "", "", ""];
        }

        var fips = FipsCountries.FromIso3(Text(p, "country")) ?? "";
        return ["4", Text(p, "name") ?? "", fips, fips, "", Number(p, "lat"), Number(p, "lon"), ""];
    }

    private static string FractionDate(string sqlDate) =>
        DateOnly.TryParseExact(sqlDate, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? (d.Year + (d.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture)
            : sqlDate[..4] + ".0000";

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetRawText() : "";
}
