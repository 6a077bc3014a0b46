using Parley.Entities;

namespace Parley.Tests.Entities;

/// <summary>Small invented texts for the hard cases: namesakes, pronouns, roles that change, descriptions.</summary>
public sealed class InventedActorTests
{
    private static readonly DateOnly Spring2019 = new(2019, 4, 11);

    /// <summary>The actor code of the one mention of <paramref name="phrase"/> in <paramref name="text"/>.</summary>
    private static string? CodeOf(string text, string phrase, DateOnly published) =>
        EntityTestDocuments.Analyze(text, published).Named(phrase).Single().Actor?.Code;

    [Fact]
    public void A_bare_surname_goes_to_the_first_introduced_bearer_not_to_a_namesake()
    {
        var doc = EntityTestDocuments.Analyze(
            "Kim Jong Un inspected a missile base on Monday. His sister Kim Yo Jong issued a statement. Kim said the tests would go on.", Spring2019);
        var kim = doc.Named("Kim Jong Un").Single().Entity;
        Assert.NotEqual(kim, doc.Named("Kim Yo Jong").Single().Entity);
        Assert.Equal(kim, doc.Named("Kim").Single().Entity);
    }

    [Fact]
    public void A_pronoun_prefers_the_subject_to_the_nearest_name()
    {
        var doc = EntityTestDocuments.Analyze("Moon Jae-in met Donald Trump in Washington on Thursday. He told reporters the talks went well.", Spring2019);
        Assert.Equal(doc.Named("Moon Jae-in").Single().Entity, doc.Named("He").Single().Entity);
    }

    [Fact]
    public void A_pronoun_agrees_in_gender()
    {
        var doc = EntityTestDocuments.Analyze("Vladimir Putin received Theresa May in Moscow. She urged him to withdraw.", new DateOnly(2018, 1, 10));
        Assert.Equal(doc.Named("Theresa May").Single().Entity, doc.Named("She").Single().Entity);
        Assert.Equal(doc.Named("Vladimir Putin").Single().Entity, doc.Named("him").Single().Entity);
    }

    [Theory]
    [InlineData("2019-06-01", "USAGOV")]
    [InlineData("2022-06-01", "USAELI")]
    [InlineData("2025-06-01", "USAGOV")]
    public void The_same_name_codes_by_the_role_held_on_the_documents_date(string date, string code)
    {
        var doc = EntityTestDocuments.Analyze("Donald Trump spoke in Iowa.", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(code, doc.Named("Donald Trump").Single().Actor?.Code);
    }

    [Theory]
    [InlineData("2004-06-01", "John Paul II")]
    [InlineData("2010-06-01", "Benedict XVI")]
    [InlineData("2019-06-01", "Pope Francis")]
    public void The_pope_named_by_title_alone_is_the_pope_of_the_documents_date(string date, string name)
    {
        var pope = EntityTestDocuments.Analyze("The Pope appealed for calm.", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Named("Pope").Single();
        Assert.Equal(("VATGOV", name), (pope.Actor?.Code, pope.Actor?.Name));
    }

    [Fact]
    public void A_city_after_a_titled_persons_unknown_first_names_is_the_surname()
    {
        var doc = EntityTestDocuments.Analyze("Brazilian Foreign Minister Ana Maria Santos arrived in Lisbon.", Spring2019);
        Assert.DoesNotContain(doc.Mentions(), m => m.Type == MentionType.Location && m.Span.Slice(doc.Text) == "Santos");
        Assert.Contains(doc.Mentions(), m => m.Type == MentionType.Person && m.Span.Slice(doc.Text).EndsWith("Ana Maria Santos", StringComparison.Ordinal) && m.Actor?.Country == "BRA");
    }

    [Fact]
    public void A_person_whose_office_changed_gets_the_office_of_the_date()
    {
        Assert.Equal("USASPY", CodeOf("Mike Pompeo spoke.", "Mike Pompeo", new DateOnly(2017, 6, 1)));
        Assert.Equal("USAGOV", CodeOf("Mike Pompeo spoke.", "Mike Pompeo", new DateOnly(2019, 6, 1)));
    }

    [Fact]
    public void Without_a_date_a_person_whose_roles_differ_is_coded_with_low_confidence()
    {
        var pompeo = EntityTestDocuments.Analyze("Mike Pompeo spoke.", null).Named("Mike Pompeo").Single().Actor!;
        Assert.True(pompeo.Confidence < 1.0);
        var trump = EntityTestDocuments.Analyze("Donald Trump spoke.", null).Named("Donald Trump").Single().Actor!;
        Assert.Equal(("USAGOV", 1.0), (trump.Code, trump.Confidence));
    }

    [Fact]
    public void Former_officials_are_elites() =>
        Assert.Equal("USAELI", CodeOf("Former President Barack Obama spoke.", "Former President Barack Obama", Spring2019));

    [Fact]
    public void A_title_with_a_country_finds_the_office_holder_of_the_date()
    {
        var doc = EntityTestDocuments.Analyze("The talks were welcomed by the president of South Korea.", new DateOnly(2023, 3, 1));
        var mention = doc.Named("the president of South Korea").Single();
        Assert.Equal(("KORGOV", "Yoon Suk Yeol"), (mention.Actor?.Code, mention.Actor?.Name));
    }

    [Fact]
    public void A_bare_office_goes_to_the_salient_holder_of_that_office()
    {
        var doc = EntityTestDocuments.Analyze("Donald Trump met Moon Jae-in at the White House. The president said sanctions would remain.", Spring2019);
        Assert.Equal(("USAGOV", "Donald Trump"), (doc.Named("The president").Single().Actor?.Code, doc.Named("The president").Single().Actor?.Name));
    }

    [Fact]
    public void A_bare_office_with_an_of_phrase_that_is_no_country_is_not_a_head_of_state()
    {
        var doc = EntityTestDocuments.Analyze("Donald Trump spoke on Monday. The president of the company said sales rose.", Spring2019);
        Assert.DoesNotContain(doc.Mentions(), m => m.Span.Slice(doc.Text).StartsWith("The president", StringComparison.Ordinal) && m.Actor is not null);
    }

    [Theory]
    [InlineData("North Korea fired a missile. It is unclear whether talks will go on.", "It")]
    [InlineData("North Korea fired a missile. It is expected that talks will go on.", "It")]
    [InlineData("Kim Jong Un left Pyongyang on Sunday. It could take Kim at least two and a half days to reach Hanoi.", "It")]
    public void A_placeholder_it_refers_to_nothing(string text, string it) =>
        Assert.Empty(EntityTestDocuments.Analyze(text, Spring2019).Named(it));

    [Theory]
    [InlineData("North Korea said it is ready to talk.", "it")]
    [InlineData("Russia sent troops to the border on Monday. It took control of the airport.", "It")]
    [InlineData("Russia criticized the plan. It is expected to veto the resolution.", "It")]
    [InlineData("Russia sent troops on Monday. It took the city in two days.", "It")]
    public void A_referring_it_still_finds_its_country(string text, string it)
    {
        var doc = EntityTestDocuments.Analyze(text, Spring2019);
        Assert.NotNull(doc.Named(it).Single().Actor?.Country);
    }

    [Fact]
    public void A_plural_pronoun_after_two_people_stands_for_no_single_actor()
    {
        var doc = EntityTestDocuments.Analyze("North Korea wants sanctions eased. Donald Trump expects to meet Kim Jong Un again after their summit in Hanoi.", new DateOnly(2019, 2, 20));
        Assert.Null(doc.Named("their").Single().Actor);
    }

    [Theory]
    [InlineData("Officials said Robert Howard criticised the plan.", "Robert Howard")]
    [InlineData("Officials said the London Stock Exchange would reopen.", "London Stock Exchange")]
    [InlineData("Officials in Northern Ireland said the talks would resume.", "Northern Ireland")]
    [InlineData("Officials said The National Audit Office criticised the plan.", "National Audit Office")]
    public void A_longer_name_is_not_the_known_person_or_government_it_starts_or_ends_with(string text, string name) =>
        Assert.Null(EntityTestDocuments.Analyze(text, new DateOnly(2005, 3, 1)).Named(name).Single().Actor);

    [Fact]
    public void A_namesake_named_in_full_after_a_title_keeps_his_surname_later()
    {
        // Kevin Rudd is listed; a Labour councillor Peter Rudd is not, and "Mr Rudd" after him is him.
        var doc = EntityTestDocuments.Analyze("Labour councillor Peter Rudd attacked the budget on Monday. Later Mr Rudd said voters had been misled.", new DateOnly(2010, 3, 1));
        Assert.Null(doc.Named("Mr Rudd").Single().Actor);
        Assert.DoesNotContain(doc.Layers.Get(EntityLayers.Mentions), m => m.Actor?.Country == "AUS");
    }

    [Theory]
    [InlineData("Mr Putin said the talks had gone well.", "Mr Putin", "RUSGOV")]
    [InlineData("Mr. Putin said the talks had gone well.", "Mr. Putin", "RUSGOV")]
    [InlineData("Mrs Merkel said the talks had gone well.", "Mrs Merkel", "DEUGOV")]
    public void A_courtesy_title_with_or_without_a_full_stop_marks_the_known_person(string text, string name, string code) =>
        Assert.Equal(code, CodeOf(text, name, new DateOnly(2007, 3, 1)));

    [Theory]
    [InlineData("The Conservatives attacked the budget in London on Monday. Mr Howard accused the government of lying.", "GBROPP")]
    [InlineData("Australia sent troops to Iraq on Monday. Mr Howard defended the decision.", "AUSGOV")]
    public void A_surname_two_officeholders_of_the_day_share_goes_to_the_one_the_story_is_about(string text, string code)
    {
        // In 2005 John Howard led Australia's government and Michael Howard Britain's opposition.
        var doc = EntityTestDocuments.Analyze(text, new DateOnly(2005, 3, 1));
        Assert.Equal(code, doc.Named("Mr Howard").Single().Actor?.Code);
    }

    [Theory]
    [InlineData("Hamas fired rockets at the Jewish state on Monday.", "the Jewish state", "ISR")]
    [InlineData("China may deploy troops to Hong Kong. Xi could send them onto the former British colony's streets.", "the former British colony", "HKG")]
    [InlineData("Ghana became independent in 1957. The former British colony held elections.", "The former British colony", null)]
    public void An_epithet_of_one_country_stands_for_it(string text, string epithet, string? country) =>
        Assert.Equal(country, EntityTestDocuments.Analyze(text, new DateOnly(2019, 11, 20)).Named(epithet).Single().Actor?.Country);

    [Theory]
    [InlineData("Commission chairman Moussa Faki Mahamat called for a ceasefire.", "Moussa")]
    [InlineData("Novelist Gore Vidal defended the film.", "Gore")]
    [InlineData("Sharon Osbourne gave details of the stolen items.", "Sharon")]
    public void A_known_persons_one_word_name_opening_a_longer_unknown_name_is_not_that_person(string text, string word)
    {
        var doc = EntityTestDocuments.Analyze(text, new DateOnly(2005, 3, 1));
        Assert.Single(doc.Layers.Get(EntityLayers.Mentions), m => text[m.Span.Start..m.Span.End].Contains(word, StringComparison.Ordinal)
            && text[m.Span.Start..m.Span.End].Length > word.Length + 2);
        Assert.DoesNotContain(doc.Layers.Get(EntityLayers.Mentions), m => m.Actor is not null && text[m.Span.Start..m.Span.End].StartsWith(word, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A Geneva magistrate opened an investigation into the former minister.", "A Geneva magistrate", "CHEJUD")]
    [InlineData("Moscow police arrested two men on Monday.", "Moscow police", "RUSCOP")]
    [InlineData("Paris prosecutors charged three men.", "Paris prosecutors", "FRAJUD")]
    public void A_city_before_a_title_gives_its_people_the_citys_country(string text, string phrase, string code) =>
        Assert.Equal(code, CodeOf(text, phrase, new DateOnly(2000, 6, 1)));

    [Theory]
    [InlineData("The CIA briefed senators on Tuesday.", "The CIA", "USASPY")]
    [InlineData("The FBI arrested two men.", "The FBI", "USACOP")]
    [InlineData("The ISI denied the report.", "The ISI", "PAKSPY")]
    [InlineData("Iran's Revolutionary Guard Corps seized a tanker.", "Iran's Revolutionary Guard Corps", "IRNMIL")]
    public void An_intelligence_or_security_service_is_its_countrys(string text, string phrase, string code) =>
        Assert.Equal(code, CodeOf(text, phrase, new DateOnly(2010, 6, 1)));

    [Fact]
    public void A_first_name_the_known_person_has_keeps_him()
    {
        var doc = EntityTestDocuments.Analyze("Chancellor Gerhard Schroeder met Jacques Chirac in Paris.", new DateOnly(2003, 3, 1));
        Assert.Contains(doc.Layers.Get(EntityLayers.Mentions), m => m.Actor?.Code == "DEUGOV");
    }

    [Fact]
    public void They_after_two_people_as_subject_means_the_pair_and_their_act_is_joint()
    {
        var doc = EntityTestDocuments.Analyze("Donald Trump and Kim Jong Un met in Singapore in June. They agreed to work toward denuclearization.", new DateOnly(2019, 2, 20));
        Assert.Null(doc.Named("They").Single().Actor);
        var promise = Assert.Single(doc.Layers.Get(Parley.Events.EventLayers.Events), e => e.CameoRoot == "03");
        Assert.Equal(("USAGOV", "PRKGOV"), (promise.Source.Code, promise.Target?.Code));
    }

    [Fact]
    public void They_after_a_pair_but_a_group_named_first_means_the_group()
    {
        var doc = EntityTestDocuments.Analyze("Donald Trump and Kim Jong Un met in Hanoi. North Korean officials said they would resume talks with Seoul.", new DateOnly(2019, 2, 28));
        Assert.Equal("PRK", doc.Named("they").Single().Actor?.Country);
    }

    [Theory]
    [InlineData("The sanctions date from the end of the Korean War in 1953.", "Korean War", MentionType.Other)]
    [InlineData("Officials said Sunan Airport was closed on Monday.", "Sunan Airport", MentionType.Location)]
    public void A_name_ending_in_an_event_or_place_word_is_no_person(string text, string name, MentionType type) =>
        Assert.Equal(type, EntityTestDocuments.Analyze(text, Spring2019).Named(name).Single().Type);

    [Fact]
    public void Agent_words_give_role_codes()
    {
        var doc = EntityTestDocuments.Analyze("North Korean officials met Chinese military commanders and Syrian rebels.", Spring2019);
        Assert.Equal("PRKGOV", doc.Named("North Korean officials").Single().Actor?.Code);
        Assert.Equal("CHNMIL", doc.Named("Chinese military commanders").Single().Actor?.Code);
        Assert.Equal("SYRREB", doc.Named("Syrian rebels").Single().Actor?.Code);
    }

    [Fact]
    public void The_North_is_North_Korea_only_in_a_story_about_the_Koreas()
    {
        var korea = EntityTestDocuments.Analyze("Seoul offered talks. The North rejected the offer.", Spring2019);
        Assert.Equal("PRK", korea.Named("The North").Single().Actor?.Code);
        var other = EntityTestDocuments.Analyze("Storms hit the coast. The North was spared.", Spring2019);
        Assert.Null(other.Named("The North").SingleOrDefault()?.Actor);
    }

    [Fact]
    public void Acronyms_need_their_capitals()
    {
        var doc = EntityTestDocuments.Analyze("Tell us what the US wants, the WHO official asked who would pay.", Spring2019);
        // "the WHO official" is the organization's official, one mention; the lower-case "who" is no organization.
        Assert.Equal(["the US", "the WHO official"], doc.Mentions().Select(m => m.Span.Slice(doc.Text)));
    }

    [Fact]
    public void Unknown_names_are_typed_by_their_cues()
    {
        var doc = EntityTestDocuments.Analyze("Officials met in Zorbatown on Friday. Mr. Quill said the Ministry of Widgets agreed. Panel member Ana Brisk disagreed.", Spring2019);
        Assert.True(doc.Named("Mr. Quill").Count == 1 && doc.Named("Ministry of Widgets").Count == 1, EntityTestDocuments.Dump(doc));
        Assert.Equal(MentionType.Location, doc.Named("Zorbatown").Single().Type);
        Assert.Equal(MentionType.Person, doc.Named("Mr. Quill").Single().Type);
        Assert.Equal(MentionType.Organization, doc.Named("Ministry of Widgets").Single().Type);
        Assert.Equal(MentionType.Person, doc.Named("Ana Brisk").Single().Type);
    }
}
