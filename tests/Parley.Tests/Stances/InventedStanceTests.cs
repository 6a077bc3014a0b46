using Parley.Stances;
using Parley.Tests.Events;

namespace Parley.Tests.Stances;

/// <summary>Small invented texts for the country a stance's issue is about.</summary>
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
}
