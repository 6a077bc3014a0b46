namespace Parley.Knowledge;

/// <summary>
/// Reads agent words: Parley's titles of office (<c>entities/titles.tsv</c>, which also say the
/// office a title names) and, when present, the broader agent list <c>knowledge/agents.tsv</c>.
/// A phrase in both keeps the title's row, since only it knows the office.
/// </summary>
internal static class AgentLoader
{
    /// <summary>
    /// Whole actor codes of agents.tsv left out: an international actor not further specified (INT), a militarized group acting
    /// across borders (IMG) and an unidentified one (UIS) name no party an event can be coded for. Organization codes (IGO:
    /// peacekeepers, monitors) are kept; <see cref="AgentEntry.IsOrganization"/> tells them from roles added to a country.
    /// </summary>
    private static readonly string[] UncodedActorPrefixes = ["IMG", "UIS", "INT"];

    public static List<AgentEntry> Load()
    {
        var agents = new Dictionary<string, AgentEntry>(StringComparer.OrdinalIgnoreCase);
        var titles = TsvTable.Read("entities/titles.tsv");
        foreach (var row in titles.Rows)
        {
            var phrase = titles.Cell(row, "phrase");
            if (phrase.Length > 0 && titles.Cell(row, "honorific") != "yes")
            {
                agents[phrase] = new AgentEntry(phrase, titles.Cell(row, "role"), NullIfEmpty(titles.Cell(row, "office")),
                    titles.Cell(row, "number") == "pl");
            }
        }

        var general = TsvTable.Read("knowledge/agents.tsv", "word");
        foreach (var row in general.Rows)
        {
            var role = general.Cell(row, "code");
            if (role.Length == 0 || UncodedActorPrefixes.Any(p => role.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }

            var word = general.Cell(row, "word");
            agents.TryAdd(word, new AgentEntry(word, role, null, IsPlural: false));
            if (general.Cell(row, "plural") is { Length: > 0 } plural)
            {
                agents.TryAdd(plural, new AgentEntry(plural, role, null, IsPlural: true));
            }
        }

        return [.. agents.Values];
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
