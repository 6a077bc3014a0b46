using Parley.Entities;

namespace Parley.Tests.Entities;

/// <summary>Seas, gulfs, straits and lakes whose names hold a country's name are places, not that country acting.</summary>
public sealed class WaterNameTests
{
    private static readonly DateOnly Spring2019 = new(2019, 5, 1);

    [Theory]
    [InlineData("Vietnam and Malaysia will hold talks on the South China Sea next week.", "South China Sea")]
    [InlineData("Russia and China held joint naval drills in the Sea of Japan.", "Sea of Japan")]
    [InlineData("France and Kenya held naval drills in the Indian Ocean.", "Indian Ocean")]
    [InlineData("Ghana and Togo signed a pact against piracy in the Gulf of Guinea.", "Gulf of Guinea")]
    [InlineData("Canada sent a frigate through the Taiwan Strait.", "Taiwan Strait")]
    [InlineData("Colombia and Ecuador patrolled the Gulf of Panama.", "Gulf of Panama")]
    [InlineData("Egypt and Greece held naval drills in the Libyan Sea.", "Libyan Sea")]
    [InlineData("Costa Rica and Honduras argued over fishing on Lake Nicaragua.", "Lake Nicaragua")]
    public void A_water_named_after_a_country_is_one_place_without_an_actor(string text, string water)
    {
        var doc = EntityTestDocuments.Analyze(text, Spring2019);
        var place = doc.In(text, water);
        Assert.Equal((MentionType.Location, null), (place.Type, place.Actor?.Code));
        Assert.DoesNotContain(doc.Mentions(), m => place.Span.Contains(m.Span) && m.Actor is not null);
    }

    [Fact]
    public void Gulf_after_a_country_stays_the_gulf_region_and_the_country_acts()
    {
        var doc = EntityTestDocuments.Analyze("The US Gulf allies condemned Iran.", Spring2019);
        Assert.Contains(doc.Mentions(), m => m.Actor?.Code == "USA");
    }
}
