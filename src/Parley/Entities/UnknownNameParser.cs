namespace Parley.Entities;

/// <summary>
/// Reads a run of capitalized words no dictionary knows ("Salaheddine Sidhoum", "Ministry of
/// Widgets", "London Stock Exchange") as one name, typed by the words in and around it.
/// </summary>
internal sealed class UnknownNameParser(SentenceTokens s, ActorResolver resolver)
{
    /// <summary>Adds the candidate of the unknown name starting at <paramref name="i"/>, if any, and returns the token after its run; -1 when no name starts there.</summary>
    public int TryParse(int i, List<MentionCandidate> output)
    {
        var namesake = IsNamesakeOpeningName(i);
        if (!IsNamePart(i) && !namesake || s.Is("sentence-starter", i))
        {
            return -1;
        }

        var runEnd = namesake ? i + 1 : i;
        var organization = false;
        var known = namesake ? 1 : 0;
        while (true)
        {
            if (s.IsUnknownCapitalized(runEnd))
            {
                organization |= s.Is("organization-word", runEnd);
                runEnd++;
                known++;
            }
            else if (IsNamePart(runEnd))
            {
                organization = true; // "Foreign Ministry", "Workers' Party": title words inside a name
                runEnd = s.MatchAt(runEnd)!.End;
            }
            else if (organization && s.Is("name-joiner", runEnd) && s.IsUnknownCapitalized(runEnd + 1))
            {
                runEnd++; // "Ministry of Widgets"
            }
            else if (known > 0 && !organization && IsSurnameAfterUnknownName(runEnd - 1, runEnd))
            {
                runEnd++;
                known++;
            }
            else if (known > 0 && !organization && IsCapitalEndingName(runEnd - 1, runEnd))
            {
                runEnd++; // "Atletico Madrid", "Dynamo Kiev": a club's or a firm's name, not the government
                known++;
            }
            else
            {
                break;
            }
        }

        if ((known > 0 || runEnd - i > 1) && UnknownName(i, runEnd, organization) is { } unknown)
        {
            output.Add(unknown);
        }

        return runEnd;
    }

    /// <summary>A capitalized word no dictionary knows, or a capitalized title word ("Ministry") that can be part of a name.</summary>
    public bool IsNamePart(int token) =>
        s.IsUnknownCapitalized(token)
        || (s.MatchAt(token) is { } m && (m.IsOnly(EntryKind.Agent) && char.IsUpper(s.Word(token)[0]) || IsCityOpeningName(m)));

    /// <summary>"London Stock Exchange", "Seoul National University": a one-word city or seat of government that an unknown capitalized word follows opens a longer name.</summary>
    private bool IsCityOpeningName(LexiconMatch m) =>
        m.End == m.First + 1 && (m.Has(EntryKind.GovernmentMetonym) || m.Has(EntryKind.Place)) && !m.Has(EntryKind.CountryName)
        && s.IsUnknownCapitalized(m.End) && !s.Is("not-a-name", m.End);

    /// <summary>
    /// "Moussa Faki Mahamat", "Trump Tower": a known person's one-word name before an unknown capitalized word opens a longer name
    /// that is not that person's.
    /// </summary>
    public bool IsNamesakeOpeningName(int token) =>
        s.MatchAt(token) is { Count: 1 } m && m.First == token && m.IsOnly(EntryKind.Person) && s.IsUnknownCapitalized(token + 1)
        && !s.Is("not-a-name", token + 1);

    /// <summary>"Michael Howard": a known person's one-word name after an unknown first name no bearer has is a namesake, part of the unknown name.</summary>
    private bool IsSurnameAfterUnknownName(int firstName, int token) =>
        s.MatchAt(token) is { } m && m.First == token && ActorResolver.IsNamesake(s.Word(firstName), m);

    /// <summary>
    /// A capital's one-word name (which stands for its government) after an unknown capitalized word that is no part of a city's
    /// name ("Central London") and does not open the sentence, where it is as often an adverb ("Yesterday Moscow said").
    /// </summary>
    private bool IsCapitalEndingName(int before, int token) =>
        s.MatchAt(token) is { } m && m.First == token && m.End == token + 1 && m.Has(EntryKind.GovernmentMetonym) && !m.Has(EntryKind.CountryName)
        && !s.Is("place-prefix", before) && !s.StartsSentence(before);

    private MentionCandidate? UnknownName(int start, int end, bool organization)
    {
        var single = end - start == 1;
        var speaks = s.Is("person-after", end);
        if (single && s.StartsSentence(start) && !speaks && !resolver.IsNameWordOfKnownPerson(s.Word(start).ToString()))
        {
            return null;
        }

        var type = MentionType.Other;
        if (s.Sentence.Kind == Text.SentenceKind.Dateline)
        {
            type = MentionType.Other; // "(Meridian Wire)": the credit of a dateline
        }
        else if (s.Is("event-word", end - 1) && !single)
        {
            type = MentionType.Other; // "the Korean War", "the Paris Agreement": a named event or text, not a person
        }
        else if (s.Is("place-word", end - 1) && !single)
        {
            type = MentionType.Location;
        }
        else if (organization)
        {
            type = MentionType.Organization;
        }
        else if (speaks || (!single && end - start <= 3 && !s.StartsSentence(start)))
        {
            type = MentionType.Person;
        }
        else if (s.Is("location-before", start - 1))
        {
            type = MentionType.Location;
        }

        var span = s.SpanOf(start, end);
        var candidate = new MentionCandidate(span, type, MentionForm.Name, s.Sentence.Index) { Head = span, InQuote = s.InQuote[start] };
        return type == MentionType.Organization && OrganizationActor(start, end) is { } actor
            ? candidate with { Actor = actor, Country = actor.Country, Role = actor.Role, Gender = 'n' }
            : candidate;
    }

    /// <summary>
    /// "The US Federal Communications Commission", "the Democratic Party of Kenya", "Kenya's Popular Unity Party": an organization
    /// no file knows, named by unknown words and an organization word with a role, is its country's actor with that role when a
    /// country adjective, possessive or name stands right beside it. Names with title words inside ("Foreign Ministry") are left to
    /// the agent words.
    /// </summary>
    private Actor? OrganizationActor(int start, int end)
    {
        string? role = null;
        for (var t = start; t < end; t++)
        {
            if (s.MatchAt(t) is not null)
            {
                return null;
            }

            role ??= s.Cues.OrganizationRole(s.Word(t));
        }

        if (role is null)
        {
            return null;
        }

        var country = CountryBefore(start) ?? CountryAfter(end);
        return country is null ? null : resolver.ForCountry(country, role) with { Name = s.SpanOf(start, end).Slice(s.Text) };
    }

    /// <summary>"the Lithuanian Homeland Union", "Kenya's Democratic Party": the country of an adjective or a possessive right before the name.</summary>
    private string? CountryBefore(int start)
    {
        var before = s.IsClitic(start - 1) ? start - 1 : start;
        for (var k = before - 1; k >= Math.Max(s.First, before - 3); k--)
        {
            if (s.MatchAt(k) is { } m && m.End == before)
            {
                return (m.Find(EntryKind.CountryAdjective) ?? m.Find(EntryKind.CountryName))?.Country?.Code;
            }
        }

        return null;
    }

    /// <summary>"the Democratic Party of Kenya", "the Islamic Front in Algeria": the country named right after the name.</summary>
    private string? CountryAfter(int end) =>
        s.Word(end) is "of" or "in" && s.MatchAt(end + 1) is { } m ? m.Find(EntryKind.CountryName)?.Country?.Code : null;
}
