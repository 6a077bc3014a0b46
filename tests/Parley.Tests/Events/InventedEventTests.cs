using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Small invented texts for event coding across sentences: dates carried from the same happening, counterparts of meetings.</summary>
public sealed class InventedEventTests
{
    private static readonly DateOnly February2019 = new(2019, 2, 20);

    private static IReadOnlyList<CodedEvent> Events(string text) =>
        EventPipeline.Run(text, February2019).Layers.Get(EventLayers.Events);

    [Fact]
    public void A_meeting_mentioned_again_at_the_same_place_keeps_the_date_the_text_gave_it()
    {
        var events = Events("Donald Trump said he and Kim Jong Un met for a first summit in Singapore in June 2018. When Trump and Kim met in Singapore, it was the first such meeting.");
        Assert.Equal(2, events.Count(e => e.CameoRoot == "04"));
        Assert.All(events.Where(e => e.CameoRoot == "04"), e => Assert.Equal(("2018-06", true), (e.EventDate, e.DateFromText)));
    }

    [Fact]
    public void Then_points_back_to_the_last_dated_event_and_a_promise_goes_to_the_meetings_other_party()
    {
        var events = Events("Donald Trump and Kim Jong Un met in Singapore in June 2018. Kim pledged then to work toward denuclearization.");
        var pledge = Assert.Single(events, e => e.CameoRoot == "03");
        Assert.Equal(("2018-06", "USA"), (pledge.EventDate, pledge.Target?.Country));
    }

    [Theory]
    [InlineData("Donald Trump and Kim Jong Un met in Singapore in June 2018. Since then, Kim Jong Un has pledged to work toward denuclearization.", "03")]
    [InlineData("Donald Trump and Kim Jong Un met in Singapore in June 2018. Kim Jong Un then pledged to work toward denuclearization.", "03")]
    [InlineData("Vladimir Putin and Volodymyr Zelensky met in Minsk in June 2018. Putin and Zelensky met again in Minsk.", "04")]
    public void Since_then_then_before_the_verb_and_again_carry_no_date(string text, string root)
    {
        var events = Events(text);
        var later = events.Where(e => e.CameoRoot == root && e.SentenceIndex == 1).ToList();
        Assert.NotEmpty(later);
        Assert.All(later, e => Assert.NotEqual("2018-06", e.EventDate));
    }

    [Fact]
    public void An_appeal_without_addressee_goes_to_the_other_party_of_its_sources_latest_meeting()
    {
        var events = Events("Donald Trump met South Korean President Moon Jae-in at the White House on Tuesday. Moon, for his part, has called for an easing of sanctions.");
        var appeal = Assert.Single(events, e => e.CameoRoot == "02");
        Assert.Equal(("KORGOV", "USA"), (appeal.Source.Code, appeal.Target?.Country));
    }

    [Fact]
    public void A_quotation_opening_on_the_verb_keeps_the_verb_and_a_fronted_date_dates_the_clause_after_it()
    {
        var events = EventPipeline.Run("The state news agency said on Thursday that at a party meeting on Wednesday, Kim Jong Un vowed to \"deal a telling blow to the hostile forces\".", new DateOnly(2019, 4, 11))
            .Layers.Get(EventLayers.Events);
        var blow = Assert.Single(events, e => e.CameoRoot == "11");
        Assert.Equal(("PRKGOV", "2019-04-10"), (blow.Source.Code, blow.EventDate));
    }

    [Fact]
    public void A_with_phrase_with_a_gerund_is_a_predicate_but_a_verbs_with_argument_is_not()
    {
        var demand = Assert.Single(Events("Talks stalled, with North Korea demanding a lifting of U.S. sanctions."), e => e.CameoRoot == "10");
        Assert.Equal(("PRK", "USA"), (demand.Source.Country, demand.Target?.Country));
        Assert.DoesNotContain(Events("Iraq said it would cooperate fully with UN inspectors probing suspect sites."), e => e.CameoRoot == "09");
    }

    [Fact]
    public void A_relative_clause_acts_for_its_antecedent_and_warn_that_is_a_comment()
    {
        var events = EventPipeline.Run("He cited a UN panel of experts that warned on March 5 that North Korea had increased illegal transfers.", new DateOnly(2019, 4, 11))
            .Layers.Get(EventLayers.Events);
        var warning = Assert.Single(events, e => e.Source.Code.StartsWith("IGOUNO", StringComparison.Ordinal));
        Assert.Equal(("012", "2019-03-05"), (warning.Cameo, warning.EventDate));
    }

    [Fact]
    public void An_offer_framed_by_a_noun_of_intent_with_a_price_is_a_conditional_intent()
    {
        var offer = Assert.Single(Events("Kim Jong Un expressed willingness to dismantle the nuclear site in return for corresponding U.S. moves."));
        Assert.Equal(("0356", "conditional", "USA"), (offer.Cameo, offer.Modality, offer.Target?.Country));
        Assert.StartsWith("in return for", offer.Condition, StringComparison.Ordinal);
    }

    [Fact]
    public void The_noun_phrase_after_for_is_the_subject_of_the_infinitive()
    {
        var trip = Assert.Single(Events("Officials said Vietnam was preparing for Kim Jong Un to arrive by train for the summit with Donald Trump."), e => e.Source.Code == "PRKGOV");
        Assert.Equal(("PRKGOV", "USAGOV"), (trip.Source.Code, trip.Target?.Code));
    }

    [Theory]
    [InlineData("The Chinese rejected the American proposal.", "CHN", "120")]
    [InlineData("Russia warned Ukraine faces sanctions.", "RUS", "012")]
    [InlineData("Officials said Iran rejects the plan.", "IRN", "120")]
    public void A_people_named_by_its_adjective_and_a_clause_reported_without_that_keep_their_verbs(string text, string source, string code) =>
        Assert.Contains(Events(text), e => e.Source.Country == source && e.Cameo == code);

    [Fact]
    public void A_which_after_a_comma_is_about_the_act_not_the_last_country()
    {
        var events = EventPipeline.Run("Belarus organised balloon flights into Lithuania, which forced the closure of Vilnius airport.", new DateOnly(2026, 3, 9))
            .Layers.Get(EventLayers.Events);
        Assert.DoesNotContain(events, e => e.Source.Country == "LTU");
    }

    [Theory]
    [InlineData("A senior member of the Kenyan parliament, Joseph Otieno, began a hunger strike on Monday.", "KEN", "142", null)]
    [InlineData("Denmark and Chile have upgraded their diplomatic ties to embassy level.", "DNK", "050", "CHL")]
    [InlineData("Chile has once again outright rejected a Peruvian proposal on fishing rights.", "CHL", "12", "PER")]
    [InlineData("Egypt signed a gas deal with Israel on Monday.", "EGY", "057", "ISR")]
    [InlineData("Russia cut gas supplies to Ukraine on Monday.", "RUS", "16", "UKR")]
    [InlineData("North Korea put its army on high alert.", "PRK", "152", null)]
    [InlineData("Israeli warplanes struck Hamas targets in Gaza overnight.", "ISR", "19", "PSE")]
    [InlineData("Kazakhstan signed an arms deal with Russia.", "KAZ", "057", "RUS")]
    public void A_verb_after_an_appositive_or_adverbs_and_an_s_word_inside_an_object_keep_the_clause_whole(string text, string source, string code, string? target)
    {
        var coded = Assert.Single(Events(text), e => e.Cameo.StartsWith(code, StringComparison.Ordinal));
        Assert.Equal(source, coded.Source.Country);
        if (target is not null)
        {
            Assert.Equal(target, coded.Target?.Country);
        }
    }

    [Theory]
    [InlineData("Iran called for talks with the United States.", "02")]
    [InlineData("Russia rejected talks with Ukraine on Monday.", "12")]
    [InlineData("Serbia broke off talks with Kosovo.", "16")]
    [InlineData("Iran will resume talks with the European Union only if sanctions are lifted.", "03")]
    public void A_meeting_called_for_refused_or_broken_off_was_not_held(string text, string root)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.CameoRoot == root);
        Assert.DoesNotContain(events, e => e.CameoRoot == "04");
    }

    [Fact]
    public void Being_ready_to_negotiate_with_someone_is_an_intent_to_negotiate() =>
        Assert.Contains(Events("Russia is ready to negotiate with Ukraine."), e => e.Cameo == "036" && e.Target?.Country == "UKR");

    [Theory]
    [InlineData("Chinese cities have managed to improve their air quality.", null)]
    [InlineData("Beijing has improved the air quality of its cities.", null)]
    [InlineData("Putin ordered the army to attack Ukraine.", "19")]
    [InlineData("Nicaragua ordered the opposition newspaper to suspend publication.", "10")]
    public void Managing_to_is_no_agreement_and_an_order_is_a_demand_unless_given_to_ones_own_forces(string text, string? root)
    {
        var events = Events(text);
        Assert.DoesNotContain(events, e => e.CameoRoot is "03" or "06");
        if (root is not null)
        {
            Assert.Contains(events, e => e.CameoRoot == root);
        }
    }

    [Theory]
    [InlineData("The French coach gave his last press conference in Rome on Monday.")]
    [InlineData("Without the rebate Britain would pay 14 times as much as France.")]
    [InlineData("American tourists will leave Syria, Washington said.")]
    [InlineData("The British presenter, who hosted children's shows in the 1980s, won an award.")]
    [InlineData("France and Germany broke the rules of the European budget pact.")]
    public void Verbs_whose_verb_class_default_does_not_fit_them_code_nothing_alone(string text) =>
        Assert.Empty(Events(text));

    [Theory]
    [InlineData("Kurdish activists protested in Berlin against Germany's decision to deport them to Turkey.", "DEU", "TUR")]
    [InlineData("Japan halted economic aid to Serbia in line with Western efforts to end the fighting.", "SRB", null)]
    public void An_infinitive_completing_a_noun_is_no_part_of_the_clauses_act(string text, string target, string? notTarget)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.Target?.Country == target);
        Assert.DoesNotContain(events, e => e.Target?.Country == notTarget || e.Target is null);
    }

    [Fact]
    public void A_bare_infinitive_after_a_causative_verbs_object_is_the_objects_act() =>
        Assert.Contains(Events("Russia made the Ukrainian troops retreat from Kherson."), e => e.Cameo == "0874" && e.Source.Country == "UKR");

    [Theory]
    [InlineData("Ethiopia sent troops into Somalia.", "150", "SOM")]
    [InlineData("Nigeria sent troops to Liberia to help the government.", "062", "LBR")]
    public void Troops_sent_into_a_country_are_a_show_of_force_and_sent_to_help_it_cooperation(string text, string code, string target) =>
        Assert.Contains(Events(text), e => e.Cameo == code && e.Target?.Country == target);

    [Fact]
    public void Back_before_a_preposition_is_the_particle_of_a_return() =>
        Assert.Contains(Events("Thailand deported 50 Burmese refugees back to Burma."), e => e.Source.Code == "THA" && e.Target?.Country == "MMR");

    [Fact]
    public void Failing_to_reach_an_agreement_is_still_a_rejection() =>
        Assert.Contains(Events("Palestinians and Israelis failed to reach agreement on the offices on Sunday."), e => e.CameoRoot == "12");

    [Theory]
    [InlineData("Trump raised tariffs on Chinese goods to 25 percent.", "163", "CHN")]
    [InlineData("The European Union slapped tariffs on American whiskey.", "163", "USA")]
    [InlineData("Thousands of students joined the protest in Tehran.", "141", "IRN")]
    public void Tariffs_are_sanctions_and_joining_a_protest_is_protesting(string text, string code, string country) =>
        Assert.Contains(Events(text), e => e.Cameo == code && (e.Target?.Country == country || e.Source.Country == country));

    [Fact]
    public void A_synonym_of_several_words_matches_them_in_a_row() =>
        Assert.Contains(Events("Kenyan police used tear gas against demonstrators in Nairobi."), e => e.Cameo == "175" && e.Source.Country == "KEN");

    [Fact]
    public void Never_ruling_out_force_is_a_veiled_threat() =>
        Assert.Contains(Events("China has never ruled out the use of force against Taiwan."), e => e.Cameo == "138" && e.Target?.Country == "TWN");

    [Fact]
    public void A_phrasal_verb_of_no_event_is_not_its_verbs_default() =>
        Assert.DoesNotContain(Events("Talks between Serbia and Kosovo broke down on Thursday."), e => e.CameoRoot == "19");

    [Theory]
    [InlineData("North Korea test-fired a ballistic missile on Monday.", "150", "PRK", null)]
    [InlineData("Iran tested a new cruise missile.", "150", "IRN", null)]
    [InlineData("A US destroyer sailed through the Taiwan Strait on Tuesday.", "150", "USA", null)]
    [InlineData("Ukrainian drones struck an oil refinery in southern Russia overnight.", "1952", "UKR", "RUS")]
    [InlineData("The Wagner Group withdrew its fighters from Bakhmut.", "0874", "RUS", "UKR")]
    public void Missile_tests_strikes_on_installations_and_withdrawn_fighters_are_coded(string text, string code, string source, string? target)
    {
        var coded = Assert.Single(Events(text), e => e.Cameo == code);
        Assert.Equal((source, target), (coded.Source.Country, coded.Target?.Country));
    }

    [Theory]
    [InlineData("China staged war games near Taiwan on Monday.", "150", "CHN")]
    [InlineData("Iran began large-scale air defence drills on Sunday.", "150", "IRN")]
    [InlineData("Jordan and Britain conducted joint military exercises this month.", "062", "JOR")]
    [InlineData("Greek and Italian warships began naval drills in the Ionian Sea on Monday.", "062", "GRC")]
    [InlineData("Jordan and Britain held military exercises this month.", "062", "JOR")]
    public void Military_exercises_are_a_show_of_force_and_joint_ones_military_cooperation(string text, string code, string source) =>
        Assert.Contains(Events(text), e => e.Cameo == code && e.Source.Country == source);

    [Theory]
    [InlineData("Japan sent tents and blankets to earthquake victims in Turkey on Monday.", "JPN", "TUR")]
    [InlineData("The Norwegian government delivered medical supplies to hospitals in Iraq.", "NOR", "IRQ")]
    [InlineData("Canada airlifted food to refugees in Sudan on Friday.", "CAN", "SDN")]
    public void Relief_goods_carried_to_people_in_need_are_humanitarian_aid(string text, string source, string target) =>
        Assert.Contains(Events(text), e => e.Cameo == "073" && e.Source.Country == source && e.Target?.Country == target);

    [Theory]
    [InlineData("The Estonian parliament lifted restrictions on the use of the Russian language in schools.", "08", "EST", "EST")]
    [InlineData("The Moldovan court lifted a ban on Romanian speakers in the civil service.", "08", "MDA", "MDA")]
    [InlineData("The Moldovan court lifted a ban on Romanian troops in the capital.", "08", "MDA", "ROU")]
    public void A_country_adjective_naming_a_language_is_no_target(string text, string code, string source, string? target)
    {
        var coded = Assert.Single(Events(text), e => e.Cameo.StartsWith(code, StringComparison.Ordinal));
        Assert.Equal((source, target), (coded.Source.Country, coded.Target?.Country));
    }

    [Theory]
    [InlineData("Bulgaria became the first country to recognise the former Yugoslav republic of Macedonia.", "BGR", "MKD")]
    [InlineData("Turkey recognised the former Soviet republic of Azerbaijan on Monday.", "TUR", "AZE")]
    public void A_country_adjective_after_former_before_a_republic_names_no_party(string text, string source, string target) =>
        Assert.Contains(EventPipeline.Events(text, new DateOnly(1992, 1, 16)), e => e.Cameo == "054" && e.Source.Country == source && e.Target?.Country == target);

    [Theory]
    [InlineData("Ecuador announced a suspension of trade links with Peru on Friday.", "160", "ECU", "PER")]
    [InlineData("Norway launched a mediation effort between Colombia and Venezuela on Monday.", "045", "NOR", "COL")]
    [InlineData("The Bolivian Farmers' Union issued a declaration demanding that the Peruvian government reopen the border.", "100", "BOL", "PER")]
    public void A_light_verb_or_an_issued_statement_is_coded_as_the_act_its_object_names(string text, string code, string source, string target)
    {
        var coded = Assert.Single(Events(text), e => e.Cameo == code);
        Assert.Equal((source, target), (coded.Source.Country, coded.Target?.Country));
    }

    [Fact]
    public void A_light_verbs_noun_must_head_its_object_not_follow_a_preposition()
    {
        Assert.DoesNotContain(Events("Iran held talks with Iraq about the attack on Sunday."), e => e.CameoRoot == "19");
    }

    [Fact]
    public void A_name_ending_in_its_bracketed_abbreviation_keeps_its_apposition_out_of_the_subject()
    {
        var strike = Assert.Single(Events("The Chilean Miners' Federation (CMF), the largest union of copper workers, staged a general strike on Friday."), e => e.Cameo == "143");
        Assert.Equal("CHL", strike.Source.Country);
    }

    [Fact]
    public void A_participle_with_a_preposition_before_the_sentences_finite_verb_modifies_the_subject()
    {
        const string text = "A militant cell based in Yemen claims to have attacked a Saudi convoy.";
        var clauses = EventPipeline.Run(text, February2019).Layers.Get(Parley.Clauses.ClauseLayers.Clauses);
        var claim = Assert.Single(clauses, c => c.Verb == "claim");
        Assert.Equal("A militant cell based in Yemen", claim.Subject?.Slice(text));
        Assert.DoesNotContain(clauses, c => c.Verb == "base");
    }

    [Fact]
    public void Who_prepares_for_someone_to_come_hosts_the_visit_dated_by_its_noun_in_the_next_sentence()
    {
        var events = EventPipeline.Events(
            "Officials in Tokyo said that Japan was preparing for Narendra Modi to come for a summit with Shinzo Abe. Modi would fly from New Delhi overnight, in time for his expected Oct. 28 arrival.",
            new DateOnly(2018, 10, 22));
        var hosting = Assert.Single(events, e => e.Source.Country == "JPN");
        Assert.Equal(("INDGOV", "2018-10-28"), (hosting.Target?.Code, hosting.EventDate));
        Assert.Contains(hosting.Cameo, (string[])["043", "036"]);
    }

    [Fact]
    public void A_noun_that_names_an_earlier_happening_gives_no_date()
    {
        var events = EventPipeline.Events(
            "Officials in Tokyo said that Japan was preparing for Narendra Modi to come for a summit with Shinzo Abe. His previous arrival on March 3 was delayed by fog.",
            new DateOnly(2018, 10, 22));
        Assert.DoesNotContain(events, e => e.EventDate == "2018-03-03");
    }

    [Theory]
    [InlineData("Sergey Lavrov held two days of talks in Tehran this month. Lavrov said after his Iran trip the talks had been constructive.", 2019, 5, 17, "2019-05")]
    [InlineData("Sergey Lavrov held two days of talks in Tehran in May. Lavrov said after his Iran trip the talks had been constructive.", 2019, 6, 3, "2019")]
    [InlineData("Sergey Lavrov held two days of talks in Tehran in December. Lavrov said after his Iran trip the talks had been constructive.", 2019, 1, 8, "2019-01-08")]
    public void A_comment_made_after_a_dated_visit_takes_the_period_it_shares_with_publication(string text, int year, int month, int day, string date)
    {
        var comment = Assert.Single(EventPipeline.Events(text, new DateOnly(year, month, day)), e => e.SentenceIndex == 1);
        Assert.Equal(("RUSGOV", date), (comment.Source.Code, comment.EventDate));
    }

    [Theory]
    [InlineData("Venezuelan President Nicolas Maduro said on Tuesday that his government would resist foreign pressure. He cited a European Union report that warned on June 3 that there had been a sharp rise in illegal gold exports.", "VEN")]
    [InlineData("Sudan expelled two aid workers on Monday. Meanwhile, German Chancellor Olaf Scholz warned that there had been a worrying rise in voter apathy.", null)]
    public void A_warning_that_names_no_one_concerns_the_country_its_sentence_names_before_it_not_the_sentence_before(string text, string? target)
    {
        var warning = Assert.Single(EventPipeline.Events(text, new DateOnly(2021, 6, 10)), e => e.Cameo == "012");
        Assert.Equal(target, warning.Target?.Country);
    }

    [Fact]
    public void Being_open_to_a_gerund_chain_makes_the_act_it_names_an_intent()
    {
        // "moves" after a gerund and one modifier is its object, not a verb; "open" governs "helping to ease …".
        var events = EventPipeline.Events("Shinzo Abe said he was open to exploring modest moves, such as helping to ease Syria's humanitarian crisis, but that Japan's sanctions would stay.", new DateOnly(2016, 9, 14));
        var aid = Assert.Single(events, e => e.Source.Code == "JPNGOV");
        Assert.Equal(("0333", "SYR", "intended"), (aid.Cameo, aid.Target?.Country, aid.Modality));
    }

    [Fact]
    public void Talks_held_are_one_meeting_though_only_the_clause_gives_its_date()
    {
        var meeting = Assert.Single(Events("Japan held talks with Russia on Tuesday."), e => e.CameoRoot == "04");
        Assert.Equal(("JPN", "RUS", "2019-02-19"), (meeting.Source.Code, meeting.Target?.Code, meeting.EventDate));
    }

    [Fact]
    public void It_said_by_a_speaker_that_is_no_actor_is_that_speaker_not_a_country_named_before()
    {
        Assert.DoesNotContain(Events("Spain's largest builder lost money last year. The company said it had agreed terms with Britain on the contracts."), e => e.SentenceIndex == 1);
        Assert.Contains(Events("Spain's largest builder lost money last year. Madrid said it had agreed terms with Britain on the contracts."), e => e.SentenceIndex == 1 && e.Source.Country == "ESP");
    }

    [Fact]
    public void What_a_thing_might_bring_about_is_no_act_but_what_the_speaker_could_do_is_one()
    {
        Assert.DoesNotContain(Events("Russia condemned the American plan. Moscow said the plan broke the law and warned it would heighten tensions with Iran."), e => e.CameoRoot == "12");
        Assert.Contains(Events("China said it could retaliate against the United States."), e => e.Source.Country == "CHN" && e.Modality == Modality.Hypothetical);
    }

    [Fact]
    public void He_who_stands_for_a_named_person_that_is_no_actor_is_not_the_last_actor_named()
    {
        Assert.DoesNotContain(Events("The European Union published the report on Monday. Commission chairman Peter Younger said the report was fair. He criticised France for the delay."), e => e.SentenceIndex == 2);
        Assert.Contains(Events("The European Union published the report on Monday. Jacques Chirac said the report was fair. He criticised Germany for the delay."), e => e.SentenceIndex == 2 && e.Source.Country == "FRA");
    }

    [Fact]
    public void We_in_a_quote_is_the_side_of_the_speaker_its_attribution_names()
    {
        var events = Events("Al-Qaeda attacked a base in Kabul. \"We will support the government of Afghanistan,\" the US ambassador said.");
        Assert.Contains(events, e => (e.SentenceIndex, e.CameoRoot, e.Source.Country) == (1, "03", "USA"));
        Assert.DoesNotContain(events, e => e.SentenceIndex == 1 && e.Source.Code.StartsWith("IMG", StringComparison.Ordinal));
    }

    [Fact]
    public void An_actor_owning_a_state_of_affairs_that_is_the_subject_does_not_act()
    {
        Assert.DoesNotContain(Events("Russia's involvement offers Syria a way out of the war."), e => e.Source.Country == "RUS");
        Assert.DoesNotContain(Events("EU cooperation would help Britain control its borders."), e => e.Source.Code.StartsWith("IGO", StringComparison.Ordinal));
        Assert.Contains(Events("Russia's foreign minister offered Syria a way out of the war."), e => e.Source.Country == "RUS");
        // The head may stand before a phrase of place, capitalized as the sentence's first word.
        Assert.DoesNotContain(Events("Slowdowns in the US and China could hit electronics exports."), e => e.Source.Country == "USA");
        Assert.DoesNotContain(Events("The collapse of the Soviet Union forced Cuba to embrace foreign capital."), e => e.Source.Country == "RUS");
        Assert.DoesNotContain(Events("The war in Iraq has provoked dissent among Labour backbenchers."), e => e.Source.Country == "IRQ");
        Assert.Contains(Events("Troops in the US and China could hit Russia."), e => e.Source.Country == "USA");
    }
}
