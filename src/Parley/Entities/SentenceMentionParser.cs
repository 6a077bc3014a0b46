namespace Parley.Entities;

/// <summary>
/// Reads one sentence's mentions left to right: titled phrases first (they contain names and
/// countries), then what each dictionary phrase names, descriptions ("the repressive nation"),
/// and capitalized names no dictionary knows, typed by the words around them.
/// </summary>
internal sealed class SentenceMentionParser(SentenceTokens s, ActorResolver resolver)
{
    private readonly UnknownNameParser unknownNames = new(s, resolver);

    private readonly WaterNameParser waterNames = new(s);

    /// <summary>
    /// A one-word place name at the start of a sentence is often an ordinary word ("Police said",
    /// "Split"): it counts only for a capital or a city of at least this many people.
    /// </summary>
    private const long SentenceInitialPlaceMinPopulation = 1_000_000;

    /// <summary>Descriptions such as "the repressive nation" take at most this many modifiers.</summary>
    private const int MaxNominalModifiers = 2;

    public List<MentionCandidate> Parse()
    {
        var output = new List<MentionCandidate>();
        var titled = new TitledPhraseParser(s, resolver);
        var i = s.First;
        while (i < s.End)
        {
            var next = titled.TryParse(i, output);
            if (next < 0)
            {
                next = ParseOne(i, output);
            }

            i = Math.Max(next, i + 1);
        }

        TakeActorsFromAppositions(output);
        MarkSubjects(output);
        return output;
    }

    /// <summary>
    /// "Salaheddine Sidhoum, Algeria's leading human rights activist, staged …", "Ana Ruiz, a
    /// Peruvian lawyer, said …": a name no file knows takes the actor of the singular role phrase
    /// that stands beside it between commas.
    /// </summary>
    private void TakeActorsFromAppositions(List<MentionCandidate> output)
    {
        for (var k = 0; k + 1 < output.Count; k++)
        {
            var (name, role) = (output[k], output[k + 1]);
            if (name.Form != MentionForm.Name || name.Actor is not null || name.Type is not (MentionType.Person or MentionType.Other) || role.Actor is null)
            {
                continue;
            }

            var comma = TokenAt(name.Span.End - 1) + 1;
            if (k + 2 < output.Count && TitlesNextName(role, output[k + 2]))
            {
                // "At the funeral of Yasser Hamdan, the Hamas leader, Ismail Haniyeh, vowed": the title names the name after it.
                continue;
            }

            if (role.Type == MentionType.Organization && s.Word(comma) is "," && IsTitleOfBody(comma + 1, role))
            {
                // "Ahmed Yusuf, the Hamas leader,", "Ana Ruiz, leader of the opposition MDC,": one of the body's people, who acts for it.
                output[k] = name with { Type = MentionType.Person, Actor = role.Actor, Country = role.Country, Role = role.Role };
                continue;
            }

            if (role.Form != MentionForm.Nominal || role.Plural || role.Type != MentionType.Person)
            {
                continue;
            }

            var after = RestOfName(TokenAt(role.Span.End - 1) + 1);
            if (s.Word(comma) is "," && TokenAt(role.Span.Start) == comma + 1 && (after >= s.End || s.Word(after) is "," or "." or ";"))
            {
                output[k] = name with { Type = MentionType.Person, Actor = role.Actor, Country = role.Country, Role = role.Role, Office = role.Office };
            }
        }
    }

    /// <summary>The most words of a title after the mention that names its body ("the Hamas [military commander],").</summary>
    private const int MaxTitleWordsAfterBody = 3;

    /// <summary>Whether a name follows the title <paramref name="role"/> after a comma ("the Hamas leader, Ismail Haniyeh"): the title is that name's.</summary>
    private bool TitlesNextName(MentionCandidate role, MentionCandidate next)
    {
        var before = TokenAt(next.Span.Start) - 1;
        var roleEnd = TokenAt(role.Span.End - 1) + 1;
        return next.Form == MentionForm.Name && next.Type is MentionType.Person or MentionType.Other
            && s.Word(before) is "," && before >= roleEnd && before - roleEnd <= MaxTitleWordsAfterBody;
    }

    /// <summary>The most lower-case words that name a title's field before it ("the U.N. emergency relief coordinator").</summary>
    private const int MaxTitleFieldWords = 2;

    /// <summary>
    /// Whether the apposition from token <paramref name="from"/> names one person by a title of the body <paramref name="body"/> and
    /// ends with the sentence or a comma: "the Hamas leader," (the body, then a singular title) or "leader of the opposition MDC,"
    /// (a singular title, "of" or "for", then the body).
    /// </summary>
    private bool IsTitleOfBody(int from, MentionCandidate body)
    {
        var (first, end) = (TokenAt(body.Span.Start), TokenAt(body.Span.End - 1) + 1);
        bool Closes(int i) => i >= s.End || s.Word(i) is "," or "." or ";";
        if (first == from || first == from + 1 && s.Is("determiner-definite", from))
        {
            return SingularTitleEnd(end) is var titleEnd && titleEnd > end && Closes(titleEnd);
        }

        var j = s.Is("determiner-definite", from) || s.Is("determiner-indefinite", from) ? from + 1 : from;
        if (SingularTitleEnd(j) is var afterTitle && afterTitle == j || s.Word(afterTitle) is not ("of" or "for"))
        {
            return false;
        }

        j = afterTitle + 1 + (s.Is("determiner-definite", afterTitle + 1) ? 1 : 0);
        for (var modifiers = 0; j < first && modifiers < TitledPhraseParser.MaxBodyModifiers && s.IsLowercaseWord(j) && (s.MatchAt(j) is not { } word || word.IsOnly(EntryKind.Agent)); modifiers++)
        {
            j = s.MatchAt(j)?.End ?? j + 1;
        }

        return j == first && Closes(end);
    }

    /// <summary>
    /// The token after a singular title at <paramref name="i"/> ("leader", "senior commander", "emergency relief coordinator": at most
    /// two lower-case words no file knows may name its field), or <paramref name="i"/> when none stands there.
    /// </summary>
    private int SingularTitleEnd(int i)
    {
        var j = i;
        while (s.MatchAt(j) is null && s.Is("title-modifier", j))
        {
            j++;
        }

        for (var field = 0; field < MaxTitleFieldWords && s.MatchAt(j) is null && s.IsLowercaseWord(j); field++)
        {
            j++;
        }

        return s.MatchAt(j) is { } title && title.Find(EntryKind.Agent) is { Agent: { IsPlural: false } } ? title.End : i;
    }

    /// <summary>The longest rest of an organization's name a role phrase may end in, in words ("for Democratic Change").</summary>
    private const int MaxNameRest = 6;

    /// <summary>
    /// "the leader of Zimbabwe's opposition Movement for Democratic Change,", "the head of Kenya's opposition Orange Party,": the
    /// token after the name of the body a role phrase may end in, from <paramref name="after"/> (itself when no name follows).
    /// </summary>
    private int RestOfName(int after)
    {
        var end = after;
        while (end < s.End && end - after < MaxNameRest && (IsCapitalizedWord(end) || s.Is("name-joiner", end) && IsCapitalizedWord(end + 1)))
        {
            end++;
        }

        return end;
    }

    private bool IsCapitalizedWord(int token) => token < s.End && s.Tokens[token].Kind == Text.TokenKind.Word && char.IsUpper(s.Word(token)[0]);

    private int ParseOne(int i, List<MentionCandidate> output)
    {
        if (waterNames.TryParse(i, output) is var waterEnd and >= 0)
        {
            return waterEnd;
        }

        if (s.MatchAt(i) is { } outlet && IsOutletOpeningName(outlet))
        {
            // "The National Audit Office", "The National Committee for Missing Persons": a longer name no file knows, not the paper.
            return i + 1;
        }

        if (s.MatchAt(i) is { } match && !(unknownNames.IsNamePart(i) && (unknownNames.IsNamePart(match.End) || (s.Is("name-joiner", match.End) && s.IsUnknownCapitalized(match.End + 1))))
            && !unknownNames.IsNamesakeOpeningName(i))
        {
            if (Candidate(match) is { } candidate)
            {
                if (candidate.Type == MentionType.Group && match.Has(EntryKind.Demonym) && ResidenceAfter(match) is var (home, homeEnd))
                {
                    output.Add(candidate with { Span = s.SpanOf(match.First, homeEnd), Actor = resolver.ForCountry(home), Country = home });
                    return homeEnd;
                }

                output.Add(candidate);
            }

            return match.End;
        }

        if (s.Is("determiner-definite", i) && s.MatchAt(i + 1) is { } named && (named.Has(EntryKind.Organization) || named.Has(EntryKind.CountryName))
            && Candidate(named) is { Type: MentionType.Organization or MentionType.Country } withArticle)
        {
            // "the State Department", "the United States": names take an optional article.
            output.Add(withArticle with { Span = s.SpanOf(i, named.End) });
            return named.End;
        }

        if (s.Is("determiner-definite", i) && DescriptionEnd(i) is var end && end > i)
        {
            output.Add(Description(i, end));
            return end;
        }

        if (unknownNames.TryParse(i, output) is var runEnd and >= 0)
        {
            return runEnd;
        }

        return i + 1;
    }

    /// <summary>A news outlet's name that an unknown capitalized word continues: the start of another organization's name.</summary>
    private bool IsOutletOpeningName(LexiconMatch m) =>
        m.IsOnly(EntryKind.Organization) && m.Entries[0].Organization is { IsMedia: true } && s.IsUnknownCapitalized(m.End);

    /// <summary>Whether a country's abbreviation is written against a currency sign right after it ("US$", "HK$", "A$").</summary>
    private bool IsCurrencyPrefix(LexiconMatch m) =>
        m.End < s.End && s.Tokens[m.End].Kind == Text.TokenKind.Symbol && s.Tokens[m.End].Start == s.Tokens[m.End - 1].End;

    private MentionCandidate? Candidate(LexiconMatch m)
    {
        var span = s.SpanOf(m.First, m.End);
        var index = s.Sentence.Index;
        var afterPlacePreposition = s.Is("location-before", m.First - 1) && !IsEnvoysCapital(s, m.First) || s.Sentence.Kind == Text.SentenceKind.Dateline
            || s.Is("of", m.First - 1) && (s.Is("place-part", m.First - 2) || s.Is("compass-point", m.First - 2)) && !s.IsClitic(m.End);
        // "Afghanistan's Wardak province": a name a settlement noun follows is the place, not the person it may also name.
        if (resolver.PersonIn(m) is { } person && !s.Is("settlement-noun", m.End))
        {
            if (m.End == m.First + 1 && resolver.IsLongBeforeAnyOffice(person.Person!) && !s.Text.Contains(person.Person!.Name, StringComparison.Ordinal))
            {
                // "Conte" in a 2005 story: years before a politician's first office, a surname alone that the story never gives
                // in his full name is someone else's (a 2005 doping story's Victor Conte is not Italy's later prime minister).
                return null;
            }

            return new MentionCandidate(span, MentionType.Person, MentionForm.Name, index)
            {
                Head = span, PersonId = person.Person!.Id, Actor = resolver.ForPerson(person.Person), Gender = person.Person.Gender,
                Country = person.Person.Country, InQuote = s.InQuote[m.First],
            };
        }

        // "the southern Jordanian town of Maan": a name after a noun of a named place and "of" is a place, not the outlet or party it
        // may also name; "parts of Hezbollah's stronghold" still name Hezbollah.
        if (m.Find(EntryKind.Organization) is { } organization && !(s.Is("of", m.First - 1) && s.Is("settlement-noun", m.First - 2) && !s.IsClitic(m.End))
            && !EndsOtherName(m))
        {
            var actor = ActorResolver.ForOrganization(organization.Organization!);
            return new MentionCandidate(span, MentionType.Organization, MentionForm.Name, index)
            {
                Head = span, Actor = actor, Country = actor.Country, Gender = 'n', InQuote = s.InQuote[m.First],
            };
        }

        if (m.Find(EntryKind.CountryName) is { } country)
        {
            if (IsCurrencyPrefix(m))
            {
                return null; // "US$3.3 million", "HK$50": a currency's mark, not the country
            }

            return CountryCandidate(span, MentionType.Country, country.Country!.Code, null, m.First);
        }

        if ((m.Find(EntryKind.GovernmentMetonym) ?? m.Find(EntryKind.MilitaryMetonym)) is { } metonym)
        {
            var role = metonym.Kind == EntryKind.GovernmentMetonym ? "GOV" : "MIL";
            if (afterPlacePreposition && m.Find(EntryKind.Place) is { Place: { } city })
            {
                // "talks in Pyongyang": the city as a place, not the government acting.
                return new MentionCandidate(span, MentionType.Location, MentionForm.Name, index)
                {
                    Head = span, PlaceName = city.Name, Country = city.Country, Gender = 'n', InQuote = s.InQuote[m.First],
                };
            }

            var type = afterPlacePreposition ? MentionType.Location : MentionType.Organization;
            return CountryCandidate(span, type, metonym.Country!.Code, role, m.First) with { PlaceName = metonym.Surface };
        }

        if (m.Find(EntryKind.Demonym) is { } demonym && !(m.Has(EntryKind.CountryAdjective) && s.IsLowercaseWord(m.End)) && !IsNativePeople(m))
        {
            return CountryCandidate(span, MentionType.Group, demonym.Country!.Code, null, m.First) with { Plural = true, Gender = '*' };
        }

        if (m.Find(EntryKind.Place) is { Place: { } place } && (!s.StartsSentence(m.First) || m.Count > 1 || place.IsCapital || place.Population >= SentenceInitialPlaceMinPopulation))
        {
            return new MentionCandidate(span, MentionType.Location, MentionForm.Name, index)
            {
                Head = span, PlaceName = place.Name, Country = place.Country, Gender = 'n', InQuote = s.InQuote[m.First],
            };
        }

        if (m.Find(EntryKind.Nominal) is { Nominal: { } nominal })
        {
            return new MentionCandidate(span, nominal.Refers == NominalReference.Government ? MentionType.Organization : MentionType.Country, MentionForm.Nominal, index)
            {
                Head = span, Nominal = nominal, Country = nominal.Country, Gender = 'n', InQuote = s.InQuote[m.First],
            };
        }

        if (m.Find(EntryKind.Pronoun) is { Pronoun: { } pronoun })
        {
            // "It could take Kim two days": a placeholder subject names no one.
            return pronoun.Word == "it" && PronounParser.IsPlaceholderIt(s, m.First) ? null : PronounParser.Candidate(s, m.First, pronoun);
        }

        return null;
    }

    /// <summary>
    /// "the Nigeria Labour Congress", "the Ghana Trades Union Congress": a one-word organization name ("Congress") after an unknown
    /// capitalized word ends another organization's name, as a capital after one ends a club's ("Atletico Madrid").
    /// </summary>
    private bool EndsOtherName(LexiconMatch m) =>
        m.End == m.First + 1 && m.First > s.First && s.IsUnknownCapitalized(m.First - 1) && !s.StartsSentence(m.First - 1);

    /// <summary>"45 Tzotzil Indians", "Yanomami Indians": "Indians" after a people's own unknown name are natives of the Americas, not Indians of India.</summary>
    private bool IsNativePeople(LexiconMatch m) =>
        m.First > s.First && s.IsUnknownCapitalized(m.First - 1) && !s.StartsSentence(m.First - 1)
        && s.Word(m.First).StartsWith("Indian", StringComparison.Ordinal);

    /// <summary>
    /// "its ambassador to Belgrade", "an envoy from Moscow", "a plea to Tehran": a capital after a diplomat's or a message's "to" or
    /// "from" is the government, not a place.
    /// </summary>
    private static bool IsEnvoysCapital(SentenceTokens s, int name) =>
        s.Word(name - 1) is "to" or "from" && (s.Is("envoy-noun", name - 2) || s.Is("address-noun", name - 2));

    /// <summary>
    /// "the Albanians of southern Serbia", "ethnic Serbs in Croatia": a people named with the country
    /// it lives in takes that country's code (CAMEO manual 1.1b3, 10.0.4: HRVSER). "In" counts only
    /// after "ethnic": "Americans in Iraq" are still Americans. Returns the country and the token after it.
    /// </summary>
    private (string Code, int End)? ResidenceAfter(LexiconMatch people)
    {
        var j = people.End;
        var ethnic = s.Word(people.First - 1).Equals("ethnic", StringComparison.OrdinalIgnoreCase);
        if (!s.Is("of", j) && !(ethnic && s.Word(j) is "in"))
        {
            return null;
        }

        j++;
        j += s.MatchAt(j) is null && s.Is("determiner-definite", j) ? 1 : 0;
        j += s.MatchAt(j) is null && s.Is("compass", j) ? 1 : 0;
        return s.MatchAt(j) is { } place && place.CountryOfPlace() is { } code ? (code, place.End) : null;
    }

    private MentionCandidate CountryCandidate(Model.Span span, MentionType type, string code, string? role, int token) =>
        new(span, type, MentionForm.Name, s.Sentence.Index)
        {
            Head = span, Actor = resolver.ForCountry(code, role), Country = code, Role = role, Gender = 'n', InQuote = s.InQuote[token],
        };

    /// <summary>The end of "the [modifier]{0,2} nation|country|regime…" at <paramref name="the"/>, or <paramref name="the"/>.</summary>
    private int DescriptionEnd(int the)
    {
        for (var j = the + 1; j <= the + 1 + MaxNominalModifiers && j < s.End; j++)
        {
            // "the military government", "the ruling military regime": a word of a state's own role may modify the head as any
            // adjective does; "the rebel government" is another body than the state's.
            if (!s.IsLowercaseWord(j) || s.MatchAt(j) is { } match && !(match.IsOnly(EntryKind.Agent) && match.Count == 1 && Actor.IsStateRole(match.Entries[0].Agent?.Role)))
            {
                return the;
            }

            if (s.Is("nominal-head", j))
            {
                return s.Is("of", j + 1) ? the : j + 1;
            }
        }

        return the;
    }

    private MentionCandidate Description(int start, int end)
    {
        var head = s.Word(end - 1);
        var government = head is "regime" or "government" or "administration";
        var nominal = new NominalEntry(head.ToString(), government ? NominalReference.Government : NominalReference.Country, null, [], null);
        var span = s.SpanOf(start, end);
        return new MentionCandidate(span, government ? MentionType.Organization : MentionType.Country, MentionForm.Nominal, s.Sentence.Index)
        {
            Head = span, Nominal = nominal, Gender = 'n', InQuote = s.InQuote[start],
        };
    }

    /// <summary>
    /// Marks a sentence's subject: the first mention outside quotations that no preposition
    /// introduces, and any mention next to a speech verb ("Trump said", "said Trump").
    /// </summary>
    private void MarkSubjects(List<MentionCandidate> output)
    {
        var subjectFound = false;
        for (var k = 0; k < output.Count; k++)
        {
            var c = output[k];
            var first = TokenAt(c.Span.Start);
            var last = TokenAt(c.Span.End - 1);
            var subject = s.Is("person-after", last + 1) || s.Is("person-after", first - 1);
            if (!subjectFound && !c.InQuote && !s.Is("preposition", first - 1) && !c.Possessive)
            {
                subject = true;
                subjectFound = true;
            }

            if (subject)
            {
                output[k] = c with { IsSubject = true };
            }
        }
    }

    private int TokenAt(int offset)
    {
        var lo = s.First;
        var hi = s.End - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (s.Tokens[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
