using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Places of one name in several countries ("Tripoli" in Libya and in Lebanon): the one in a country the story names is meant,
/// else the most populous.
/// </summary>
public sealed class NamesakePlaceTests
{
    [Theory]
    [InlineData("Syrian troops ended their mediation between rival militias in Tripoli as fighting spread across northern Lebanon.", "LBN")]
    [InlineData("Syrian troops ended their mediation between rival militias in Tripoli on Monday.", "LBY")]
    public void A_namesake_in_a_country_the_story_names_is_meant(string text, string country)
    {
        var e = Assert.Single(EventPipeline.Events(text, new DateOnly(1989, 5, 1)), e => e.CameoRoot == "16");
        Assert.Equal(("Tripoli", country), (e.Location?.Name, e.Location?.Country));
    }
}
