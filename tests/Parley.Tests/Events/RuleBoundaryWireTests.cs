using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented wire sentences at the edges of rules that read force, places and parties: where an allied attack, a repression, an
/// attempt on a leader's life, a place of act, a group's country, a shadow post or a fight against a scourge must not be read, or
/// must still be; and the edges a review of the rules of a later session found: a visitor's next stop, a group's stronghold, an
/// inquiry abroad, suspects and the dead handed over, other parties' forces ordered out, messages received, figurative guns,
/// rebels in a country named, a broadcaster's own broadcasts, aid workers freed.
/// </summary>
public sealed class RuleBoundaryWireTests
{
    private static readonly DateOnly Date = new(2004, 1, 10);

    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, Date);

    [Theory]
    [InlineData("Ethiopian and Eritrean troops shelled each other's positions along the disputed border.", "ETH", "ERI")]
    [InlineData("Armenian and Azerbaijani forces shelled villages along the front line on Sunday.", "ARM", "AZE")]
    [InlineData("Indian and Pakistani troops fired mortars across the Line of Control in Kashmir.", "IND", "PAK")]
    public void Two_sides_attacking_each_other_or_in_their_own_lands_fight_each_other(string text, string source, string target)
    {
        var events = Events(text);
        Assert.Contains(events, e => (e.Source.Country, e.Target?.Country) == (source, target));
        Assert.DoesNotContain(events, e => e.Source.Country == e.Target?.Country);
    }

    [Theory]
    [InlineData("Jubilant Iraqi soldiers fired into the air to celebrate the capture of Saddam Hussein.")]
    [InlineData("Dock workers struck at three sites in Rotterdam to protest job cuts.")]
    public void Shots_into_the_air_and_a_labour_strike_are_no_attack(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot is "18" or "19");

    [Fact]
    public void A_raid_on_a_leaders_home_is_no_attempt_on_his_life() =>
        Assert.DoesNotContain(Events("Police stormed the opposition leader's residence in Harare and arrested 20 supporters."), e => e.Cameo == "185");

    [Theory]
    [InlineData("Israeli troops shot dead three Palestinian youths in the West Bank town of Nablus.")]
    [InlineData("Indonesian soldiers shot dead five students at the University of Indonesia.")]
    public void Youths_or_students_shot_are_no_repressed_protest(string text) =>
        Assert.DoesNotContain(Events(text), e => e.Cameo == "175");

    [Fact]
    public void A_capital_before_a_possessive_after_part_of_is_its_government() =>
        Assert.Contains(Events("Syria denounced the raid as part of Jerusalem's plan to annex the Golan Heights."), e => e.Target?.Code == "ISRGOV");

    [Fact]
    public void A_capital_that_speaks_after_a_comma_is_no_region_of_the_place_before_it() =>
        Assert.DoesNotContain(Events("Ugandan troops attacked LRA rebels in Garamba, Kampala said on Tuesday."), e => e.Location?.Name == "Kampala");

    [Theory]
    [InlineData("Muslim clerics denounced the Danish cartoons of the Prophet Mohammad.", "DNK")]
    [InlineData("Shi'ite clerics condemned the U.S. raid on the mosque.", "USA")]
    public void Clergy_take_no_country_from_what_they_denounce(string text, string country) =>
        Assert.DoesNotContain(Events(text), e => e.Source.Country == country);

    [Fact]
    public void Criminals_who_kill_a_person_of_a_country_are_that_countrys() =>
        Assert.Contains(Events("Drug traffickers killed a Colombian judge on Tuesday."), e => e.Source.Code == "COLCRM" && e.Target?.Country == "COL");

    [Fact]
    public void An_at_phrase_after_the_on_of_an_aimed_verb_places_the_act() =>
        Assert.Contains(Events("Iraqi troops fired on Kurdish villagers at the Turkish border."), e => e.CameoRoot == "19" && e.Source.Country == "IRQ");

    [Fact]
    public void Any_shadow_post_is_the_oppositions() =>
        Assert.Contains(Events("The British Conservatives met on Monday. Shadow defence secretary Bernard Jenkin criticised Defence Secretary Geoff Hoon over Iraq."),
            e => e.CameoRoot == "11" && e.Source.Code == "GBROPP");

    [Fact]
    public void What_one_will_be_able_to_do_is_not_done() =>
        Assert.DoesNotContain(Events("Iran said U.N. inspectors would be able to visit the Natanz site next month."), e => e.Modality == Modality.Asserted && e.CameoRoot != "01");

    [Theory]
    [InlineData("Pakistan pledged to fight terrorism with the United States.")]
    [InlineData("Colombia and Peru agreed to combat drug trafficking along their border.")]
    [InlineData("The navies of Malaysia and Indonesia launched joint patrols to combat piracy.")]
    public void Fighting_a_scourge_is_a_policy_not_force_or_a_threat(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot is "13" or "18" or "19");

    [Fact]
    public void Fighting_the_people_of_a_scourge_is_still_force() =>
        Assert.Contains(Events("Colombian troops fought drug traffickers in the jungle."), e => e.CameoRoot == "19");

    [Fact]
    public void A_visitors_next_stop_is_not_placed_where_he_met() =>
        Assert.DoesNotContain(Events("U.S. Secretary of State Warren Christopher met Syrian President Hafez al-Assad in Damascus and then flew to Israel."),
            e => e.Cameo == "042" && e.Location?.Name == "Damascus");

    [Fact]
    public void Parts_of_a_groups_stronghold_are_the_groups() =>
        Assert.Contains(Events("Israeli aircraft bombed parts of Hezbollah's stronghold in south Beirut."), e => e.Target?.Code.EndsWith("HZB", StringComparison.Ordinal) == true);

    [Fact]
    public void An_inquiry_a_journey_abroad_is_made_for_looks_into_the_place_it_goes_to() =>
        Assert.Contains(Events("A team of U.S. experts flew to Baghdad to investigate the blast."), e => e.CameoRoot == "09" && e.Target?.Country == "IRQ");

    [Fact]
    public void A_suspect_handed_over_to_no_one_named_goes_to_justice_and_the_dead_are_handed_back()
    {
        Assert.Contains(Events("Croatia handed over a Bosnian Croat general wanted for war crimes."), e => e.Cameo == "063");
        Assert.DoesNotContain(Events("Israel handed over the bodies of suspected militants to their families."), e => e.Cameo is "063" or "173");
    }

    [Theory]
    [InlineData("Yugoslavia ordered NATO forces to leave Kosovo.", "0874")]
    [InlineData("Thailand ordered troops to reopen the Cambodian border.", "154")]
    [InlineData("Greek Prime Minister Costas Simitis received a message of condolence from Ankara.", "043")]
    [InlineData("The opposition turned its guns on President Yeltsin after the vote.", "190")]
    public void Rows_of_this_wording_do_not_code_that_act(string text, string code) =>
        Assert.DoesNotContain(Events(text), e => e.Cameo == code);

    [Fact]
    public void Rebels_in_a_country_named_are_that_countrys_not_the_dealers() =>
        Assert.Contains(Events("Britain held talks with rebels in Sierra Leone on Friday."), e => e.CameoRoot == "04" && e.Target?.Country == "SLE");

    [Fact]
    public void A_broadcaster_stopping_its_own_broadcasts_restricts_no_one() =>
        Assert.DoesNotContain(Events("Al Jazeera suspended its broadcasts from Baghdad after the bombing."), e => e.Cameo == "1721");

    [Theory]
    [InlineData("Somali gunmen freed two Italian aid workers kidnapped earlier this month.", "0841")]
    [InlineData("Washington gave Haiti's military rulers a month to step down.", "139")]
    [InlineData("Japan sent a message of sympathy to Ankara after the earthquake.", "018")]
    [InlineData("Palestinians rained stones on Israeli soldiers in Hebron.", "190")]
    [InlineData("Palestinians complain that Israeli police arrest their children almost every night.", "173")]
    public void Rows_of_this_wording_code_that_act(string text, string code) =>
        Assert.Contains(Events(text), e => e.Cameo == code);
}
