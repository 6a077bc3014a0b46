using Parley.Knowledge;

namespace Parley.Entities;

/// <summary>
/// Turns what a mention names into a CAMEO actor on the document's date. A person's code is that
/// of the office held that day; someone who held office before it is coded as an elite (ELI), as
/// the CAMEO manual 1.1b3 (section 3.1.3) codes former officials. Without a date, the role that
/// is still open (or the code all roles share) is taken with lower confidence, never today's.
/// </summary>
public sealed class ActorResolver(KnowledgeBase knowledge, DateOnly? date)
{
    /// <summary>Confidence of a person's code when the document has no date and roles differ.</summary>
    public const double UndatedConfidence = 0.5;

    private static readonly string[] OfficeRank =
        ["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "secretary_general", "envoy", "other"];

    public DateOnly? Date { get; } = date;

    public Actor ForPerson(PersonEntry person, bool former = false)
    {
        if (Date is not { } day)
        {
            var open = person.Roles.Where(r => r.End is null).OrderBy(Rank).FirstOrDefault();
            var chosen = open ?? person.Roles[^1];
            var unanimous = person.Roles.All(r => r.Code == chosen.Code);
            return WithRole(person, chosen) with { Confidence = unanimous ? 1.0 : UndatedConfidence };
        }

        var held = person.Roles.Where(r => r.IsHeldOn(day)).OrderBy(Rank).FirstOrDefault();
        if (held is not null && !former)
        {
            return WithRole(person, held);
        }

        var past = person.Roles.Where(r => r.EndedBefore(day)).OrderByDescending(r => r.End).FirstOrDefault();
        var country = NationalCountry(person, past ?? person.Roles[0]);
        return new Actor(country + "ELI", person.Name, country, "ELI") { Title = past is null ? null : "former " + past.Title };
    }

    /// <summary>
    /// knowledge/people.tsv lists top offices, which politicians reach after years in lesser ones (Obama was a senator four
    /// years before he was president, Bush a governor the year before): within this many years of a first listed office the
    /// person is likely already in politics; earlier than that, a surname that matches is more likely someone else's.
    /// </summary>
    private const int YearsInPoliticsBeforeTopOffice = 5;

    /// <summary>True when the document is dated more than <see cref="YearsInPoliticsBeforeTopOffice"/> years before every office <paramref name="person"/> held.</summary>
    public bool IsLongBeforeAnyOffice(PersonEntry person) =>
        Date is { } day && person.Roles.All(r => day.AddYears(YearsInPoliticsBeforeTopOffice) < r.Start);

    /// <summary>
    /// "Michael Howard" beside John Howard: a known person's one-word name (<paramref name="surname"/>) after a first name that none
    /// of its bearers' full names opens with is a namesake's; "Gerhard Schroeder" is the chancellor.
    /// </summary>
    public static bool IsNamesake(ReadOnlySpan<char> firstName, LexiconMatch surname)
    {
        if (surname.Count != 1 || !surname.IsOnly(EntryKind.Person))
        {
            return false;
        }

        foreach (var entry in surname.Entries)
        {
            if (entry.Person is not { } person)
            {
                continue;
            }

            if (OpensWith(person.Name, firstName))
            {
                return false;
            }

            foreach (var alias in person.Aliases)
            {
                if (OpensWith(alias, firstName))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool OpensWith(string name, ReadOnlySpan<char> firstName) =>
        name.Length > firstName.Length && name[firstName.Length] == ' ' && name.AsSpan(0, firstName.Length).Equals(firstName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The person a name stands for when people of different decades share it ("George Bush", "Papandreou"): the one whose listed
    /// offices lie nearest the document's date (in office that day, else the nearest term before or after); without a date, the
    /// first listed. Null when <paramref name="match"/> names no person.
    /// </summary>
    public LexiconEntry? PersonIn(LexiconMatch match)
    {
        LexiconEntry? nearest = null;
        var nearestDays = int.MaxValue;
        foreach (var entry in match.Entries)
        {
            if (entry.Person is not { } person)
            {
                continue;
            }

            if (Date is not { } day)
            {
                return entry;
            }

            var days = int.MaxValue;
            foreach (var role in person.Roles)
            {
                days = Math.Min(days, DaysBetween(role, day));
            }

            if (days < nearestDays)
            {
                (nearest, nearestDays) = (entry, days);
            }
        }

        return nearest;
    }

    private static int DaysBetween(PersonRole role, DateOnly day) =>
        role.IsHeldOn(day) ? 0
        : day < role.Start ? role.Start.DayNumber - day.DayNumber
        : day.DayNumber - role.End!.Value.DayNumber;

    /// <summary>Whether <paramref name="word"/> is part of a known person's name ("Kim"), so a sentence may start with it as a name.</summary>
    public bool IsNameWordOfKnownPerson(string word) => knowledge.PeopleNamed(word).Count > 0;

    public Actor ForCountry(string code, string? role = null) =>
        new(code + (role ?? ""), knowledge.Country(code)?.Name, code, role);

    public static Actor ForOrganization(OrganizationEntry organization)
    {
        var role = organization.Country is { } country && organization.Code.StartsWith(country, StringComparison.Ordinal) && organization.Code.Length > country.Length
            ? organization.Code[country.Length..]
            : null;
        return new Actor(organization.Code, organization.Name, organization.Country, role);
    }

    /// <summary>
    /// Who held <paramref name="office"/> for <paramref name="country"/> on the date: one person,
    /// or null when nobody or several match (several envoys: <paramref name="about"/>, the
    /// country the title deals with, picks the one whose title names it).
    /// </summary>
    public PersonEntry? OfficeHolder(string country, string office, string? about)
    {
        if (Date is not { } day)
        {
            return null;
        }

        var holders = knowledge.PeopleInOffice(country, office)
            .Where(p => p.Roles.Any(r => r.Country == country && r.Office == office && r.IsHeldOn(day)))
            .ToList();
        if (holders.Count > 1 && about is not null && knowledge.Country(about) is { } topic)
        {
            holders = [.. holders.Where(p => p.Roles.Any(r => r.Office == office && r.IsHeldOn(day)
                && (r.Title.Contains(topic.Name, StringComparison.OrdinalIgnoreCase) || topic.Aliases.Any(a => r.Title.Contains(a, StringComparison.Ordinal)))))];
        }

        return holders.Count == 1 ? holders[0] : null;
    }

    private static Actor WithRole(PersonEntry person, PersonRole role)
    {
        var country = role.Country == "IGO" ? null : role.Country;
        var roleCode = country is not null && role.Code.StartsWith(country, StringComparison.Ordinal) ? role.Code[country.Length..] : null;
        return new Actor(role.Code, person.Name, country, roleCode) { Title = role.Title };
    }

    /// <summary>An official of an international organization is a national of the country of his other roles.</summary>
    private static string NationalCountry(PersonEntry person, PersonRole role) =>
        role.Country != "IGO" ? role.Country : person.Roles.FirstOrDefault(r => r.Country != "IGO")?.Country ?? "IGO";

    private static int Rank(PersonRole role)
    {
        var rank = Array.IndexOf(OfficeRank, role.Office);
        return rank < 0 ? OfficeRank.Length : rank;
    }
}
