using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented wire sentences for the place a march goes "through", for names that a shorter known name hides, for a town's name
/// that is also an organization's, for a one-word institution ending another name ("Labour Congress"), and for "Indians" of the
/// Americas.
/// </summary>
public sealed class WirePlaceAndNameTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(1996, 6, 1));

    [Fact]
    public void Protesters_marching_through_a_city_are_of_its_country()
    {
        Assert.Contains(Events("Demonstrators marched through Bonn on Saturday to protest against Turkey's offensive."),
            e => (e.CameoRoot, e.Source.Country, e.Target?.Country) == ("14", "DEU", "TUR"));
    }

    [Fact]
    public void A_movement_whose_name_holds_a_newspapers_name_is_the_movement()
    {
        var events = Events("The Philippine government and Muslim rebels of the Moro National Liberation Front signed a peace agreement in Manila.");
        Assert.Contains(events, e => e.Source.Country == "PHL");
        Assert.DoesNotContain(events, e => e.Target?.Country == "FRA"); // "Liberation" was read as the French newspaper
    }

    [Theory]
    [InlineData("Rioters torched banks in the southern Jordanian town of Maan on Saturday.", "JOR", "PSE")] // the Ma'an News Agency
    [InlineData("Abu Sayyaf guerrillas kidnapped 21 people from a diving resort in the Malaysian state of Sabah.", "MYS", "TUR")] // the daily Sabah
    public void A_name_after_town_or_state_of_is_the_place_not_the_news_outlet_it_also_names(string text, string place, string outlet)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.Target?.Country == place);
        Assert.DoesNotContain(events, e => e.Target?.Country == outlet);
    }

    [Fact]
    public void A_congress_named_after_another_word_is_no_US_Congress()
    {
        Assert.DoesNotContain(Events("The Nigeria Labour Congress called off its general strike over fuel prices on Wednesday."), e => e.Source.Country == "USA" || e.Target?.Country == "USA");
        Assert.Contains(Events("Congress approved new sanctions on Iran on Thursday."), e => e.Source.Code == "USALEG");
    }

    [Fact]
    public void Indians_named_by_their_people_are_no_Indians_of_India()
    {
        Assert.DoesNotContain(Events("Mexican soldiers killed 12 Tzotzil Indians in the Chiapas highlands on Monday."), e => e.Target?.Country == "IND");
        Assert.Contains(Events("Pakistani troops killed three Indians near the border."), e => e.Target?.Country == "IND");
    }

    [Fact]
    public void The_Hague_tribunal_is_the_war_crimes_tribunal_not_a_person_named_Hague()
    {
        Assert.Contains(Events("The Hague tribunal indicted Bosnian Serb leader Radovan Karadzic on Tuesday."),
            e => e.Source.Code.StartsWith("IGO", StringComparison.Ordinal));
    }
    [Fact]
    public void A_name_before_province_is_the_province_not_the_person_it_also_names()
    {
        var events = EventPipeline.Events("Gunmen abducted two Turkish engineers in Afghanistan's Wardak province on Monday.", new DateOnly(2007, 3, 1));
        Assert.Contains(events, e => e.CameoRoot == "18" && e.Source.Country == "AFG" && e.Target?.Country == "TUR");
    }
}
