namespace Parley.Knowledge;

/// <summary>
/// A person from <c>knowledge/people.tsv</c> with every role held (one row each there).
/// <see cref="Gender"/> is 'm', 'f' or '\0' when not recorded; pronouns use it.
/// </summary>
public sealed record PersonEntry(string Id, string Name, IReadOnlyList<string> Aliases, char Gender, IReadOnlyList<PersonRole> Roles)
{
    /// <summary>The country of the person's roles (the first one listed).</summary>
    public string Country => Roles.Count > 0 ? Roles[0].Country : "";
}
