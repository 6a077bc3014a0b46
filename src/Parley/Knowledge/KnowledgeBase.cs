using System.Globalization;

namespace Parley.Knowledge;

/// <summary>
/// The knowledge Parley resolves actors with: countries, places, organizations, media, agent
/// words and people with dated roles, read from the data files (embedded, or the user's files in
/// <see cref="DataFiles.OverrideDirectory"/>). Immutable once loaded, so one instance is shared
/// by all threads; <see cref="Default"/> is loaded on first use.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, CountryEntry> _countries;
    private readonly Dictionary<string, PersonEntry> _people;
    private readonly Dictionary<string, PersonEntry[]> _byNameWord;
    private readonly Dictionary<(string Country, string Office), PersonEntry[]> _byOffice;
    private readonly Dictionary<string, TerritoryChange> _territories;

    private KnowledgeBase(
        IReadOnlyList<CountryEntry> countries,
        IReadOnlyList<PlaceEntry> places,
        IReadOnlyList<OrganizationEntry> organizations,
        IReadOnlyList<PersonEntry> people,
        IReadOnlyList<AgentEntry> agents,
        IReadOnlyList<GroupEntry> groups,
        IReadOnlyList<TerritoryChange> territories)
    {
        Countries = countries;
        Places = places;
        Organizations = organizations;
        People = people;
        Agents = agents;
        Groups = groups;
        _countries = countries.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _territories = territories.ToDictionary(t => t.Territory, StringComparer.Ordinal);
        _people = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _byNameWord = people
            .SelectMany(p => p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Select(word => (word, p)))
            .GroupBy(x => x.word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.p).ToArray(), StringComparer.Ordinal);
        _byOffice = people
            .SelectMany(p => p.Roles.Select(r => (key: (r.Country, r.Office), p)).Distinct())
            .GroupBy(x => x.key)
            .ToDictionary(g => g.Key, g => g.Select(x => x.p).ToArray());
    }

    public static KnowledgeBase Default => Shared.Value;

    public IReadOnlyList<CountryEntry> Countries { get; }

    public IReadOnlyList<PlaceEntry> Places { get; }

    public IReadOnlyList<OrganizationEntry> Organizations { get; }

    public IReadOnlyList<PersonEntry> People { get; }

    public IReadOnlyList<AgentEntry> Agents { get; }

    /// <summary>Communities coded by the country they live in ("Ibo", "Tamils").</summary>
    public IReadOnlyList<GroupEntry> Groups { get; }

    public CountryEntry? Country(string code) => _countries.GetValueOrDefault(code);

    public PersonEntry? Person(string id) => _people.GetValueOrDefault(id);

    /// <summary>
    /// The state <paramref name="code"/> stood for on <paramref name="date"/>: the state a territory was part of before it
    /// was coded on its own (South Sudan before 2011-07-09 is Sudan), else <paramref name="code"/> itself.
    /// </summary>
    public string StateOn(string code, DateOnly? date) =>
        date is { } day && _territories.TryGetValue(code, out var change) && day < change.Until ? change.State : code;

    /// <summary>People whose full name contains <paramref name="word"/> ("Kim": Kim Jong Un, Kim Hyok Chol…).</summary>
    public IReadOnlyList<PersonEntry> PeopleNamed(string word) => _byNameWord.GetValueOrDefault(word) ?? [];

    /// <summary>People who held <paramref name="office"/> (a people.tsv role) for <paramref name="country"/> at some time.</summary>
    public IReadOnlyList<PersonEntry> PeopleInOffice(string country, string office) => _byOffice.GetValueOrDefault((country, office)) ?? [];

    /// <summary>Reads every knowledge file afresh (after changing <see cref="DataFiles.OverrideDirectory"/>).</summary>
    public static KnowledgeBase Load() =>
        new(LoadCountries(), LoadPlaces(), [.. LoadOrganizations("knowledge/organizations.tsv", media: false),
            .. LoadOrganizations("knowledge/media.tsv", media: true), .. LoadOrganizations("entities/institutions.tsv", media: false)],
            LoadPeople(), AgentLoader.Load(), LoadGroups(), LoadTerritoryChanges());

    private static List<CountryEntry> LoadCountries()
    {
        var table = TsvTable.Read("knowledge/countries.tsv", "code");
        return [.. table.Rows.Select(row => new CountryEntry(
            table.Cell(row, "code"), table.Cell(row, "name"), table.List(row, "aliases"), table.List(row, "adjectives"),
            table.List(row, "demonyms"), NullIfEmpty(table.Cell(row, "capital")), table.List(row, "metonyms"),
            table.List(row, "military_metonyms")))];
    }

    private static List<PlaceEntry> LoadPlaces()
    {
        var table = TsvTable.Read("knowledge/cities.tsv", "name", "country");
        return [.. table.Rows.Select(row => new PlaceEntry(
            table.Cell(row, "name"), table.List(row, "aliases"), NullIfEmpty(table.Cell(row, "country")),
            Number(table.Cell(row, "lat")), Number(table.Cell(row, "lon")),
            long.TryParse(table.Cell(row, "population"), NumberStyles.None, CultureInfo.InvariantCulture, out var population) ? population : null,
            table.Cell(row, "capital") == "yes", table.Cell(row, "kind") is { Length: > 0 } kind ? kind : "city"))];
    }

    private static List<OrganizationEntry> LoadOrganizations(string path, bool media)
    {
        var table = TsvTable.Read(path, "name");
        return [.. table.Rows.Select(row => new OrganizationEntry(
            table.Cell(row, "code"), table.Cell(row, "name"), table.List(row, "aliases"),
            NullIfEmpty(table.Cell(row, "country")) is { } country && country != "IGO" ? country : null,
            media || table.Cell(row, "kind") == "media", table.List(row, "metonyms")))
            .Where(o => o.Code.Length > 0 && o.Name.Length > 0)];
    }

    private static List<GroupEntry> LoadGroups()
    {
        var table = TsvTable.Read("knowledge/groups.tsv", "name");
        return [.. table.Rows.Select(row => new GroupEntry(
            table.Cell(row, "name"), table.List(row, "adjectives"), table.List(row, "demonyms"),
            table.Cell(row, "country"), table.Cell(row, "code")))
            .Where(g => g.Country.Length > 0)];
    }

    private static List<TerritoryChange> LoadTerritoryChanges()
    {
        var table = TsvTable.Read("knowledge/territory-changes.tsv", "territory");
        return [.. table.Rows
            .Select(row => (Territory: table.Cell(row, "territory"), State: table.Cell(row, "state"), Until: KnowledgeDates.Start(table.Cell(row, "until"))))
            .Where(t => t.Territory.Length > 0 && t.State.Length > 0 && t.Until is not null)
            .Select(t => new TerritoryChange(t.Territory, t.State, t.Until!.Value))];
    }

    private static List<PersonEntry> LoadPeople()
    {
        var table = TsvTable.Read("knowledge/people.tsv", "person_id", "role", "start");
        var people = new List<PersonEntry>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = table.Cell(row, "person_id");
            if (id.Length == 0 || KnowledgeDates.Start(table.Cell(row, "start")) is not { } start)
            {
                continue;
            }

            var role = new PersonRole(table.Cell(row, "country"), table.Cell(row, "code"), table.Cell(row, "role"),
                table.Cell(row, "title"), start, KnowledgeDates.End(table.Cell(row, "end")));
            if (index.TryGetValue(id, out var at))
            {
                people[at] = people[at] with { Roles = [.. people[at].Roles, role] };
                continue;
            }

            var gender = table.Cell(row, "gender") is { Length: 1 } g ? char.ToLowerInvariant(g[0]) : '\0';
            index[id] = people.Count;
            people.Add(new PersonEntry(id, table.Cell(row, "name"), table.List(row, "aliases"), gender, [role]));
        }

        return people;
    }

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
