using Parley.Clauses;
using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented wire leads for who the parties of a clause are: a participle with its agent after the subject ("Protesters angered by
/// the killing attacked") is no verb of its own; a capital after a noun of part of a place ("districts of Jakarta") is that place,
/// not its government; two parties joined by "and" stay two when the second has a lower-case modifier ("and the southern SPLA");
/// criminals are of the country where they act, not of their victims'; what talks or information are about names no party; a past
/// form right after a participle's agent is the verb ("A bomb planted by ETA exploded"); "east of Sanaa" places an act.
/// </summary>
public sealed class PartiesAndPlacesWireTests
{
    private static readonly DateOnly Date = new(2004, 3, 2);

    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, Date);

    [Fact]
    public void A_participle_with_by_after_the_subject_leaves_the_verb_after_it_to_the_subject()
    {
        const string text = "Protesters angered by the killing attacked the police station in Lagos.";
        var clauses = EventPipeline.Run(text, Date).Layers.Get(ClauseLayers.Clauses);
        var attack = Assert.Single(clauses);
        Assert.Equal(("attack", "Protesters angered by the killing"), (attack.Verb, attack.Subject?.Slice(text)));
        Assert.Contains(Events(text), e => (e.Cameo, e.Source.Code) == ("145", "NGAOPP"));
    }

    [Theory]
    [InlineData("Rioters torched shops and cars in several districts of Jakarta on Thursday.", "IDN")]
    [InlineData("Militiamen burned houses on the outskirts of Dili on Monday.", "TLS")]
    public void A_capital_after_a_noun_of_part_of_a_place_is_that_place_not_its_government(string text, string country)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.Source.Country == country);
        Assert.DoesNotContain(events, e => e.Target?.Code == country + "GOV");
    }

    [Theory]
    [InlineData("Sudan's government and the southern SPLA rebels resumed talks in Naivasha on Thursday.", "SDNGOV", "SDNREBSPL")]
    [InlineData("The Sudanese government and the southern SPLA rebels signed a ceasefire agreement in Naivasha on Thursday.", "SDNGOV", "SDNREBSPL")]
    public void Two_parties_joined_by_and_stay_two_when_the_second_has_a_lower_case_modifier(string text, string source, string target) =>
        Assert.Contains(Events(text), e => (e.Source.Code, e.Target?.Code) == (source, target));

    [Fact]
    public void A_possessive_phrase_after_and_is_no_second_party_of_the_same_country()
    {
        // "Israeli troops and the army's elite units": one party, not the army against itself.
        Assert.DoesNotContain(Events("Israeli troops and the army's elite units attacked Gaza."), e => e.Target?.Country == "ISR");
    }

    [Fact]
    public void Criminals_take_their_country_from_where_they_act_not_from_their_victims()
    {
        // Hackers and pirates prey on foreigners: the country of what they attack says nothing of theirs.
        Assert.DoesNotContain(Events("Hackers angered by the cartoons defaced nearly 3,000 Danish web sites last month."), e => e.Source.Country == "DNK");
        Assert.Contains(Events("Kidnappers seized two French journalists in Iraq on Friday."), e => (e.Cameo, e.Source.Code, e.Target?.Country) == ("181", "IRQCRM", "FRA"));
    }

    [Theory]
    [InlineData("China held talks on North Korea's nuclear programme with Japan on Monday.", "046", "CHN", "JPN")]
    [InlineData("Yemen shared information on suspected al Qaeda militants with U.S. investigators.", "064", "YEM", "USA")]
    public void What_talk_or_information_is_about_names_no_party_when_another_is_named(string text, string code, string source, string target) =>
        Assert.Contains(Events(text), e => (e.Cameo, e.Source.Country, e.Target?.Country) == (code, source, target));

    [Fact]
    public void Talks_about_a_country_with_no_one_else_named_stay_aimed_at_it() =>
        Assert.Contains(Events("China held talks on North Korea's nuclear programme on Monday."), e => (e.Cameo, e.Target?.Country) == ("046", "PRK"));

    [Fact]
    public void A_past_form_right_after_a_participles_agent_is_the_sentences_verb()
    {
        const string text = "A car bomb planted by ETA exploded outside a barracks in Madrid.";
        var explode = Assert.Single(EventPipeline.Run(text, Date).Layers.Get(ClauseLayers.Clauses));
        Assert.Equal(("explode", "A car bomb planted by ETA"), (explode.Verb, explode.Subject?.Slice(text)));
        Assert.Contains(Events(text), e => e.CameoRoot == "18" && e.Source.Code == "ESPREBETA");
    }

    [Theory]
    [InlineData("Gunmen abducted two German engineers on the road east of Sanaa.", "YEM")]
    [InlineData("Gunmen abducted two Italian aid workers 20 km north of Baghdad on Monday.", "IRQ")]
    public void A_place_after_a_point_of_the_compass_is_where_the_act_happened(string text, string country)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(("181", country, country), (e.Cameo, e.Source.Country, e.Location?.Country));
    }

    [Fact]
    public void An_unknown_place_named_with_its_region_after_a_comma_is_placed_by_the_region()
    {
        var e = Assert.Single(Events("About 5,000 people rallied in Tarnak, Kandahar, to protest against the plans."));
        Assert.Equal(("141", "AFG", "AFG"), (e.Cameo, e.Source.Country, e.Location?.Country));
    }

    [Theory]
    [InlineData("Chinese students hurled stones and paint at the U.S. embassy in Beijing to protest against NATO's bombing of the Chinese embassy in Belgrade.", "145", "CHN", "USA")]
    [InlineData("Palestinian youths pelted Israeli army patrols with stones in the Gaza Strip.", "145", "PSE", "ISR")]
    public void What_stones_are_hurled_at_is_the_target_and_students_or_youths_who_hurl_them_riot(string text, string code, string source, string target) =>
        Assert.Contains(Events(text), e => (e.Cameo, e.Source.Country, e.Target?.Country) == (code, source, target));

    [Fact]
    public void What_as_calls_something_is_a_noun_phrase()
    {
        const string text = "Germany formally recognised Slovenia and Croatia as independent states on Monday.";
        Assert.Single(EventPipeline.Run(text, Date).Layers.Get(ClauseLayers.Clauses));
        Assert.Contains(Events(text), e => (e.Cameo, e.Source.Country, e.Target?.Country) == ("054", "DEU", "SVN"));
    }
}
