using System.Text.Json;

namespace Parley.Output;

/// <summary>
/// Which stored events a query keeps: an actor code (source or target; a prefix such as "USA"
/// matches "USAGOV"), a dyad (either direction), a date range on the event date, a CAMEO code
/// prefix or root. Every part is optional.
/// </summary>
public sealed record EventFilter(string? Actor = null, (string A, string B)? Dyad = null, string? From = null, string? To = null, string? Code = null, string? Root = null)
{
    public bool Matches(JsonElement e)
    {
        var source = ActorCode(e, "source");
        var target = ActorCode(e, "target");
        var date = e.TryGetProperty("event_date", out var d) ? d.GetString() ?? "" : "";
        var cameo = e.GetProperty("cameo").GetString() ?? "";
        return (Actor is null || Is(source, Actor) || Is(target, Actor))
            && (Dyad is not { } dyad || Is(source, dyad.A) && Is(target, dyad.B) || Is(source, dyad.B) && Is(target, dyad.A))
            && (From is null || string.CompareOrdinal(date, From) >= 0 || From.StartsWith(date, StringComparison.Ordinal))
            && (To is null || string.CompareOrdinal(date, To) <= 0 || To.StartsWith(date, StringComparison.Ordinal))
            && (Code is null || cameo.StartsWith(Code, StringComparison.Ordinal))
            && (Root is null || cameo.StartsWith(Root.PadLeft(2, '0'), StringComparison.Ordinal));
    }

    private static bool Is(string? code, string wanted) => code is not null && code.StartsWith(wanted, StringComparison.OrdinalIgnoreCase);

    private static string? ActorCode(JsonElement e, string name) =>
        e.TryGetProperty(name, out var actor) && actor.ValueKind == JsonValueKind.Object ? actor.GetProperty("code").GetString() : null;
}
