using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences for the codebook's appeals (02), intents (03), diplomatic cooperation (05), demands (10) and rejections (12)
/// in wordings of wire copy that name them by a phrase rather than by their usual verb: "paid tribute to", "came to the defence
/// of", "accepted the apology", "told X to", "called on others to back X", "pledged to end the dispute", "rebuffed", "shunned".
/// </summary>
public sealed class CooperativeWordingEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2019, 5, 1));

    [Theory]
    [InlineData("Kenya called on African countries to back Somalia's government.", "KEN", "SOM")]
    [InlineData("Erdogan urged Arab nations to support the Palestinians.", "TUR", "PSE")]
    [InlineData("Germany asked France to support Ukraine.", "DEU", "UKR")]
    public void Asking_others_to_support_someone_rallies_support_for_them(string text, string source, string target)
    {
        // CAMEO 053 "Call on other parties to support the target": the target is the one to be supported, not the ones asked.
        var events = Events(text);
        var rally = Assert.Single(events, e => e.Cameo == "053");
        Assert.Equal((source, target), (rally.Source.Country, rally.Target?.Country));
        Assert.DoesNotContain(events, e => e.CameoRoot == "02");
    }

    [Theory]
    [InlineData("The United States urged India not to support the resolution.")]
    [InlineData("France urged Iran to release the French researcher.")]
    [InlineData("The British prime minister urged France and the United States to strengthen their alliance.")]
    public void Asking_for_no_support_or_for_another_act_is_no_rallying(string text)
    {
        var events = Events(text);
        Assert.DoesNotContain(events, e => e.Cameo == "053");
        Assert.Contains(events, e => e.CameoRoot == "02");
    }

    [Theory]
    [InlineData("Egypt accepted Qatar's apology for the remarks.", "056", "EGY", "QAT")]
    [InlineData("Greece accepted an apology from Albania over the border incident.", "056", "GRC", "ALB")]
    [InlineData("Poland offered an apology to Israel for the minister's remarks.", "055", "POL", "ISR")]
    [InlineData("France came to the defence of Lebanon at the Security Council.", "052", "FRA", "LBN")]
    [InlineData("Turkey rose to the defense of Azerbaijan in the dispute.", "052", "TUR", "AZE")]
    [InlineData("India paid tribute to Japan for its support during the pandemic.", "051", "IND", "JPN")]
    [InlineData("Serbia expressed appreciation for Russia's stance on Kosovo.", "051", "SRB", "RUS")]
    [InlineData("Bolivia extended diplomatic recognition to Kosovo.", "054", "BOL", "")]
    public void Apologies_forgiveness_defence_tributes_and_recognition_in_other_words_are_diplomatic_cooperation(string text, string cameo, string source, string target)
    {
        // An apology offered or accepted is made or forgiven (055, 056), not an offer or agreement to come (030); a tribute or
        // thanks commends (051), not PETRARCH's payment (061) or an optimistic comment (013).
        var events = Events(text);
        var coded = Assert.Single(events, e => e.CameoRoot == "05");
        Assert.Equal((cameo, source, target), (coded.Cameo, coded.Source.Country, target.Length == 0 ? "" : coded.Target?.Country));
        Assert.DoesNotContain(events, e => e.CameoRoot is "01" or "03" or "06");
    }

    [Theory]
    [InlineData("Georgia sought the support of the United States against Russian pressure.", "022", "GEO", "USA")]
    [InlineData("Pakistan sought debt relief from China on Monday.", "0231", "PAK", "CHN")]
    [InlineData("Vietnam invited South Korea to invest in its ports.", "0211", "VNM", "KOR")]
    [InlineData("Washington encouraged Serbia and Kosovo to resume talks.", "026", "USA", "SRB")]
    [InlineData("India told China to withdraw its troops from Ladakh.", "1056", "IND", "CHN")]
    [InlineData("Nigeria told Britain to release the detained activists.", "1053", "NGA", "GBR")]
    public void Seeking_support_inviting_investment_encouraging_and_telling_others_to_act_are_appeals_and_demands(string text, string cameo, string source, string target)
    {
        // Seeking someone's backing or debt relief asks them for it (022, 0231), not an intent (030); an invitation to invest
        // asks for economic cooperation (0211), not a meeting (040); encouraging others to act appeals to them (not praise, 051),
        // and telling them to act orders them to, a demand whose act refines it (a withdrawal ordered is 1056, not one made, 0874).
        var events = Events(text);
        var coded = Assert.Single(events, e => e.CameoRoot == cameo[..2]);
        Assert.Equal((cameo, source, target), (coded.Cameo, coded.Source.Country, coded.Target?.Country));
        Assert.DoesNotContain(events, e => e.CameoRoot is "03" or "04" or "05" or "08");
    }

    [Theory]
    [InlineData("The minister told reporters in Moscow that talks would continue.")]
    [InlineData("\"This is a historic day for Israel,\" he told settler leaders, according to a statement.")]
    [InlineData("Pakistan said it was encouraged by the progress in the talks with India.")]
    [InlineData("The Australian campaign adviser told the Conservative leader to focus on marginal seats.")]
    [InlineData("The American company is looking for ways to encourage children to eat more fruit.")]
    public void Telling_reporters_advice_and_being_encouraged_are_no_demands_nor_appeals(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot is "02" or "10");

    [Theory]
    [InlineData("Armenia and Azerbaijan pledged to end the conflict over Nagorno-Karabakh.", "037", "ARM", "AZE")]
    [InlineData("Ethiopia and Eritrea vowed to end their border dispute.", "037", "ETH", "ERI")]
    [InlineData("Jordan is ready to work with Syria to secure the border.", "030", "JOR", "SYR")]
    public void Pledges_to_end_a_dispute_and_readiness_to_work_together_are_intents(string text, string cameo, string source, string target)
    {
        // Ending a dispute settles it (037), not PETRARCH's closing of a border (172, a threat 132 when pledged).
        var events = Events(text);
        var intent = Assert.Single(events, e => e.CameoRoot == "03");
        Assert.Equal((cameo, source, target), (intent.Cameo, intent.Source.Country, intent.Target?.Country));
        Assert.DoesNotContain(events, e => e.CameoRoot is "13" or "17");
    }

    [Theory]
    [InlineData("Tokyo rebuffed Seoul's request for talks on the islands.", "12", "JPN", "KOR")]
    [InlineData("Hungary blocked an EU declaration condemning Israel.", "129", "HUN", "")]
    [InlineData("Iran shunned Washington's calls for talks.", "12", "IRN", "USA")]
    public void Rebuffing_a_request_and_blocking_a_joint_statement_are_rejections(string text, string cameo, string source, string target)
    {
        // Rebuffing or shunning is rejecting, not criticizing (PETRARCH's 110) or excluding (its 170 for "shun"); blocking an organisation's statement vetoes it, not coercion (170).
        var events = Events(text);
        var coded = Assert.Single(events, e => e.CameoRoot == "12");
        Assert.True(coded.Cameo.StartsWith(cameo, StringComparison.Ordinal), coded.Cameo);
        Assert.Equal((source, target), (coded.Source.Country, target.Length == 0 ? "" : coded.Target?.Country));
        Assert.DoesNotContain(events, e => e.CameoRoot is "11" or "17");
    }

    [Theory]
    [InlineData("Iran dismissed the American demands as unacceptable.", "IRN", "USA")]
    [InlineData("Pyongyang dismissed Seoul's request for family reunions.", "PRK", "KOR")]
    [InlineData("Israel shot down the French proposal for a ceasefire.", "ISR", "FRA")]
    public void Demands_requests_and_proposals_dismissed_or_shot_down_are_rejected(string text, string source, string target)
    {
        // Not PETRARCH's criticism (110) for "dismissed", nor an aircraft downed (190) for "shot down".
        var events = Events(text);
        var rejection = Assert.Single(events, e => e.CameoRoot == "12");
        Assert.Equal((source, target), (rejection.Source.Country, rejection.Target?.Country));
        Assert.DoesNotContain(events, e => e.CameoRoot is "11" or "19");
    }

    [Theory]
    [InlineData("Australia made a fresh appeal to Indonesia to release the fishermen.", "02", "AUS")]
    [InlineData("Washington put pressure on Riyadh to end the war in Yemen.", "10", "USA")]
    [InlineData("Greece and Turkey signed up to a code of conduct in the Aegean.", "05", "GRC")]
    public void Appeals_made_pressure_put_on_another_to_act_and_agreements_signed_up_to_take_their_codes(string text, string root, string source)
    {
        // The act asked or pressed for is the appeal's or demand's, not the asker's own (no 08 for "to end the war").
        var events = Events(text);
        Assert.Equal(source, Assert.Single(events, e => e.CameoRoot == root).Source.Country);
        Assert.DoesNotContain(events, e => e.CameoRoot is "04" or "08");
    }

    [Fact]
    public void Pressure_put_on_someone_with_no_act_pressed_for_is_no_demand() =>
        Assert.DoesNotContain(Events("\"They used every trick to put pressure on us,\" the Syrian minister said."), e => e.CameoRoot == "10");

    [Fact]
    public void Recognition_is_granted_to_someone()
    {
        Assert.DoesNotContain(Events("The United Nations recognised this."), e => e.Cameo == "054");
        Assert.DoesNotContain(Events("The government should recognise shortcomings of the review."), e => e.Cameo == "054");
        var granted = Assert.Single(Events("France recognised Kosovo on Monday."), e => e.Cameo == "054");
        Assert.Equal(("FRA", "KSV"), (granted.Source.Country, granted.Target?.Country));
    }
    [Theory]
    [InlineData("Beijing pledged that China would double its investment in Zambia.", "0311", "ZMB")]
    [InlineData("South Korea stepped up investment in Vietnam last year.", "061", "VNM")]
    public void Trade_or_investment_increased_is_economic_cooperation(string text, string cameo, string target) =>
        Assert.Contains(EventPipeline.Events(text, new DateOnly(2005, 3, 1)), e => e.Cameo == cameo && e.Target?.Country == target);
    [Theory]
    [InlineData("Algeria began shipping liquefied natural gas to Spain on Tuesday.", "DZA", "ESP")]
    [InlineData("Iran sold crude oil to China last year.", "IRN", "CHN")]
    public void Energy_shipped_or_sold_abroad_is_economic_cooperation(string text, string source, string target) =>
        Assert.Contains(EventPipeline.Events(text, new DateOnly(2005, 3, 1)), e => e.Cameo == "061" && e.Source.Country == source && e.Target?.Country == target);
    [Fact]
    public void Military_vehicles_and_radars_delivered_are_military_aid() =>
        Assert.Contains(EventPipeline.Events("Washington delivered armoured personnel carriers and radars to the Lebanese army.", new DateOnly(2005, 3, 1)),
            e => e.Cameo == "072" && e.Source.Country == "USA" && e.Target?.Country == "LBN");
}
