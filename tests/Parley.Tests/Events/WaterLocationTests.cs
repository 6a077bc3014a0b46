using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>Events at sea: the sea is the location, its country word no target, and it is no one's host country.</summary>
public sealed class WaterLocationTests
{
    private static readonly DateOnly Spring2019 = new(2019, 5, 1);

    [Theory]
    [InlineData("Russia and Iran held joint military exercises in the Sea of Japan.", "JPN")]
    [InlineData("Iran attacked two tankers in the Gulf of Oman.", "OMN")]
    [InlineData("Nigeria and Ghana signed a pact on piracy in the Gulf of Guinea.", "GIN")]
    [InlineData("Vietnam and the Philippines will hold talks on the South China Sea next week.", "CHN")]
    public void The_country_in_a_waters_name_is_no_target(string text, string country)
    {
        var events = EventPipeline.Events(text, Spring2019);
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Target?.Country == country || e.Source.Country == country);
    }

    [Fact]
    public void A_sea_is_the_events_location_with_coordinates_and_no_country()
    {
        var e = Assert.Single(EventPipeline.Events("Iran seized a British tanker in the Persian Gulf.", Spring2019));
        Assert.Equal(("Persian Gulf", null), (e.Location?.Name, e.Location?.Country));
        Assert.InRange(e.Location!.Lat, 20, 30);
    }
}
