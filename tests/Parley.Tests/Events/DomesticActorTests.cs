using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Domestic events: groups named by their role alone ("demonstrators", "students") take the country they act in,
/// acts done to the people of a place at home target that country (a state's inquiry into what names no one among them), and a
/// country named for its border is a place, not a party.
/// </summary>
public sealed class DomesticActorTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) =>
        EventPipeline.Run(text, new DateOnly(2011, 5, 4)).Layers.Get(EventLayers.Events);

    [Theory]
    [InlineData("Kenyan police fired tear gas to disperse students outside the parliament on Tuesday.", "KEN", "KENEDU")]
    [InlineData("Riot police arrested dozens of demonstrators in Nairobi on Tuesday.", "KEN", "KENOPP")]
    [InlineData("Israeli police dispersed demonstrators in East Jerusalem on Monday.", "ISR", "PSEOPP")]
    public void A_role_group_acted_on_takes_the_country_of_its_place_or_of_the_only_country_named(string text, string source, string target) =>
        Assert.Contains(Events(text), e => e.Source.Country == source && e.Target?.Code == target);

    [Theory]
    [InlineData("The Kurdistan Workers Party declared a unilateral ceasefire on Sunday.", "TUR")]
    [InlineData("Colombia's FARC rebels declared a unilateral ceasefire over Christmas.", "COL")]
    [InlineData("Hamas declared a unilateral ceasefire on Sunday.", "ISR")]
    public void A_ceasefire_rebels_declare_is_toward_the_state_they_fight_their_own_or_the_one_holding_their_land(string text, string state) =>
        Assert.Contains(Events(text), e => e.Cameo == "0871" && e.Target?.Code == state);

    [Fact]
    public void Rebels_a_state_deals_with_abroad_are_its_own() =>
        Assert.Contains(Events("The Philippine government signed a ceasefire with Muslim rebels in Kuala Lumpur on Friday."), e => e.Target?.Code == "PHLREB");

    [Theory]
    [InlineData("Students demanding democracy marched through Rangoon on Monday.", "MMR")]
    [InlineData("Rioters protesting against higher bus fares burned vehicles in Caracas.", "VEN")]
    public void A_role_group_with_an_ing_phrase_after_it_is_still_the_group(string text, string country) =>
        Assert.Contains(Events(text), e => e.CameoRoot == "14" && e.Source.Country == country);

    [Theory]
    [InlineData("Kenyan police launched an investigation on Tuesday into allegations that customs officers took bribes.", "KEN")]
    [InlineData("The Philippine Senate opened an inquiry on Monday into the sinking of the ferry.", "PHL")]
    [InlineData("Pakistan is investigating the bombing in Mumbai.", "IND")]
    public void A_states_inquiry_that_names_no_one_looks_into_its_own_country_unless_placed_abroad(string text, string target) =>
        Assert.Contains(Events(text), e => e.CameoRoot == "09" && e.Target?.Country == target);

    [Fact]
    public void An_international_bodys_inquiry_that_names_no_one_has_no_target() =>
        Assert.Contains(Events("A U.N. commission is investigating the killings."), e => e.CameoRoot == "09" && e.Target is null);

    [Fact]
    public void A_role_group_acting_takes_the_one_country_its_sentence_names()
    {
        var strike = Assert.Single(Events("Striking teachers began a hunger strike to demand the resignation of the Peruvian education minister."), e => e.CameoRoot == "14");
        Assert.Equal(("PER", "PER"), (strike.Source.Country, strike.Target?.Country));
        Assert.True(strike.Source.Confidence < 1);
    }

    [Theory]
    [InlineData("Militants kidnapped two French journalists in Iraq.", "IRQINS", "FRA")]
    [InlineData("Gunmen kidnapped two French journalists in Iraq.", "IRQUAF", "FRA")]
    [InlineData("Militants attacked a French convoy in Iraq.", "IRQINS", "FRA")]
    public void A_role_group_acting_takes_the_country_named_as_the_place_of_its_act(string text, string source, string target) =>
        Assert.Contains(Events(text), e => e.Source.Code == source && e.Target?.Country == target);

    [Theory]
    [InlineData("Bosnian Serb leaders rejected the peace plan.", "BIHGOV")]
    [InlineData("Kosovo Albanian leaders rejected the peace plan.", "KSVGOV")]
    [InlineData("Greek Cypriot leaders rejected the peace plan.", "CYPGOV")]
    [InlineData("Greek Cypriots rejected the peace plan.", "CYP")]
    public void Two_nationality_words_in_a_row_name_one_community_not_two_parties(string text, string source)
    {
        var rejection = Assert.Single(Events(text));
        Assert.Equal((source, null), (rejection.Source.Code, rejection.Target?.Code));
    }

    [Theory]
    [InlineData("India deployed troops to Kashmir.")]
    [InlineData("Russia sent troops to Chechnya.")]
    public void A_countrys_own_forces_moved_by_it_are_no_target(string text)
    {
        var events = Events(text);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual(e.Source.Country, e.Target?.Country));
    }

    [Fact]
    public void Forces_ordered_back_are_a_withdrawal_towards_the_place_when_ones_own_and_a_demand_when_anothers()
    {
        var own = Assert.Single(Events("Putin ordered Russian troops to withdraw from Syria."));
        Assert.Equal(("0874", "SYR"), (own.Cameo, own.Target?.Code));
        var other = Assert.Single(Events("The UN Security Council ordered Ethiopian troops to withdraw from the border town."));
        Assert.Equal(("1056", "ETH"), (other.Cameo, other.Target?.Country));
        var fromBorder = Assert.Single(Events("Putin ordered Russian troops to withdraw from the border with Georgia."));
        Assert.Equal(("0874", "GEO"), (fromBorder.Cameo, fromBorder.Target?.Country));
    }

    [Fact]
    public void A_role_group_in_a_sentence_naming_two_countries_and_no_place_stays_unknown() =>
        Assert.DoesNotContain(Events("Refugees from Syria were turned back at the border by Turkish guards."), e => e.Target?.Country == "TUR");

    [Fact]
    public void An_act_at_home_on_the_people_of_a_place_targets_that_country()
    {
        var events = Events("The Egyptian government threatened to impose a curfew in Alexandria.");
        var threat = Assert.Single(events, e => e.CameoRoot == "13");
        Assert.Equal(("EGY", "EGY", "Alexandria"), (threat.Source.Country, threat.Target?.Country, threat.Location?.Name));
    }

    [Fact]
    public void A_meeting_at_home_names_no_counterpart_from_its_place() =>
        Assert.DoesNotContain(Events("The Egyptian president held talks in Alexandria on Tuesday."), e => e.CameoRoot == "04");

    [Theory]
    [InlineData("The Chilean government accepted demands from striking miners for higher pay.", "080")]
    [InlineData("The Chilean teachers' union called off its national strike on Monday.", "082")]
    public void Accepting_demands_and_calling_off_a_strike_are_yielding(string text, string code) =>
        Assert.Contains(Events(text), e => e.Cameo == code && e.Source.Country == "CHL");

    [Theory]
    [InlineData("Ugandan troops overran a rebel camp near the eastern Kenyan border on Friday.")]
    [InlineData("Ugandan troops attacked rebel positions on the Kenyan border.")]
    public void A_country_named_for_its_border_in_a_phrase_of_place_is_no_target(string text) =>
        Assert.DoesNotContain(Events(text), e => e.Target?.Country == "KEN");

    [Fact]
    public void Border_towns_belong_to_their_country() =>
        Assert.Contains(Events("Ugandan troops shelled Kenyan border towns."), e => e.Source.Country == "UGA" && e.Target?.Country == "KEN");

    [Fact]
    public void An_unresolved_it_in_a_reported_clause_is_the_reporting_subject() =>
        Assert.Contains(Events("The Chilean Federation of Copper Workers announced on Monday that it has called off the strike."), e => e.Cameo == "082" && e.Source.Country == "CHL");

    [Fact]
    public void Forces_named_with_the_are_no_domestic_group() =>
        Assert.DoesNotContain(Events("The Cuban government vowed to deal a telling blow to the hostile forces."), e => e.Target?.Country == "CUB");

    [Theory]
    [InlineData("Some 150,000 people rallied in central Belgrade on Thursday to demand the resignation of Yugoslav President Slobodan Milosevic.", "SRBOPP", "SRB")]
    [InlineData("Tens of thousands of people marched through Hong Kong on Thursday to press Beijing to allow direct elections.", "HKGOPP", "CHN")]
    [InlineData("Thousands of people rallied in central Belgrade on Thursday to demand the resignation of President Slobodan Milosevic.", "SRBOPP", "SRB")]
    public void A_counted_crowd_that_rallies_or_marches_is_demonstrators_of_the_country_it_gathers_in(string text, string source, string target) =>
        Assert.Contains(EventPipeline.Events(text, new DateOnly(1999, 2, 4)), e => e.CameoRoot == "14" && e.Source.Code == source && e.Target?.Country == target);

    [Fact]
    public void People_who_do_not_protest_are_no_demonstrators() =>
        Assert.DoesNotContain(EventPipeline.Events("Thousands of people fled to Belgrade to escape the fighting.", new DateOnly(1999, 2, 4)), e => e.Source.Role == "OPP");

    [Fact]
    public void A_news_outlet_named_in_the_attribution_gives_a_role_group_no_country() =>
        Assert.Contains(EventPipeline.Events("Rebels seized the eastern Congolese town of Goma on Monday, a rebel commander told Reuters.", new DateOnly(1998, 8, 3)),
            e => e.Source.Code == "CODREB");

    [Fact]
    public void A_group_acting_across_a_country_is_of_that_country_and_to_press_a_president_names_him() =>
        Assert.Contains(EventPipeline.Events("Indigenous protesters blocked highways across Ecuador on Tuesday to press President Lenin Moreno to restore fuel subsidies.", new DateOnly(2019, 10, 8)),
            e => e.CameoRoot == "14" && e.Source.Code == "ECUOPP" && e.Target?.Code == "ECUGOV");

    [Fact]
    public void A_country_across_which_a_group_acts_places_it_among_other_countries_named() =>
        Assert.Contains(EventPipeline.Events("Protesters blocked roads across Ecuador on Tuesday, Peru's foreign ministry said.", new DateOnly(2019, 10, 8)),
            e => e.CameoRoot == "14" && e.Source.Code == "ECUOPP");

    [Theory]
    [InlineData("Kenya's opposition leaders demanded constitutional changes on Monday.")]
    [InlineData("Thousands of Kenyan protesters demanded autonomy for the coastal region on Monday.")]
    public void A_demand_for_reform_by_dissenters_that_names_no_one_is_aimed_at_their_own_state(string text)
    {
        Assert.Contains(Events(text), e => (e.CameoRoot, e.Source.Role, e.Target?.Country) == ("10", "OPP", "KEN"));
    }

    [Fact]
    public void A_states_own_demand_for_reform_that_names_no_one_keeps_no_target()
    {
        Assert.Contains(Events("The United States demanded constitutional changes on Monday."), e => e.CameoRoot == "10" && e.Target is null);
    }
}
