using Parley.Stances;
using Parley.Tests.Events;

namespace Parley.Tests.Stances;

/// <summary>Small invented texts for the country a stance's issue is about, and for words near an issue that state no position.</summary>
public sealed class InventedStanceTests
{
    private static IReadOnlyList<Stance> Stances(string text) =>
        EventPipeline.Run(text, new DateOnly(2021, 3, 22)).Layers.Get(StanceLayers.Stances);

    [Fact]
    public void A_position_that_acts_on_another_country_never_takes_the_actors_own()
    {
        var stances = Stances("Britain has joined its allies over Xinjiang. Britain said on Monday that it would impose sanctions. "
            + "Britain's foreign secretary spoke to Britain's parliament about China.");
        var imposed = Assert.Single(stances, s => s.Position == "impose");
        Assert.Equal("sanctions:CHN", imposed.Issue);
    }

    [Fact]
    public void A_demand_may_concern_the_actors_own_country()
    {
        var stances = Stances("North Korea demanded a lifting of sanctions on North Korea.");
        Assert.Contains(stances, s => s.Position == "lift" && s.Issue == "sanctions:PRK");
    }

    [Fact]
    public void A_question_states_no_position()
    {
        Assert.Empty(Stances("Will the United States lift sanctions on Iran?"));
        Assert.Contains(Stances("The United States will lift sanctions on Iran."), s => s.Position == "lift" && s.Issue == "sanctions:IRN");
    }

    [Theory]
    [InlineData("If the United States imposes tariffs on Chinese steel, prices will rise.", "impose")]
    [InlineData("Washington argues that if the embargo on China is lifted, China could buy more arms.", "lift")]
    public void A_position_inside_a_condition_is_supposed_not_held(string text, string position) =>
        Assert.DoesNotContain(Stances(text), s => s.Position == position);

    [Fact]
    public void A_firm_in_business_copy_takes_no_political_position()
    {
        const string text = "The German exchange said it had held \"constructive\" talks with the London Stock Exchange. "
            + "Shares in the exchange rose 3% as investors bet on a takeover bid. The exchange's market value is now 2.5bn euros, and its profits rose.";
        Assert.Empty(Stances(text));
    }

    [Fact]
    public void A_verb_acting_on_another_object_is_no_position_on_the_issue() =>
        Assert.DoesNotContain(Stances("American retailers said they raised prices because of the tariffs on China."), s => s.Position == "raise");

    [Fact]
    public void A_participle_describing_the_issue_is_no_position_and_links_its_country()
    {
        var stance = Assert.Single(Stances("Britain backed plans to lift the arms embargo imposed on China."));
        Assert.Equal(("GBR", "sanctions:CHN", "lift"), (stance.Actor.Code, stance.Issue, stance.Position));
    }

    [Fact]
    public void A_country_adjective_after_the_issue_names_its_country() =>
        Assert.Contains(Stances("The United States will lift tariffs on Chinese goods."), s => s.Issue == "trade:CHN" && s.Position == "lift");

    [Fact]
    public void The_subject_of_a_passive_holds_no_position() =>
        Assert.DoesNotContain(Stances("Tariffs on Chinese goods were increased in May."), s => s.Actor.Code == "CHN");
}
