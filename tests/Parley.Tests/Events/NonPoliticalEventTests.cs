using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences of the kinds real news holds besides politics: sport, commerce, publishing, idioms
/// of "go" and "come". They must yield no political event, while their political twins still do.
/// </summary>
public sealed class NonPoliticalEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2005, 3, 1));

    [Theory]
    [InlineData("France beat England 20-10 in the Six Nations match at Twickenham.")]
    [InlineData("Spain's coach has brought the striker back into the squad to face Italy on Sunday.")]
    [InlineData("US Airways cancelled more than 100 flights on Christmas Day.")]
    [InlineData("The German exchange tabled an offer for its rival, valuing it at 1.3bn euros, and shareholders welcomed it.")]
    [InlineData("British stars are hoping for awards at the film festival in Berlin.")]
    [InlineData("South Korean Lee Min-ho defeated American John Smith 6-3 7-6 in the second round.")]
    [InlineData("He gave the press plenty to report - Atletico Madrid gave up on him after a row over his private life.")]
    [InlineData("New Zealand rallied to a 53-37 win over Wales on Saturday.")]
    public void A_team_a_firm_or_a_film_named_after_a_country_is_no_political_actor(string text) =>
        Assert.Empty(Events(text));

    [Fact]
    public void Protesters_rallying_in_a_capital_still_protest_to_their_government()
    {
        Assert.Contains(Events("Thousands of protesters rallied in Athens on Sunday."), e => (e.CameoRoot, e.Target?.Code) == ("14", "GRCGOV"));
    }

    [Fact]
    public void A_captain_in_copy_about_sport_leads_a_team()
    {
        Assert.Empty(Events("Spanish captain Carlos Puyol criticised Italy after the World Cup match."));
        Assert.Contains(Events("Spanish captain Carlos Puyol criticised Italy after the summit."), e => (e.Cameo, e.Source.Code) == ("111", "ESPMIL"));
    }

    [Fact]
    public void A_capital_after_a_place_prefix_is_still_the_city()
    {
        // "Atletico Madrid" is a club; "Central London" is London, where the march took place.
        Assert.Contains(Events("Protesters marched in Central London against the war."), e => e.Source.Country == "GBR");
    }

    [Fact]
    public void A_sentence_of_a_sports_story_needs_no_cue_of_its_own()
    {
        const string blow = "Ireland delivered a heavy blow to Scotland's hopes before the interval.";
        Assert.NotEmpty(Events(blow));
        const string story = "Ireland beat Scotland 28-17 in the Six Nations match at Lansdowne Road. " + blow
            + " The coach praised his squad after the game. The league leaders face Wales in Cardiff next. "
            + "Their captain scored two tries in the first half. The championship ends in March.";
        Assert.Empty(Events(story));
    }

    [Fact]
    public void A_politics_story_with_one_sports_sentence_keeps_its_events()
    {
        const string story = "Ireland accused Britain of breaking the agreement on Monday. "
            + "The Irish government demanded talks with London. Ministers met in Dublin. "
            + "The football match was postponed. Britain rejected the charge on Tuesday.";
        Assert.Contains(Events(story), e => e.CameoRoot == "11" && e.Source.Code == "IRL");
    }

    [Fact]
    public void A_firm_acting_alone_is_no_political_actor_but_a_firm_suing_a_state_is_one()
    {
        Assert.Empty(Events("Finnish security firm F-Secure issued a warning about the new viruses."));
        Assert.Contains(Events("A Saudi businessman is suing the United States for damages to his plant."), e => e.CameoRoot == "11");
    }

    [Fact]
    public void A_newspaper_or_broadcaster_acting_on_a_country_in_copy_about_markets_or_films_is_no_political_actor()
    {
        Assert.Empty(Events("Japan's Nikkei index fell 0.3%, while South Korea's Kospi index dropped 0.5%."));
        Assert.Empty(Events("Indian television channels are refusing to show the film in India."));
    }

    [Fact]
    public void Rugby_and_cricket_words_mark_sport_too()
    {
        Assert.NotEmpty(Events("Ireland accused Scotland of time-wasting in the second half."));
        Assert.Empty(Events("Ireland accused Scotland of time-wasting after half-time."));
        Assert.NotEmpty(Events("Australia criticised England's tactics on the last day."));
        Assert.Empty(Events("Australia's batsmen criticised England's tactics on the last day."));
    }

    [Fact]
    public void Critics_of_a_film_are_reviewers_but_critics_of_a_plan_are_the_opposition()
    {
        Assert.Empty(Events("The film was attacked by critics in the US."));
        Assert.Contains(Events("The plan was attacked by critics in Russia."), e => e.CameoRoot == "11" && e.Source.Code == "RUSOPP");
    }

    [Fact]
    public void A_government_in_a_sports_sentence_still_acts()
    {
        var events = Events("The Greek government condemned the attack on the football stadium in Athens.");
        Assert.Contains(events, e => e.CameoRoot == "11" && e.Source.Code == "GRCGOV");
    }

    [Theory]
    [InlineData("Mr Blair came to power in 1997.")]
    [InlineData("When it comes to trade, France is a tough partner of Germany.")]
    [InlineData("The president said China is going to have to make a deal.")]
    [InlineData("The government met its deficit target in 2004.")]
    [InlineData("The UK took over the chairmanship of the EU in July.")]
    [InlineData("Donald Trump released a letter from his physician.")]
    public void Idioms_of_go_come_meet_take_over_and_release_are_no_events(string text) =>
        Assert.Empty(Events(text));

    [Fact]
    public void Releasing_people_is_still_a_release()
    {
        Assert.Contains(Events("Iraq released 20 prisoners on Monday."), e => e.Cameo == "0841");
    }

    [Fact]
    public void Insisting_on_a_view_is_a_statement_but_insisting_that_another_actor_act_is_a_demand()
    {
        Assert.DoesNotContain(Events("Mr Brown insisted the recent disputes with France were not a problem."), e => e.CameoRoot == "10");
        Assert.Contains(Events("The British Foreign Secretary insisted that Syria must withdraw its troops from Lebanon."), e => e.CameoRoot == "10");
    }

    [Fact]
    public void Can_marks_a_possible_act_not_a_fact()
    {
        var sent = Assert.Single(Events("Britain can send troops to Iraq."), e => e.CameoRoot == "06");
        Assert.Equal(Modality.Hypothetical, sent.Modality);
    }

    [Fact]
    public void A_meeting_or_hosting_needs_someone_to_meet()
    {
        Assert.DoesNotContain(Events("The president received a new diet plan last year."), e => e.CameoRoot == "04");
        Assert.DoesNotContain(Events("South Korea also hosts several solar panel makers."), e => e.CameoRoot == "04");
        Assert.Contains(Events("Russian President Boris Yeltsin hosted Japanese Prime Minister Ryutaro Hashimoto on Saturday."), e => e.CameoRoot == "04" && e.Target?.Country == "JPN");
    }
}
