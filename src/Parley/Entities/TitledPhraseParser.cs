namespace Parley.Entities;

/// <summary>
/// Reads titled names and role descriptions: "South Korean President Moon Jae-in", "North
/// Korea's leader Kim Jong Un", "his counterpart Kim Hyok Chol", "the leader of North Korea",
/// "his special envoy for North Korea", "North Korean officials". The pattern is
/// [article | possessive pronoun] [former] [country ['s]] [title words]+ [name], or, without a
/// name, title words followed by "of COUNTRY" / "for COUNTRY". A title that names an office
/// finds who held it on the document's date.
/// </summary>
internal sealed class TitledPhraseParser(SentenceTokens s, ActorResolver resolver)
{
    /// <summary>The CAMEO code of aid workers and other non-governmental organizations (manual 1.1b3, section 3.1.9).</summary>
    private const string NonGovernmental = "NGO";

    /// <summary>Parses a titled phrase at <paramref name="start"/>; returns the token after it, or -1 when there is none.</summary>
    public int TryParse(int start, List<MentionCandidate> output)
    {
        if (start > s.First && s.Word(start - 1) is "to" && s.Is("verb-after-to", start))
        {
            return -1; // "to press President Lenin Moreno": a verb, not the press
        }

        var j = start;
        var definite = false;
        var indefinite = false;
        var possessor = -1;
        if (s.MatchAt(j) is null && s.Is("determiner-definite", j))
        {
            definite = true;
            j++;
        }
        else if (s.MatchAt(j) is null && s.Is("determiner-indefinite", j))
        {
            indefinite = true;
            j++;
        }
        else if (s.MatchAt(j)?.Find(EntryKind.Pronoun) is { Pronoun.Possessive: true })
        {
            possessor = j;
            j++;
        }

        var former = false;
        j = SkipModifiers(j, ref former);
        LexiconEntry? country = null;
        string? cityCountry = null;
        Actor? organization = null;
        if (s.MatchAt(j) is { } countryMatch && (countryMatch.Find(EntryKind.CountryAdjective) ?? countryMatch.Find(EntryKind.CountryName)) is { } c
            && !countryMatch.Has(EntryKind.Person))
        {
            country = c;
            j = countryMatch.End;
            if (s.IsClitic(j))
            {
                j++;
            }
        }
        else if (s.MatchAt(j) is { Count: 1 } cityMatch && !cityMatch.Has(EntryKind.CountryName) && cityMatch.CountryOfPlace() is { } cityOf
            && s.MatchAt(cityMatch.End)?.Find(EntryKind.Agent) is not null)
        {
            // "a Geneva magistrate", "Moscow police", "Paris prosecutors": a city before a title gives its people's country.
            cityCountry = cityOf;
            j = cityMatch.End;
        }
        else if (s.MatchAt(j) is { } organizationMatch && organizationMatch.Find(EntryKind.Organization) is { Organization.Country: null } o
            && !organizationMatch.Has(EntryKind.Person))
        {
            // "U.N. envoy Lakhdar Brahimi", "the IAEA's inspectors", "NATO peacekeepers": an international body's people act for it.
            organization = ActorResolver.ForOrganization(o.Organization!);
            j = organizationMatch.End;
            if (s.IsClitic(j))
            {
                j++;
            }
        }

        AgentEntryView title = default;
        var titleStart = j;
        var gender = '\0';
        while (j < s.End)
        {
            j = SkipModifiers(j, ref former);
            if (s.MatchAt(j) is { } m && m.Find(EntryKind.Agent) is { } agent)
            {
                title = title.With(agent.Agent!);
                j = m.End;
            }
            else if (s.MatchAt(j) is { } h && h.Find(EntryKind.Honorific) is { } honorific)
            {
                title = title with { Found = true, Honorific = true };
                gender = honorific.Gender;
                j = h.End;
            }
            else
            {
                break;
            }
        }

        if (!title.Found)
        {
            return -1;
        }

        if (OppositionPostBefore(start, j))
        {
            // "shadow chancellor", "Shadow defence secretary": the opposition's spokesman for the post, no office of the state.
            title = title with { Role = "OPP", Office = null };
        }

        var head = ParseName(j, out var person);
        if (head > j)
        {
            if (possessor >= 0)
            {
                output.Add(PronounParser.Candidate(s, possessor, s.MatchAt(possessor)!.Find(EntryKind.Pronoun)!.Pronoun!));
            }

            var nameCountry = country?.Country?.Code ?? cityCountry;
            var end = head;
            if (nameCountry is null && s.Is("of", head) && s.MatchAt(head + 1) is { } ofMatch && !ofMatch.Has(EntryKind.Person)
                && ofMatch.Find(EntryKind.CountryName) is { } ofName)
            {
                // "King Hassan of Morocco", "President Lula of Brazil": the country follows the name.
                nameCountry = ofName.Country!.Code;
                end = ofMatch.End;
            }

            output.Add(NameCandidate(start, j, head, end, person, nameCountry, title, gender, former) is var named && OrganizationOf(title, organization, country, titleStart) is { } employer
                && named.Actor is not { Country: null } ? named with { Actor = employer, Country = null } : named);
            return end;
        }

        if (title.Honorific || title.Role is null && title.Organization is null)
        {
            return -1;
        }

        if (OrganizationOf(title, organization, country, titleStart) is { } body)
        {
            // "the U.N. envoy for Western Sahara", "peacekeepers", "aid workers": the body acts, and the country an envoy is sent to is no party.
            j = AfterEnvoysCountry(j, title);
            output.Add(RoleCandidate(start, j, null, null, title, former, definite, indefinite, null) with { Actor = body, Role = body.Role });
            return j;
        }

        string? ofCountry = null;
        string? forCountry = null;
        if (s.Is("of", j) && s.MatchAt(j + 1)?.Find(EntryKind.CountryName) is { } of)
        {
            ofCountry = of.Country!.Code;
            j = s.MatchAt(j + 1)!.End;
            if (s.IsClitic(j) && s.MatchAt(j + 1) is { } part && part.Find(EntryKind.Agent) is { } partAgent && !part.Has(EntryKind.Person))
            {
                // "the leader of Zimbabwe's opposition party": the part of the country named after it gives the title its role; the
                // title is no office of the state's (its leader is the head of state, not the opposition's), and names as many as before.
                title = title.With(partAgent.Agent!) with { Office = partAgent.Agent!.Office, Plural = title.Plural };
                j = part.End;
            }
            else if (s.IsClitic(j) && OwnBodyAfter(j + 1, ofCountry) is var (headed, headedEnd) && headed is not null)
            {
                // "the leader of Zimbabwe's opposition Movement for Democratic Change": a body of the country named after it is the
                // one the title heads, and gives it its role.
                return AddBodysPerson(start, headedEnd, headed, output);
            }
        }
        else if (s.Is("for", j) && s.MatchAt(j + 1)?.Find(EntryKind.CountryName) is { } about && title.Office is "envoy")
        {
            forCountry = about.Country!.Code;
            j = s.MatchAt(j + 1)!.End;
        }
        else if (country is null && s.Is("based", j) && s.Is("location-before", j + 1) && s.MatchAt(j + 2) is { } seat && seat.CountryOfPlace() is { } seatCountry)
        {
            // "a terror group based in Trinidad", "rebels based in Goma": a group belongs where it is based.
            ofCountry = seatCountry;
            j = seat.End;
        }
        else if (country is null && title.Word?.EndsWith("ministry", StringComparison.OrdinalIgnoreCase) == true && s.Word(j) is "in"
            && s.MatchAt(j + 1) is { } ministrySeat && ministrySeat.CountryOfPlace() is { } ministryCountry)
        {
            // "the Foreign Ministry in Havana": a ministry is its seat's country's.
            ofCountry = ministryCountry;
            j = ministrySeat.End;
        }

        var code = country?.Country?.Code ?? cityCountry ?? ofCountry;
        if (code is null && possessor < 0 && !(definite && IsPost(title) && !title.Plural && !former && !OpensBodyOfTitle(j)))
        {
            // Only "the president", "the interior minister" (a definite, singular post) stand without a country: coreference finds
            // the holder, or the story's country is theirs.
            return -1;
        }

        Model.Span? possessorSpan = null;
        if (possessor >= 0)
        {
            possessorSpan = s.SpanOf(possessor, possessor + 1);
            output.Add(PronounParser.Candidate(s, possessor, s.MatchAt(possessor)!.Find(EntryKind.Pronoun)!.Pronoun!));
        }

        output.Add(RoleCandidate(start, j, code, forCountry, title, former, definite, indefinite, possessorSpan));
        return j;
    }

    /// <summary>Whether a word of the opposition's front bench ("shadow", <c>entities/words.tsv</c>) stands among the words of a title.</summary>
    private bool OppositionPostBefore(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (s.Is("opposition-post", k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title that names one post of a state: an office ("president"), or a minister of any portfolio.</summary>
    private static bool IsPost(AgentEntryView title) =>
        title.Office is not null || title.Role == "GOV" && title.Word?.EndsWith("minister", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>
    /// Whether the "of" at <paramref name="j"/> names what the title heads ("the president of the company", "the leader of Hamas");
    /// "accused the president of fraud" goes on with the verb's "of" and a bare lower-case word.
    /// </summary>
    private bool OpensBodyOfTitle(int j) => s.Is("of", j) && !(s.IsLowercaseWord(j + 1) && s.MatchAt(j + 1) is null && !s.Is("determiner-definite", j + 1) && !s.Is("determiner-indefinite", j + 1));

    /// <summary>The most lower-case words ("opposition", "ruling", "main") before a body's name in a title's phrase ("leader of the opposition MDC").</summary>
    internal const int MaxBodyModifiers = 2;

    /// <summary>
    /// "opposition Movement for Democratic Change", "ruling African National Congress": the actor of a body of <paramref name="country"/>
    /// named at <paramref name="j"/> after at most two lower-case words, and the token after it; (null, j) when none is.
    /// </summary>
    private (Actor? Body, int End) OwnBodyAfter(int j, string country)
    {
        for (var k = j; k <= j + MaxBodyModifiers && k < s.End; k++)
        {
            if (s.MatchAt(k) is { } match)
            {
                return match.Find(EntryKind.Organization) is { Organization: { Country: { } home } organization } && home == country
                    ? (ActorResolver.ForOrganization(organization), match.End)
                    : (null, j);
            }

            if (!s.IsLowercaseWord(k))
            {
                break;
            }
        }

        return (null, j);
    }

    /// <summary>A person named by a title of a body ("the leader of Zimbabwe's opposition MDC"): one of its people, who acts for it.</summary>
    private int AddBodysPerson(int start, int end, Actor body, List<MentionCandidate> output)
    {
        output.Add(new MentionCandidate(s.SpanOf(start, end), MentionType.Person, MentionForm.Nominal, s.Sentence.Index)
        {
            Head = s.SpanOf(start, end), Actor = body, Country = body.Country, Role = body.Role, InQuote = s.InQuote[start],
        });
        return end;
    }

    /// <summary>
    /// The actor a title of an organization's people stands for: the organization named before it ("UNSCOM chief"), else the
    /// organization code of the title itself ("peacekeepers", CAMEO IGOPKO whatever their nationality), else, for aid workers
    /// whom no country modifies, the CAMEO code NGO; these two name no organization, so the actor has no name. Null for a title
    /// of a state's people.
    /// </summary>
    private Actor? OrganizationOf(AgentEntryView title, Actor? organization, LexiconEntry? country, int titleStart) =>
        organization ?? (title.Organization is { } code ? new Actor(code, null, null, null)
            : country is null && title.Role == NonGovernmental && NamesAidBody(titleStart) ? new Actor(NonGovernmental, null, null, null)
            : null);

    /// <summary>
    /// Whether the title at <paramref name="titleStart"/> is a compound ("aid workers", "relief agencies", "humanitarian groups")
    /// or the abbreviation NGO: a lone common noun ("charities") is as often a domestic body as an international one.
    /// </summary>
    private bool NamesAidBody(int titleStart) =>
        s.MatchAt(titleStart) is { } m && (m.Count > 1 || s.Word(titleStart) is [>= 'A' and <= 'Z', >= 'A' and <= 'Z', ..]);

    /// <summary>"envoy for Syria", "special rapporteur on Myanmar", "envoy to the Middle East peace talks": the token after the country an envoy deals with.</summary>
    private int AfterEnvoysCountry(int j, AgentEntryView title) =>
        title.Office is "envoy" && (s.Is("for", j) || s.Word(j) is "on" or "to") && s.MatchAt(j + 1) is { } about && about.Find(EntryKind.CountryName) is not null
            ? about.End
            : j;

    private int SkipModifiers(int j, ref bool former)
    {
        while (s.MatchAt(j) is null && (s.Is("title-modifier", j) || s.Is("former", j)))
        {
            former |= s.Is("former", j);
            j++;
        }

        return j;
    }

    /// <summary>The end of a person's name at <paramref name="j"/> (a known person or an unknown capitalized name), or <paramref name="j"/>.</summary>
    private int ParseName(int j, out LexiconEntry? person)
    {
        person = s.MatchAt(j) is { } match ? resolver.PersonIn(match) : null;
        if (person is not null)
        {
            return s.MatchAt(j)!.End;
        }

        var end = j;
        while (s.IsUnknownCapitalized(end))
        {
            end++;
        }

        // "Tory leader Michael Howard": a known person's surname after a first name none of its bearers has is a namesake's;
        // "President Juan Manuel Santos": a city's one-word name after a titled person's unknown first names is the surname.
        return end > j && s.MatchAt(end) is { } surname && surname.First == end
            && (ActorResolver.IsNamesake(s.Word(end - 1), surname) || surname.Count == 1 && surname.IsOnly(EntryKind.Place))
            ? end + 1 : end;
    }

    private MentionCandidate NameCandidate(int start, int nameStart, int nameEnd, int end, LexiconEntry? person, string? country, AgentEntryView title, char gender, bool former)
    {
        var actor = person?.Person is { } p ? resolver.ForPerson(p, former)
            // "England captain Martin Johnson": an unlisted person's actor keeps the title word it comes from, which sport copy reads otherwise.
            : country is not null && title.Role is not null ? resolver.ForCountry(country, former ? "ELI" : title.Role) with { Title = title.Word }
            : null;
        return new MentionCandidate(s.SpanOf(start, end), MentionType.Person, MentionForm.Name, s.Sentence.Index)
        {
            Head = s.SpanOf(nameStart, nameEnd),
            PersonId = person?.Person?.Id,
            Actor = actor,
            Country = country ?? actor?.Country,
            Role = title.Role,
            Office = title.Office,
            Gender = person?.Person is { Gender: not '\0' } known ? known.Gender : gender,
            Former = former,
            InQuote = s.InQuote[start],
        };
    }

    private MentionCandidate RoleCandidate(int start, int end, string? country, string? forCountry, AgentEntryView title, bool former, bool definite, bool indefinite, Model.Span? possessor)
    {
        var holder = country is not null && title.Office is { } office && !title.Plural && !indefinite && !former
            ? resolver.OfficeHolder(country, office, forCountry)
            : null;
        var actor = holder is not null ? resolver.ForPerson(holder)
            : country is not null ? resolver.ForCountry(country, former ? "ELI" : title.Role)
            : null;
        return new MentionCandidate(s.SpanOf(start, end), title.Plural ? MentionType.Group : MentionType.Person, MentionForm.Nominal, s.Sentence.Index)
        {
            Head = s.SpanOf(start, end),
            PersonId = holder?.Id,
            Actor = actor,
            Country = country,
            Role = title.Role,
            Office = title.Office,
            ForCountry = forCountry,
            Plural = title.Plural,
            Gender = holder?.Gender ?? '\0',
            Former = former,
            Indefinite = indefinite || (!definite && title.Plural),
            Possessor = possessor,
            InQuote = s.InQuote[start],
        };
    }
}
