using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences for how words are tagged and clauses read before a verb pattern codes them: complements of verbs of
/// commitment and threat, verbs after group nouns, coordinated country adjectives, "arms" as a noun, negated infinitives, a
/// that-clause in the bare form (a mandative subjunctive: what is asked), the object of "let" that the reader made the subject of
/// the bare infinitive after it, a participle followed by a time ("a boat seized last month").
/// </summary>
public sealed class ClauseReadingEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2005, 3, 1));

    [Fact]
    public void A_participle_followed_by_a_time_modifies_the_object_before_it()
    {
        var events = Events("Russian border guards returned a Japanese fishing boat seized last month near the Kurile islands.");
        Assert.Contains(events, e => e.CameoRoot == "08" && e.Source.Country == "RUS" && e.Target?.Country == "JPN");
        Assert.DoesNotContain(events, e => e.CameoRoot == "17");
    }

    [Fact]
    public void A_clause_opened_before_a_subject_pronoun_leaves_the_verb_before_it_a_verb() =>
        Assert.Contains(Events("Hundreds of students clashed with riot police in Dhaka as they demanded the resignation of the vice-chancellor."),
            e => e.CameoRoot == "14" && e.Source.Country == "BGD" && e.Target?.Role == "COP");

    [Fact]
    public void What_reports_say_is_no_act_of_the_one_they_name()
    {
        var events = Events("Egypt's foreign minister declined to comment on reports that Cairo would expel the Israeli ambassador.");
        Assert.Contains(events, e => e.CameoRoot == "01");
        Assert.DoesNotContain(events, e => e.CameoRoot == "13");
    }

    [Fact]
    public void A_participle_after_two_nouns_joined_by_and_modifies_them()
    {
        var events = Events("Russia released three Japanese fishermen and sailors detained near the Kurile islands.");
        Assert.Contains(events, e => e.CameoRoot == "08" && e.Source.Country == "RUS" && e.Target?.Country == "JPN");
        Assert.DoesNotContain(events, e => e.CameoRoot == "17");
    }

    [Fact]
    public void The_object_of_let_before_a_bare_infinitive_is_the_one_let_in()
    {
        var e = Assert.Single(Events("Baghdad agreed on Sunday to let United Nations inspectors visit the presidential palaces."), e => e.CameoRoot == "03");
        Assert.Equal(("0355", "IGOUNO"), (e.Cameo, e.Target?.Code));
    }

    [Theory]
    [InlineData("The Kenyan president brushed aside demands by opposition leaders that he step down.")]
    [InlineData("The Kenyan opposition leader brushed aside government demands that his supporters call off their protests.")]
    public void A_that_clause_in_the_bare_form_after_a_demand_is_what_is_asked_not_what_was_done(string text)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.CameoRoot == "12");
        Assert.DoesNotContain(events, e => e.CameoRoot == "08");
    }

    [Theory]
    [InlineData("Iran threatened that it would close the strait.", "1381", "asserted")]
    [InlineData("Iran threatened it would close the strait.", "1381", "asserted")]
    [InlineData("Syria threatened that it would expel the ambassador.", "1313", "asserted")]
    [InlineData("North Korea vowed that it would attack South Korea.", "138", "intended")]
    [InlineData("Iran promised that it would release the sailors.", "0353", "intended")]
    public void A_that_clause_of_a_verb_of_threat_or_commitment_is_the_act_threatened_or_promised(string text, string code, string modality)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal((code, modality), (e.Cameo, e.Modality));
    }

    [Theory]
    [InlineData("The EU urged on Monday that Serbia withdraw its troops from Kosovo.", "0256", "SRB")]
    [InlineData("The EU urged Monday that Serbia withdraw its troops from Kosovo.", "0256", "SRB")]
    [InlineData("Washington insisted on Friday that Iraq withdraw its troops from Kuwait.", "1056", "IRQ")]
    public void A_time_phrase_between_a_mandative_verb_and_that_leaves_the_bare_verb_after_the_subject_a_verb(string text, string code, string target)
    {
        Assert.Contains(Events(text), e => (e.Cameo, e.Target?.Country) == (code, target));
    }

    [Theory]
    [InlineData("The foreign ministers of Greece and Turkey, meeting in New York on the sidelines of the U.N. General Assembly, agreed to hold talks.", "GRC")]
    [InlineData("The leaders of India and Pakistan, meeting in Islamabad, agreed to hold talks.", "IND")]
    public void A_participial_aside_after_a_coordinated_subject_leaves_the_verb_after_it_the_predicate(string text, string source)
    {
        Assert.Contains(Events(text), e => e.CameoRoot == "03" && e.Source.Country == source);
    }

    [Theory]
    [InlineData("Condoleezza Rice arrived in Cairo on Saturday on the first leg of a Middle East tour aimed at reviving the peace process.", "042")]
    [InlineData("Condoleezza Rice arrived in Cairo on Saturday for talks aimed at reviving the peace process.", "046")]
    public void Of_two_participles_between_nouns_and_prepositions_the_first_is_the_predicate(string text, string code)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal((code, "USA", "EGY"), (e.Cameo, e.Source.Country, e.Target?.Country));
    }

    [Fact]
    public void A_participle_before_a_preposition_with_a_finite_verb_after_it_still_modifies_its_noun()
    {
        var e = Assert.Single(Events("A militant group based in Pakistan claimed responsibility for the attack."));
        Assert.Equal(("015", "PAK"), (e.Cameo, e.Source.Country));
    }

    [Theory]
    [InlineData("France appealed for the release of two British journalists held hostage by militants in Iraq.")]
    [InlineData("France appealed on Sunday for the release of two British journalists taken prisoner by rebels in Iraq.")]
    public void A_participle_with_a_complement_and_an_agent_after_a_noun_modifies_it_and_leaves_the_first_verb_the_predicate(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(("02", "FRA"), (e.CameoRoot, e.Source.Country));
    }

    [Theory]
    [InlineData("France condemned the nuclear test carried out by India.", "111", "FRA", "IND")]
    [InlineData("Israel welcomed the ceasefire worked out by Egypt.", "051", "ISR", "EGY")]
    public void A_phrasal_participle_with_an_agent_after_the_object_names_the_target(string text, string code, string source, string target)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal((code, source, target), (e.Cameo, e.Source.Country, e.Target?.Country));
    }

    [Theory]
    [InlineData("Indian troops killed four suspected militants in Kashmir on Sunday.")]
    [InlineData("Indian troops killed 4 suspected militants in Kashmir on Sunday.")]
    public void A_participle_between_a_count_and_a_noun_after_the_verb_modifies_the_noun(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(("19", "IND"), (e.CameoRoot, e.Source.Country));
    }

    [Fact]
    public void A_name_between_a_determiner_and_an_s_form_before_a_noun_is_a_compound_object()
    {
        var e = Assert.Single(Events("China condemned the US arms sales to Taiwan."));
        Assert.Equal(("CHN", "USA"), (e.Source.Code, e.Target?.Code));
    }

    [Fact]
    public void What_parties_agree_should_happen_is_no_act_promised()
    {
        var e = Assert.Single(Events("Hungarian officials agreed on Wednesday that their countries should cooperate on refugees."));
        Assert.Equal("030", e.Cameo);
    }

    [Theory]
    // Police force turned on protesters is violent repression (175); beating them stays an assault (182).
    [InlineData("Egyptian police beat protesters in Cairo.", "182")]
    [InlineData("Egyptian police hit protesters in Cairo.", "175")]
    [InlineData("Egyptian police arrest protesters in Cairo every week.", "175")]
    public void A_base_form_after_a_plural_collective_noun_and_before_its_object_is_the_verb(string text, string code)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal((code, "EGY"), (e.Cameo, e.Source.Country));
    }

    [Fact]
    public void An_s_form_ending_a_prepositions_phrase_before_a_subordinator_is_a_noun() =>
        Assert.Contains(Events("North Korea said on Wednesday it was ready to return to six-party nuclear talks if Washington lifted financial sanctions."),
            e => e.Cameo == "036" && e.Source.Country == "PRK");

    [Fact]
    public void A_participle_after_a_noun_and_an_adverb_modifies_the_noun() =>
        Assert.Contains(Events("Bosnian Serb leader Radovan Karadzic pledged on Friday to release all U.N. peacekeepers still held by his forces."),
            e => e.Cameo == "0353" && e.Source.Country == "BIH" && e.Target?.Code == "IGOUNO");

    [Theory]
    [InlineData("Zimbabwean police severely beat opposition leader Morgan Tsvangirai in custody.", "182")]
    [InlineData("Russia abruptly cut gas supplies to Ukraine.", "163")]
    public void A_form_base_and_past_alike_after_a_noun_and_an_ly_adverb_is_the_past(string text, string code) =>
        Assert.Contains(Events(text), e => e.Cameo == code);

    [Fact]
    public void A_compound_after_police_whose_noun_phrase_has_its_own_verb_stays_a_compound()
    {
        Assert.DoesNotContain(Events("The police force commander said the talks had failed."), e => e.CameoRoot is "15" or "17" or "18" or "19");
    }

    [Theory]
    [InlineData("Armenian and Azerbaijani forces clashed on Monday.")]
    [InlineData("Ten people died in fighting between Armenian and Azerbaijani forces.")]
    [InlineData("There was fighting between Armenian and Azerbaijani forces on Monday.")]
    public void Country_adjectives_coordinated_before_one_group_noun_are_both_sides(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal("19", e.CameoRoot);
        Assert.Equal(["ARMMIL", "AZEMIL"], new[] { e.Source.Code, e.Target?.Code }.Order());
    }

    [Theory]
    [InlineData("China complained about the arms sales to Taiwan.", "110")]
    [InlineData("India condemned the weapons sales to Pakistan.", "111")]
    public void The_arms_trade_is_no_commerce_news(string text, string code)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(code, e.Cameo);
        Assert.NotNull(e.Target);
    }

    [Theory]
    [InlineData("Germany urged its allies not to impose sanctions on Hungary.", "020")]
    [InlineData("Germany urged its allies to impose sanctions on Hungary.", "113")]
    public void An_appeal_not_to_act_matches_no_pattern_of_the_act(string text, string code)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal((code, "HUN"), (e.Cameo, e.Target?.Code));
    }

    [Theory]
    [InlineData("Thousands of Sudanese took to the streets of Khartoum on Friday.", "SDN")]
    [InlineData("Hundreds of Iraqi demonstrated against the occupation in Basra.", "IRQ")]
    public void A_country_adjective_counted_by_a_noun_of_number_names_a_people_that_acts(string text, string country)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(("14", country), (e.CameoRoot, e.Source.Country));
    }

    [Fact]
    public void A_subject_listed_with_commas_keeps_its_first_items()
    {
        var sources = Events("Britain, France and Germany agreed to impose sanctions on Iran.").Select(e => e.Source.Code).Order();
        Assert.Equal(["DEU", "FRA", "GBR"], sources);
    }

    [Fact]
    public void A_phrase_of_place_before_a_comma_is_no_item_of_the_subject()
    {
        var sources = Events("In Paris, France and Germany agreed to impose sanctions on Iran.").Select(e => e.Source.Code).Order();
        Assert.Equal(["DEU", "FRA"], sources);
    }

    [Theory]
    [InlineData("The World Food Programme began airlifting food to Mozambique.", "07", "IGO", "MOZ")]
    [InlineData("Russian aircraft continued bombing Aleppo on Monday.", "19", "RUS", "SYR")]
    [InlineData("The WFP started delivering food aid to Sudan.", "07", "IGO", "SDN")]
    public void A_verb_of_aspect_before_a_gerund_is_coded_as_the_gerunds_act(string text, string root, string source, string target)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal((root, source, target), (e.CameoRoot, EventPipeline.Key(e.Source), EventPipeline.Key(e.Target)));
    }

    [Fact]
    public void A_participle_before_an_infinitive_modifies_its_noun_and_leaves_the_first_verb_the_predicate()
    {
        var e = Assert.Single(Events("Chinese President Hu Jintao arrived in Moscow on Tuesday for a state visit expected to focus on trade."));
        Assert.Equal(("042", "CHN", "RUS"), (e.Cameo, e.Source.Country, e.Target?.Country));
    }

    [Theory]
    [InlineData("Thousands of protesters hurled rocks and petrol bombs at the Australian embassy in Jakarta.", "14", "IDN", "AUS")]
    [InlineData("An air and arms embargo was imposed on Libya by the U.N. Security Council.", "16", "IGO", "LBY")]
    [InlineData("Sanctions were imposed on Iran by the United States.", "16", "USA", "IRN")]
    [InlineData("Iran quickly and firmly rejected the proposal by France.", "12", "IRN", "FRA")]
    [InlineData("The G7 demanded that Russia immediately and unconditionally withdraw its troops from Ukraine.", "10", "IGO", "RUS")]
    public void Coordinated_modifiers_and_a_passives_recipient_leave_the_clause_whole(string text, string root, string source, string target) =>
        AssertOneActBetween(text, root, source, target);

    [Theory]
    [InlineData("Pakistan offered on Tuesday to resume talks with India on all outstanding disputes, including Kashmir.", "03", "PAK", "IND")]
    [InlineData("Amnesty International accused Indonesian security forces of torturing and killing suspected separatist sympathisers.", "11", "NGO", "IDN")]
    [InlineData("Rebel soldiers killed Burundi's first democratically elected president during a coup attempt.", "18", "BDI", "BDI")]
    [InlineData("Gunmen dressed as hunters killed at least 134 villagers in central Mali.", "19", "MLI", "MLI")]
    [InlineData("The Security Council imposed an oil and arms embargo on Angola's rebels.", "16", "IGO", "AGO")]
    public void Participles_as_modifiers_counts_and_plural_objects_leave_the_clause_its_verb(string text, string root, string source, string target) =>
        AssertOneActBetween(text, root, source, target);

    [Theory]
    [InlineData("Gunmen killed at least 134 villagers in central Mali on Saturday, according to local officials and the United Nations.", "19", "MLI", "MLI")]
    [InlineData("The Colombian government demanded that Marxist guerrillas of the National Liberation Army immediately free the hostages.", "10", "COL", "COL")]
    [InlineData("Bulgaria on Wednesday became the first country to recognise Macedonia.", "05", "BGR", "MKD")]
    public void The_source_a_report_cites_is_no_party_and_the_one_told_or_the_first_to_act_is_found(string text, string root, string source, string target) =>
        AssertOneActBetween(text, root, source, target);

    [Theory]
    [InlineData("Tokyo warned Beijing that relations would be badly damaged, and that it could expel the Chinese ambassador, if the trawler was not released.", "1313")]
    [InlineData("Cairo warned that the talks would fail, and that it may sever ties with Israel, if the raids went on.", "1313")]
    public void A_that_clause_joined_to_a_warnings_complement_is_the_threat_warned_of(string text, string code)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.Cameo == code && e.Modality == "conditional");
        Assert.DoesNotContain(events, e => e.CameoRoot == "16");
    }

    [Theory]
    [InlineData("Syria warned in a televised speech on Friday that it would expel the Turkish ambassador if the raids went on.", "1313", "TUR")]
    [InlineData("Egypt warned at a news conference in Cairo that it would recall its envoy from Israel unless the raids stopped.", "1313", "ISR")]
    public void The_setting_of_a_warning_leaves_its_that_clause_the_threat(string text, string code, string target)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.Cameo == code && e.Target?.Country == target && e.Modality == "conditional");
        Assert.DoesNotContain(events, e => e.Cameo == "130");
    }

    [Theory]
    [InlineData("Seoul said it might cut off food aid to North Korea.", "KOR", "PRK")]
    [InlineData("Washington said it could expel the Cuban diplomats.", "USA", "CUB")]
    public void A_hostile_act_a_capital_says_it_might_do_is_its_threat(string text, string source, string target) =>
        AssertOneActBetween(text, "13", source, target);

    [Theory]
    [InlineData("Saudis condemn the Danish cartoons.", "11", "SAU", "DNK")]
    [InlineData("Azeris accuse Armenia of occupying Karabakh.", "11", "AZE", "ARM")]
    public void A_people_in_i_with_its_plural_s_takes_a_present_verb(string text, string root, string source, string target) =>
        AssertOneActBetween(text, root, source, target);

    [Theory]
    [InlineData("Tokyo condemned the missile test, saying it could threaten Japan.")]
    [InlineData("Moscow criticized the US missile shield, saying it might provoke a new arms race.")]
    public void What_a_thing_criticized_might_do_is_no_threat_of_the_critic(string text)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.CameoRoot == "11");
        Assert.DoesNotContain(events, e => e.CameoRoot == "13");
    }

    [Theory]
    [InlineData("Government troops launched a nerve gas attack on the rebel town of Idlib.", "2041")]
    [InlineData("Iraqi troops carried out a poison gas attack on a Kurdish village near Mosul.", "2041")]
    public void A_singular_noun_in_s_before_a_base_form_heads_a_compound_not_a_subject(string text, string code) =>
        Assert.Contains(Events(text), e => e.Cameo == code);

    [Theory]
    [InlineData("The United Nations opened an inquiry into killings by Sri Lankan forces.", "09", "IGO", "LKA")]
    [InlineData("Ghana condemned raids by Sierra Leonean forces.", "11", "GHA", "SLE")]
    [InlineData("Australia criticized abuses by East Timorese police and Saudi Arabian guards.", "11", "AUS", "TLS")]
    public void The_noun_after_a_two_word_country_adjective_is_no_verb(string text, string root, string source, string target) =>
        AssertOneActBetween(text, root, source, target);

    [Theory]
    [InlineData("China refused to release the Japanese fishermen it had detained near the islands.", "12", "CHN", "JPN")]
    [InlineData("Syria agreed to hand over the Turkish rebels it had sheltered for years.", "03", "SYR", "TUR")]
    [InlineData("Moscow promised Tbilisi it would withdraw its troops.", "03", "RUS", "GEO")]
    public void A_pronoun_after_a_verbs_object_opens_a_clause_of_its_own(string text, string root, string source, string target) =>
        AssertOneActBetween(text, root, source, target);

    [Theory]
    [InlineData("On Tuesday, the Israeli government saw off a Likud attempt to force changes to the bill by 61 votes to 59.")]
    [InlineData("Mr Sharon's visit to the mosque was an attempt to reassure Likud voters.")]
    public void An_infinitive_a_noun_of_aim_governs_is_no_act_done(string text) =>
        Assert.Empty(Events(text));

    [Fact]
    public void An_effort_to_mediate_that_goes_on_is_still_mediation() =>
        Assert.Contains(Events("Qatar continued its efforts to mediate between Yemen and the rebels on Sunday."), e => e.CameoRoot == "04");

    /// <summary>The one event of <paramref name="root"/> in <paramref name="text"/> is between <paramref name="source"/> and <paramref name="target"/> (countries, or the first three letters of an organization's code).</summary>
    private static void AssertOneActBetween(string text, string root, string source, string target)
    {
        var e = Assert.Single(Events(text), e => e.CameoRoot == root);
        Assert.Equal((source, target), (EventPipeline.Key(e.Source), EventPipeline.Key(e.Target)));
    }

}
