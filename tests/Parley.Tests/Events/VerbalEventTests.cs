using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Invented sentences for verbal and yielding acts (CAMEO 04, 08, 09, 11, 12, 13) in the usual wordings of wire copy.</summary>
public sealed class VerbalEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2005, 3, 1));

    [Theory]
    [InlineData("Hezbollah vowed to avenge the killing of its commander by Israel.", "138", "ISR")]
    [InlineData("Hamas swore revenge against Israel after the raid.", "138", "ISR")]
    [InlineData("Pakistan warned India of serious consequences.", "130", "IND")]
    [InlineData("Iran warned Israel of retaliation for the strike.", "130", "ISR")]
    [InlineData("Turkey said it would use force against Syria.", "138", "SYR")]
    [InlineData("China warned Japan that it would take countermeasures.", "130", "JPN")]
    [InlineData("Russia warned Georgia that it would respond militarily.", "138", "GEO")]
    [InlineData("Russia said it would not hesitate to use force against Georgia.", "138", "GEO")]
    [InlineData("North Korea warned of war if the United States attacked.", "138", "USA")]
    public void Vows_of_revenge_warnings_of_consequences_and_announced_force_are_threats(string text, string cameo, string target)
    {
        var threat = Assert.Single(Events(text), e => e.CameoRoot == "13");
        Assert.Equal((cameo, target), (threat.Cameo, threat.Target?.Country));
    }

    [Fact]
    public void An_act_hoped_for_in_an_until_clause_did_not_take_place()
    {
        var events = Events("Eritrea has vowed to fight until Ethiopia withdraws its troops from Badme.");
        Assert.DoesNotContain(events, e => e.CameoRoot == "08");
        var threat = Assert.Single(events, e => e.CameoRoot == "13");
        Assert.Equal(("ERI", "ETH"), (threat.Source.Country, threat.Target?.Country));
        Assert.Contains(Events("Ethiopia fought on until Eritrea withdrew its troops from Badme."), e => e.CameoRoot == "08");
    }

    [Theory]
    [InlineData("The United States said that lifting the sanctions on Cuba is out of the question.", "USA", "CUB")]
    [InlineData("Israel said talks with Hamas were off the table.", "ISR", "PSE")]
    public void An_act_said_to_be_out_of_the_question_is_rejected_by_the_speaker(string text, string source, string target)
    {
        var rejection = Assert.Single(Events(text), e => e.CameoRoot == "12");
        Assert.Equal((source, target), (rejection.Source.Country, rejection.Target?.Country));
    }

    [Fact]
    public void Turning_down_a_proposal_is_a_rejection_and_ruled_out_talks_are_no_meeting()
    {
        var rejection = Assert.Single(Events("Greece turned down a Turkish proposal for talks on the islands."), e => e.CameoRoot == "12");
        Assert.Equal(("GRC", "TUR"), (rejection.Source.Country, rejection.Target?.Country));
        var events = Events("Israel ruled out talks with Hamas.");
        Assert.Contains(events, e => e.Cameo == "125");
        Assert.DoesNotContain(events, e => e.CameoRoot == "04");
    }

    [Theory]
    [InlineData("Iran denounced the American sanctions as illegal.", "USA")]
    [InlineData("Russia called the American raids a violation of international law.", "USA")]
    [InlineData("China called Japan's decision a provocation.", "JPN")]
    public void Denouncing_an_act_and_calling_it_a_violation_are_disapproval(string text, string target)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.CameoRoot == "11" && (target.Length == 0 || e.Target?.Country == target));
        Assert.DoesNotContain(events, e => e.CameoRoot == "05");
    }

    [Fact]
    public void A_denied_act_is_denied()
    {
        var events = Events("Pakistan denied that it had sent troops into India.");
        Assert.All(events.Where(e => e.CameoRoot != "01"), e => Assert.Equal(Modality.Denied, e.Modality));
    }

    [Theory]
    [InlineData("Iran was unable to attend the talks with Iraq.", Modality.Denied)]
    [InlineData("Iran was able to attend the talks with Iraq.", Modality.Asserted)]
    public void An_act_one_is_unable_to_do_is_denied(string text, string modality) =>
        Assert.Equal(modality, Assert.Single(Events(text)).Modality);

    [Theory]
    [InlineData("Egypt reopened the border with Gaza on Sunday.", "081")]
    [InlineData("Amnesty International sent a fact-finding mission to Chechnya.", "090")]
    [InlineData("The United Nations established an inquiry into the killings in Kenya.", "090")]
    [InlineData("American and Russian negotiators return to Geneva this week for talks on missiles.", "046")]
    [InlineData("The Egyptian foreign minister flew to Damascus for talks with the Syrian president.", "046")]
    [InlineData("The Egyptian foreign minister flew to Syria on Monday.", "042")]
    public void Reopened_borders_fact_finding_missions_and_returning_for_talks_are_coded(string text, string cameo) =>
        Assert.Contains(Events(text), e => e.Cameo == cameo);

    [Theory]
    [InlineData("Syria snubbed an Egyptian invitation to the summit.", "125", "EGY")]
    [InlineData("China said no to the American proposal.", "120", "USA")]
    [InlineData("Belgrade accused NATO of war crimes.", "1124", "")]
    [InlineData("Iran voiced anger at the British decision.", "111", "GBR")]
    [InlineData("Syria agreed to the demands of the United Nations.", "080", "")]
    [InlineData("Israel dropped its demand for a change of leadership in the Palestinian Authority.", "080", "PSE")]
    [InlineData("Iraq handed back Kuwaiti property.", "084", "KWT")]
    [InlineData("Turkey scrapped a ban on Kurdish broadcasts.", "081", "")]
    [InlineData("Indonesia ended martial law in Aceh.", "0814", "")]
    [InlineData("Israel ordered its troops to withdraw from Lebanon.", "0874", "LBN")]
    [InlineData("Libya surrendered the two suspects to Britain.", "0841", "")]
    [InlineData("North Korea refused entry to inspectors from the United Nations.", "1245", "")]
    public void Snubs_charges_of_war_crimes_and_yielding_to_demands_take_their_codebook_codes(string text, string cameo, string target)
    {
        var coded = Assert.Single(Events(text), e => e.Cameo == cameo);
        Assert.True(target.Length == 0 || coded.Target?.Country == target, $"target {coded.Target?.Code}");
    }

    [Theory]
    [InlineData("Saddam Hussein ruled Iraq for 24 years.")]
    [InlineData("The Taliban controlled Afghanistan for five years.")]
    public void Ruling_or_controlling_for_a_time_is_no_visit(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "04");

    [Fact]
    public void A_threat_at_home_is_aimed_at_the_one_whose_act_would_set_it_off()
    {
        var threat = Assert.Single(Events("Israel threatened to ban voting in East Jerusalem if Hamas ran in the election."), e => e.CameoRoot == "13");
        Assert.Equal("PSE", threat.Target?.Country);
    }

    [Theory]
    [InlineData("Iran urged Muslims to rise up against the United States.", "USA")]
    [InlineData("The Arab League called on the world to act against Israel.", "ISR")]
    [InlineData("South Africa called for sanctions against Nigeria.", "NGA")]
    public void Soliciting_others_against_someone_rallies_opposition_to_them(string text, string target)
    {
        var rally = Assert.Single(Events(text), e => e.Cameo == "113");
        Assert.Equal(target, rally.Target?.Country);
    }

    [Fact]
    public void Urging_someone_to_fight_a_third_party_is_an_appeal_to_them() =>
        Assert.DoesNotContain(Events("The United States urged Pakistan to fight against the Taliban."), e => e.Cameo == "113");

    [Theory]
    [InlineData("Israel pledged not to attack Iran.")]
    [InlineData("Japan agreed not to impose sanctions on China.")]
    public void A_promise_not_to_act_is_no_threat(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "13");

    [Fact]
    public void A_decision_not_to_cooperate_is_a_refusal() =>
        Assert.Contains(Events("Serbia decided not to cooperate with the tribunal."), e => e.CameoRoot == "12");
    [Theory]
    [InlineData("The European Union is considering lifting its arms embargo on China.", "IGO", "CHN")]
    [InlineData("Pakistan was considering fencing its border with Afghanistan.", "PAK", "AFG")]
    public void A_course_of_action_weighed_is_a_policy_option_considered(string text, string source, string target)
    {
        var e = Assert.Single(EventPipeline.Events(text, new DateOnly(2005, 3, 1)));
        Assert.Equal(("014", source, target), (e.Cameo, EventPipeline.Key(e.Source), EventPipeline.Key(e.Target)));
    }
    [Theory]
    [InlineData("ETA claimed responsibility on Monday for a car bomb that damaged a hotel on the Costa del Sol.", "ESP")]
    [InlineData("The Tamil Tigers claimed responsibility for a bomb that ripped through a market.", "LKA")]
    public void A_rebel_claim_for_an_attack_naming_no_victim_is_toward_the_state_fought(string text, string state) =>
        Assert.Contains(EventPipeline.Events(text, new DateOnly(2005, 3, 1)), e => e.Cameo == "015" && e.Target?.Country == state);
}
