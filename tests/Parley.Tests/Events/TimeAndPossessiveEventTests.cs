using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented wire sentences for a phrase of time right after the verb (no word of the verb's pattern), agreement on a course of
/// action, and possessives of a body named by a group noun ("the army … its troops") or of the source ("its ambassador to Peru").
/// </summary>
public sealed class TimeAndPossessiveEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(1995, 6, 1));

    [Theory]
    [InlineData("Iraq demanded on Thursday that the United Nations lift the oil embargo.", "IRQ")]
    [InlineData("Yugoslavia demanded on Sunday that NATO halt its air strikes.", "SRB")]
    [InlineData("Iran demanded last week that Britain release the seized tanker.", "IRN")]
    public void A_time_phrase_after_demand_is_no_demand_on_anything(string text, string source)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.CameoRoot == "10" && e.Source.Country == source);
        Assert.DoesNotContain(events, e => e.CameoRoot is "18" or "19");
    }

    [Theory]
    [InlineData("Washington insisted that Iraq withdraw its troops from Kuwait.", true)]
    [InlineData("Washington insisted on Friday that Iraq withdraw its troops from Kuwait.", true)]
    [InlineData("Washington insisted that Iraq had withdrawn its troops from Kuwait.", false)]
    [InlineData("Washington insists that Iraq's troops are leaving Kuwait.", false)]
    public void A_mandative_verbs_subjunctive_complement_is_a_demand_on_its_subject(string text, bool demand)
    {
        Assert.Equal(demand, Events(text).Any(e => e.CameoRoot == "10" && e.Source.Country == "USA" && e.Target?.Country == "IRQ"));
    }

    [Theory]
    [InlineData("Greek and Turkish officials agreed on Monday that their governments should set up a hotline.", "030")]
    [InlineData("Israeli and Jordanian negotiators agreed that their countries would cooperate on water.", "031")]
    [InlineData("Greek and Turkish officials agreed on Monday that the talks had failed.", "019")]
    public void Agreeing_that_something_should_be_done_is_an_intent_to_cooperate_not_accord(string text, string cameo)
    {
        Assert.Contains(Events(text), e => e.Cameo == cameo);
    }

    [Theory]
    [InlineData("The Indian army said its troops killed six Pakistani soldiers in Kashmir on Tuesday.", "IND", "PAK")]
    [InlineData("The Israeli army said its soldiers arrested three Palestinians in Hebron.", "ISR", "PSE")]
    public void Its_after_a_body_named_by_a_group_noun_is_that_body(string text, string source, string target)
    {
        Assert.Contains(Events(text), e => e.Source.Country == source && e.Target?.Country == target);
    }

    [Fact]
    public void It_as_a_subject_does_not_stand_for_a_body_named_by_a_group_noun()
    {
        Assert.DoesNotContain(Events("The Indian army has studied the plan. It will help the region's farmers."), e => e.Source.Country == "IND");
        Assert.Contains(Events("The Indian army said it would help Pakistan's farmers."), e => e.Source.Country == "IND");
    }

    [Theory]
    [InlineData("Venezuela recalled its ambassador to Peru on Tuesday in protest.", "VEN", "PER")]
    [InlineData("The United States recalled its ambassador to Belgrade on Friday.", "USA", "SRB")]
    [InlineData("Britain withdrew its ambassador from Tehran on Friday.", "GBR", "IRN")]
    public void The_sources_own_envoy_is_no_target_and_the_capital_he_is_sent_to_is_its_government(string text, string source, string target)
    {
        Assert.Contains(Events(text), e => e.CameoRoot == "16" && e.Source.Country == source && e.Target?.Country == target);
    }

    [Theory]
    [InlineData("President Bill Clinton lifted the U.S. trade embargo against Vietnam on Thursday.", "VNM")]
    [InlineData("Washington lifted the U.S. embargo.", "USA")]
    public void The_sources_own_country_naming_whose_thing_is_acted_on_is_the_target_only_when_no_other_party_is_named(string text, string? target) =>
        Assert.Contains(EventPipeline.Events(text, new DateOnly(1994, 2, 4)), e => e.Cameo == "085" && e.Source.Country == "USA" && e.Target?.Country == target);

    [Fact]
    public void The_sources_own_country_in_a_phrase_of_place_is_still_where_it_acted() =>
        Assert.Contains(EventPipeline.Events("Maoist rebels ambushed a police convoy in the central Indian state of Chhattisgarh on Tuesday.", new DateOnly(2010, 4, 7)),
            e => e.CameoRoot == "19" && e.Source.Country == "IND" && e.Target?.Country == "IND");

    [Theory]
    [InlineData("The Liberation Tigers of Tamil Eelam suspended their participation in peace talks with the Sri Lankan government on Monday.", 2003, "LKAGOV")]
    [InlineData("The Kenyan president reneged on his promise to the Kenyan people to hold a referendum on the constitution.", 2005, "KEN")]
    public void The_sources_own_possessive_does_not_absorb_another_party_of_its_country(string text, int year, string target) =>
        Assert.Contains(EventPipeline.Events(text, new DateOnly(year, 6, 1)), e => e.Target?.Code == target);

    [Fact]
    public void The_sources_own_country_before_the_people_acted_on_is_the_target() =>
        Assert.Contains(EventPipeline.Events("The Syrian army shelled Syrian villages near the border.", new DateOnly(2012, 6, 1)),
            e => e.CameoRoot == "19" && e.Source.Country == "SYR" && e.Target?.Country == "SYR");
}
