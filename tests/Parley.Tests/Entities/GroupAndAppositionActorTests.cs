using Parley.Entities;

namespace Parley.Tests.Entities;

/// <summary>
/// Invented texts for actors that name their country only indirectly: a community living in one
/// country or named with the country it lives in, a name followed by "of COUNTRY", a name whose
/// country is in an apposition, a group "based in" a place; and unknown associations and forums,
/// which stay without an actor (trade bodies are named so as often as NGOs).
/// </summary>
public sealed class GroupAndAppositionActorTests
{
    private static readonly DateOnly Date = new(2004, 3, 2);

    [Theory]
    [InlineData("Yoruba leaders met in Ibadan on Monday.", "Yoruba leaders", "NGA")]
    [InlineData("Uighur activists protested in Istanbul.", "Uighur activists", "CHN")]
    [InlineData("Police arrested three Tamils near Colombo.", "Tamils", "LKA")]
    [InlineData("Basque separatists claimed the attack.", "Basque separatists", "ESP")]
    [InlineData("Miriam Osei, Ghana's leading rights activist, began a fast on Friday.", "Miriam Osei", "GHA")]
    [InlineData("Tomas Varga, a Slovak lawyer, filed the complaint.", "Tomas Varga", "SVK")]
    [InlineData("The Hungarians of southern Slovakia asked for schools.", "Hungarians of southern Slovakia", "SVK")]
    [InlineData("Ethnic Russians in Estonia staged a rally.", "Russians in Estonia", "EST")]
    [InlineData("Americans in Iraq were warned.", "Americans", "USA")]
    [InlineData("An armed group based in Mali kidnapped two engineers.", "An armed group based in Mali", "MLI")]
    [InlineData("Kampuchean troops crossed the river.", "Kampuchean troops", "KHM")]
    public void A_community_of_one_country_and_a_name_with_a_national_apposition_take_that_country(string text, string words, string country)
    {
        var mention = EntityTestDocuments.Analyze(text, Date).Named(words).Single();
        Assert.Equal(country, mention.Actor?.Country);
    }

    [Theory]
    [InlineData("The Houthis fired a missile at a tanker.", "The Houthis", "YEMREBHTH")]
    [InlineData("Al-Shabaab claimed the attack in Mogadishu.", "Al-Shabaab", "SOMREB")]
    [InlineData("Fighters of the Rapid Support Forces entered the town.", "the Rapid Support Forces", "SDNUAFRSF")]
    [InlineData("ISIS claimed the bombing.", "ISIS", "IMGMUSISI")]
    [InlineData("The Pakistani Taliban ended the truce.", "The Pakistani Taliban", "PAKREB")]
    public void Armed_movements_of_the_news_are_known_by_their_names(string text, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.Analyze(text, new DateOnly(2023, 5, 1)).Named(words).Single().Actor?.Code);

    [Theory]
    [InlineData("The ANC won the vote.", "The ANC", "ZAFPTYANC")]
    [InlineData("De Klerk lifted the ban on the African National Congress.", "the African National Congress", "ZAFPTYANC")]
    [InlineData("India's Congress party won the vote in Punjab.", "Congress party", "INDPTYINC")]
    [InlineData("Britain joined the Common Market in 1973.", "the Common Market", "IGOEUREEC")]
    public void Bodies_whose_names_hold_a_word_of_another_are_known_by_their_names(string text, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.Analyze(text, Date).Named(words).Single().Actor?.Code);

    [Theory]
    [InlineData("Ahmed Yusuf, the Hamas leader, rejected the offer.", "PSEREBHMS")]
    [InlineData("Ahmed Yusuf, the Hamas military commander, rejected the offer.", "PSEREBHMS")]
    [InlineData("Ahmed Yusuf, leader of Hamas, rejected the offer.", "PSEREBHMS")]
    [InlineData("Ahmed Yusuf, a senior leader of the opposition MDC, rejected the offer.", "ZWEOPPMDC")]
    [InlineData("Jan Holmqvist, the U.N. emergency relief coordinator, rejected the offer.", "IGOUNO")]
    [InlineData("Ahmed Yusuf, the leader of Zimbabwe's opposition Movement for Democratic Change, rejected the offer.", "ZWEOPPMDC")]
    public void A_name_beside_a_title_of_a_body_is_one_of_its_people(string text, string code) =>
        Assert.Equal(code, EntityTestDocuments.Analyze(text, Date).Named(text[..text.IndexOf(',')]).Single().Actor?.Code);

    [Fact]
    public void A_title_between_two_names_is_the_second_ones()
    {
        var doc = EntityTestDocuments.Analyze("At the funeral of Yasser Hamdan, the Hamas leader, Ismail Qudsi, vowed revenge.", Date);
        Assert.Null(doc.Named("Yasser Hamdan").Single().Actor);
    }

    [Theory]
    [InlineData("Ahmed Yusuf, Hamas supporters and Fatah rejected the offer.")]
    [InlineData("Ahmed Yusuf, the Hamas leaders and Fatah rejected the offer.")]
    public void A_name_in_a_list_beside_a_body_takes_none_of_its_actor(string text) =>
        Assert.Null(EntityTestDocuments.Analyze(text, Date).Named("Ahmed Yusuf").Single().Actor);

    [Theory]
    [InlineData("GOV", true)]
    [InlineData("GOVMED", true)]
    [InlineData("MIL", true)]
    [InlineData("OPP", false)]
    [InlineData("REB", false)]
    [InlineData("GO", false)]
    [InlineData(null, false)]
    public void A_state_role_is_named_by_its_first_three_letters(string? role, bool state) =>
        Assert.Equal(state, Actor.IsStateRole(role));

    [Fact]
    public void A_titled_name_followed_by_of_country_takes_that_country()
    {
        var doc = EntityTestDocuments.Analyze("King Carlos of Spain opened the session.", Date);
        Assert.Equal("ESPGOV", doc.Named("King Carlos of Spain").Single().Actor?.Code);
    }

    [Fact]
    public void An_apposition_that_is_a_list_of_people_gives_no_actor()
    {
        var doc = EntityTestDocuments.Analyze("Tomas Varga, Slovak lawyers and judges signed the letter.", Date);
        Assert.Null(doc.Named("Tomas Varga").Single().Actor);
    }

    [Theory]
    [InlineData("The Pacific Fisheries Forum urged Japan to stop whaling.", "Pacific Fisheries Forum")]
    [InlineData("The Kenyan Medical Association called off the strike.", "Medical Association")]
    public void An_unknown_association_or_forum_is_an_organization_without_an_actor(string text, string name)
    {
        var mention = EntityTestDocuments.Analyze(text, Date).Named(name).Single();
        Assert.Equal((MentionType.Organization, null), (mention.Type, mention.Actor?.Code));
    }
}
