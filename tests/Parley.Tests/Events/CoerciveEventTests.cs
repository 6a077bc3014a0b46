using Parley.Entities;
using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences for the coercive codes (CAMEO 13 threaten, 15 exhibit force posture, 16 reduce relations, 17 coerce)
/// in the wordings the codebook names: the threat of each act, the act carried out, and wordings that are neither.
/// </summary>
public sealed class CoerciveEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2005, 3, 1));


    /// <summary>The one event of <paramref name="root"/> in <paramref name="text"/>, checked for code and actors, and no event of the other roots.</summary>
    private static CodedEvent AssertCoded(string text, string root, string cameo, string source, string target, params string[] notRoots)
    {
        var events = Events(text);
        var coded = Assert.Single(events, e => e.CameoRoot == root);
        Assert.Equal((cameo, source, target), (coded.Cameo, EventPipeline.Key(coded.Source), EventPipeline.Key(coded.Target)));
        Assert.DoesNotContain(events, e => notRoots.Contains(e.CameoRoot));
        return coded;
    }

    [Theory]
    [InlineData("Turkey threatened to sever diplomatic ties with Israel.", "1313", "TUR", "ISR")]
    [InlineData("The United States threatened on Tuesday to suspend military aid to Egypt.", "1311", "USA", "EGY")]
    [InlineData("China has threatened to impose tariffs on American goods.", "1312", "CHN", "USA")]
    [InlineData("The European Union threatened Belarus with new sanctions over the crackdown.", "1312", "IGO", "BLR")]
    [InlineData("Hamas threatened to pull out of the talks with Fatah.", "134", "PSE", "PSE")]
    [InlineData("Egypt threatened to end its mediation between Israel and Hamas.", "135", "EGY", "ISR")]
    [InlineData("Sudan threatened to expel United Nations peacekeepers from Darfur.", "136", "SDN", "IGO")]
    [InlineData("Zimbabwe threatened to jail opposition leaders who organised protests.", "137", "ZWE", "ZWE")]
    [InlineData("China threatened to blockade Taiwan.", "1381", "CHN", "TWN")]
    [InlineData("Russia threatened to occupy the Georgian port of Poti.", "1382", "RUS", "GEO")]
    [InlineData("Pakistan threatened to go to war with India over Kashmir.", "138", "PAK", "IND")]
    [InlineData("Turkish Prime Minister Recep Tayyip Erdogan threatened Israel with military action.", "138", "TUR", "ISR")]
    [InlineData("North Korea threatened to launch a nuclear strike against the United States.", "1385", "PRK", "USA")]
    [InlineData("Russia vowed a tough response to the expulsion of its diplomats by Britain.", "130", "RUS", "GBR")]
    [InlineData("North Korea made new threats against South Korea.", "130", "PRK", "KOR")]
    [InlineData("Iraq threatened to boycott American goods.", "1312", "IRQ", "USA")]
    [InlineData("Israel threatened to ban voting in East Jerusalem.", "1321", "ISR", "PSE")]
    public void A_threat_takes_the_code_of_the_act_it_threatens_and_stays_asserted(string text, string cameo, string source, string target) =>
        Assert.Equal(Modality.Asserted, AssertCoded(text, "13", cameo, source, target, "03", "16", "17", "19").Modality);

    [Theory]
    [InlineData("Iran's supreme leader swore to destroy Israel.", "138", "IRN", "ISR")]
    [InlineData("Hamas promised to take revenge on Israel.", "138", "PSE", "ISR")]
    [InlineData("North Korea warned it would take military action against South Korea.", "138", "PRK", "KOR")]
    public void Sworn_revenge_and_warned_military_action_are_threats_of_force(string text, string cameo, string source, string target) =>
        AssertCoded(text, "13", cameo, source, target, "03", "19");

    [Fact]
    public void A_conditional_threat_keeps_its_condition_and_its_code()
    {
        var threat = Assert.Single(Events("Venezuela threatened to break off relations with Colombia unless Bogota apologized."), e => e.CameoRoot == "13");
        Assert.Equal(("1313", "VEN", "COL", Modality.Conditional), (threat.Cameo, EventPipeline.Key(threat.Source), EventPipeline.Key(threat.Target), threat.Modality));
        Assert.StartsWith("unless", threat.Condition, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ecuador threatened to take Chevron to court.", "130")]
    [InlineData("Prime Minister Yulia Tymoshenko threatened to resign over the budget.", "1313")]
    public void A_threatened_act_without_a_threat_code_leaves_the_threat_its_own(string text, string cameo) =>
        Assert.Equal(cameo, Assert.Single(Events(text), e => e.CameoRoot == "13").Cameo);

    [Theory]
    [InlineData("Israel said it could strike Iranian nuclear facilities.", "138", "ISR", "IRN")]
    [InlineData("The European Union warned that it could impose sanctions on Iran.", "1312", "IGO", "IRN")]
    [InlineData("Japan said it might cut economic aid to China.", "1311", "JPN", "CHN")]
    [InlineData("Foreign Minister Sergei Lavrov said Russia could respond by expelling American diplomats.", "1313", "RUS", "USA")]
    [InlineData("Britain could impose sanctions on Russia, Foreign Secretary Boris Johnson said.", "1312", "GBR", "RUS")]
    public void A_hostile_act_its_own_agent_says_it_could_do_is_a_threat(string text, string cameo, string source, string target) =>
        AssertCoded(text, "13", cameo, source, target, "16", "19");

    [Theory]
    [InlineData("Russia said the United States could impose sanctions on Iran.")]
    [InlineData("Britain could impose sanctions on Russia, analysts at the institute said.")]
    [InlineData("Britain should expel more Russian diplomats, the opposition leader Jeremy Corbyn said.")]
    public void What_another_actor_could_do_is_no_threat_by_the_speaker(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "13");

    [Theory]
    [InlineData("India deployed warships near the coast of Sri Lanka.", "150", "IND", "LKA")]
    [InlineData("The United States sent an aircraft carrier to the Persian Gulf to deter Iran.", "150", "USA", "IRN")]
    [InlineData("Turkey sent tanks to its border with Syria.", "154", "TUR", "SYR")]
    [InlineData("Greece sent troops to its land border with Turkey.", "154", "GRC", "TUR")]
    [InlineData("The Israeli army called up thousands of reservists ahead of a possible offensive in Gaza.", "154", "ISR", "PSE")]
    [InlineData("China stepped up military patrols near Taiwan.", "150", "CHN", "TWN")]
    [InlineData("Pakistan put its troops on standby along the border with India.", "152", "PAK", "IND")]
    [InlineData("Armenia announced a general mobilization after clashes with Azerbaijan.", "154", "ARM", "AZE")]
    [InlineData("India bolstered its forces along the border with China.", "154", "IND", "CHN")]
    [InlineData("The United States beefed up its forces in the Gulf to deter Iran.", "154", "USA", "IRN")]
    public void Forces_moved_to_a_border_or_called_up_are_a_show_of_force(string text, string cameo, string source, string target) =>
        AssertCoded(text, "15", cameo, source, target, "03", "06");

    [Theory]
    [InlineData("Canada suspended diplomatic relations with Iran.", "161", "CAN", "IRN")]
    [InlineData("Egypt expelled two Iranian diplomats.", "161", "EGY", "IRN")]
    [InlineData("Russia ordered the expulsion of 60 American diplomats.", "161", "RUS", "USA")]
    [InlineData("India called off talks with Pakistan after the attack.", "164", "IND", "PAK")]
    [InlineData("Iraq expelled United Nations weapons inspectors.", "1662", "IRQ", "IGO")]
    [InlineData("The United States froze military assistance to Ukraine.", "1622", "USA", "UKR")]
    [InlineData("The United States suspended economic aid to Honduras.", "1621", "USA", "HND")]
    [InlineData("Britain halted humanitarian aid to Ethiopia.", "1623", "GBR", "ETH")]
    [InlineData("Washington tightened sanctions against Cuba.", "163", "USA", "CUB")]
    [InlineData("The Arab League suspended Syria's membership.", "160", "IGO", "SYR")]
    [InlineData("Ecuador declared the American ambassador persona non grata.", "161", "ECU", "USA")]
    [InlineData("Ukraine cancelled talks with Russia.", "164", "UKR", "RUS")]
    [InlineData("Pakistan boycotted the talks with India.", "164", "PAK", "IND")]
    [InlineData("Russia retaliated by expelling 23 British diplomats.", "161", "RUS", "GBR")]
    [InlineData("Britain announced the expulsion of two Russian diplomats.", "161", "GBR", "RUS")]
    [InlineData("Turkey announced the suspension of cooperation with the European Union.", "160", "TUR", "IGO")]
    [InlineData("The European Union imposed a travel ban on Belarusian officials.", "163", "IGO", "BLR")]
    [InlineData("Russia cut off gas supplies to Ukraine.", "163", "RUS", "UKR")]
    public void Relations_aid_and_trade_cut_are_reduced_relations(string text, string cameo, string source, string target) =>
        Assert.Equal(Modality.Asserted, AssertCoded(text, "16", cameo, source, target, "04", "08", "17").Modality);

    [Theory]
    [InlineData("Thailand expelled a British journalist.", "174", "THA", "GBR")]
    [InlineData("Saudi Arabia imprisoned a prominent British blogger.", "173", "SAU", "GBR")]
    [InlineData("Israel put Palestinian leader Yasser Arafat under house arrest.", "173", "ISR", "PSE")]
    [InlineData("Chinese authorities detained a Japanese businessman after talks in Beijing.", "173", "CHN", "JPN")]
    [InlineData("Israel detained the Palestinian negotiator after the meeting.", "173", "ISR", "PSE")]
    [InlineData("Israeli forces rounded up 30 Palestinians in the West Bank.", "173", "ISR", "PSE")]
    [InlineData("Militiamen looted shops in Monrovia.", "1711", "LBR", "LBR")]
    [InlineData("Israel demolished the homes of Palestinian militants.", "1712", "ISR", "PSE")]
    [InlineData("Chinese hackers broke into computers at the Pentagon.", "176", "CHN", "USA")]
    public void Arrests_expulsions_of_individuals_lootings_and_hacking_are_coercion(string text, string cameo, string source, string target) =>
        AssertCoded(text, "17", cameo, source, target, "04", "08", "14", "16", "19");

    [Fact]
    public void Protesters_detained_at_a_rally_held_no_rally() =>
        Assert.DoesNotContain(Events("Belarusian police detained dozens of protesters at a rally in Minsk."), e => e.CameoRoot == "14");

    [Theory]
    [InlineData("OPEC cut oil production by a million barrels a day.")]
    [InlineData("Nigeria cut fuel prices on Monday.")]
    public void Energy_cut_without_supplies_to_someone_is_no_sanction(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "16");

    [Fact]
    public void What_a_resolution_aims_at_is_no_act_of_its_authors()
    {
        var events = Events("Hungary said it will support a U.N. Security Council resolution that aims to tighten sanctions against Serbia.");
        Assert.DoesNotContain(events, e => e.CameoRoot is "13" or "16");
        Assert.Contains(events, e => e.CameoRoot == "03" && e.Source.Country == "HUN");
    }

    [Theory]
    [InlineData("Armed bandits abducted 280 pupils from a school in Kaduna state, Nigeria.", "18", "NGA", "NGA")]
    [InlineData("Iran's Revolutionary Guards seized the British-flagged tanker Stena Impero.", "17", "IRN", "GBR")]
    public void Criminals_act_where_they_are_and_a_ship_is_its_flag_states(string text, string root, string source, string target)
    {
        var coded = Assert.Single(Events(text), e => e.CameoRoot == root);
        Assert.Equal((source, target), (EventPipeline.Key(coded.Source), EventPipeline.Key(coded.Target)));
    }

    [Theory]
    [InlineData("Malaysian police arrested the sacked deputy prime minister at his home.", "173")]
    [InlineData("Police arrested members of the opposition party in Minsk.", "173")]
    [InlineData("Sri Lanka's president declared a public emergency on Friday.", "1724")]
    public void An_arrest_of_anyone_is_an_arrest_and_an_emergency_declared_is_one_imposed(string text, string cameo)
    {
        Assert.Contains(Events(text), e => e.Cameo == cameo);
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "18");
    }
    [Theory]
    [InlineData("A dusk-to-dawn curfew was imposed on the Kashmiri city of Srinagar on Friday.", "1723", "IND")]
    [InlineData("A state of emergency was declared in Bangkok on Tuesday.", "1724", "THA")]
    [InlineData("International aid agencies were allowed into Darfur for the first time.", "0863", "SDN")]
    [InlineData("Authorities imposed a round-the-clock curfew on Srinagar on Saturday.", "1723", "IND")]
    [InlineData("Officials declared a state of emergency in Bangkok.", "1724", "THA")]
    public void A_measure_taken_on_a_place_with_no_one_named_is_the_state_that_holds_it(string text, string cameo, string state) =>
        Assert.Contains(Events(text), e => e.Cameo == cameo && e.Source.Country == state);

    [Fact]
    public void A_curfew_imposed_nowhere_named_has_no_source() =>
        Assert.DoesNotContain(Events("A curfew was imposed after the riots."), e => e.Cameo == "1723");
    [Theory]
    [InlineData("Ukrainian riot police cleared demonstrators from Independence Square in Kiev on Saturday.", "UKR")]
    [InlineData("Syrian security forces firing live rounds dispersed protesters in Deraa.", "SYR")]
    public void Forces_clearing_or_dispersing_protesters_repress_them(string text, string country) =>
        Assert.Contains(Events(text), e => e.Cameo == "175" && e.Source.Country == country && e.Target?.Country == country);

    [Theory]
    [InlineData("A Cairo court cleared demonstrators accused of attacking police.")]
    [InlineData("Ukrainian authorities cleared demonstrators to march in Kiev.")]
    public void Protesters_cleared_of_charges_or_to_march_are_not_repressed(string text) =>
        Assert.DoesNotContain(Events(text), e => e.Cameo == "175");

    [Fact]
    public void A_curfew_on_an_occupied_town_is_the_occupiers() =>
        Assert.Contains(Events("A curfew was imposed on the West Bank town of Nablus."), e => e.Cameo == "1723" && e.Source.Country == "ISR");
    [Theory]
    [InlineData("Bolivia nationalised the Spanish-owned electricity grid on Tuesday.", "1711", "ESP")]
    [InlineData("Iran seized control of British oil refineries in Abadan.", "1711", "GBR")]
    [InlineData("Russian troops seized control of the airport in Pristina.", "192", "KSV")]
    public void Holdings_taken_over_are_confiscated_and_places_occupied(string text, string cameo, string target) =>
        Assert.Contains(Events(text), e => e.Cameo == cameo && e.Target?.Country == target);
}
