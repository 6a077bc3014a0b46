using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented 1990s wire sentences: states that no longer exist under their names (Yugoslavia, Zaire, the Soviet Union), leaders
/// and rebel movements coded by the office they held on the article's date, and territories coded by the state they belonged to
/// then (knowledge/territory-changes.tsv).
/// </summary>
public sealed class HistoricalActorTests
{
    private static CodedEvent Only(string text, string date) =>
        Assert.Single(EventPipeline.Events(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("Sudanese rebels shelled Juba on Tuesday.", "1996-06-11", "SDN")]
    [InlineData("Sudanese rebels shelled Juba on Tuesday.", "2013-12-17", "SSD")]
    [InlineData("Sudanese aircraft bombed a hospital in the southern town of Yei on Sunday.", "1999-03-21", "SDN")]
    [InlineData("Sudanese aircraft bombed a hospital in the southern town of Yei on Sunday.", "2012-04-22", "SSD")]
    [InlineData("Yugoslav troops clashed with KLA rebels near the Albanian border on Thursday.", "1999-04-15", "SRB")]
    [InlineData("Yugoslav troops clashed with KLA rebels near the Albanian border on Thursday.", "2001-03-15", "KSV")]
    public void A_territory_is_coded_by_the_state_it_belonged_to_on_the_articles_date(string text, string date, string target)
    {
        // South Sudan was Sudan's until 2011-07-09 and Kosovo a province of Yugoslavia until 1999-06-10 (the Phoenix
        // dictionaries' date restrictions); "the southern town of Yei" names the place the bombing hit.
        var fight = Only(text, date);
        Assert.Equal(target, fight.Target?.Country);
    }

    [Theory]
    [InlineData("Eritrean rebels attacked Ethiopian troops near Asmara.", "1990-06-01", "ETH")]
    [InlineData("Eritrean rebels attacked Ethiopian troops near Asmara.", "1998-06-01", "ERI")]
    public void A_territorys_own_actors_are_coded_by_its_state_before_the_change(string text, string date, string source) =>
        Assert.Equal(source, Only(text, date).Source.Country);

    [Theory]
    [InlineData("Yugoslav troops clashed with KLA rebels near the Albanian border on Thursday.", "SRBMIL")]
    [InlineData("Zairean troops attacked Rwandan refugees near Goma.", "CODMIL")]
    [InlineData("Soviet troops shelled Afghan villages near Herat.", "RUSMIL")]
    public void Former_state_names_are_coded_as_the_state_that_continues_them(string text, string source) =>
        Assert.Equal(source, Only(text, "1995-01-10").Source.Code);

    [Fact]
    public void A_place_name_two_countries_share_is_the_more_populous_place()
    {
        // Colombo, Sri Lanka (648,000) and Colombo, Paraná (217,000).
        var bombing = Only("Tamil Tiger rebels exploded a bomb on a commuter train near Colombo, killing 70 people.", "1996-07-24");
        Assert.Equal(("LKA", "LKA"), (bombing.Target?.Country, bombing.Location?.Country));
    }

    [Theory]
    [InlineData("1998-06-09", "SRBGOV", "HRVGOV")]
    [InlineData("2012-03-01", "SRBELI", "HRVELI")]
    public void Leaders_of_the_1990s_are_coded_by_the_office_held_that_day(string date, string source, string target)
    {
        var meeting = Only("Yugoslav President Slobodan Milosevic met Croatian President Franjo Tudjman in Belgrade.", date);
        Assert.Equal((source, target), (meeting.Source.Code, meeting.Target?.Code));
    }

    [Theory]
    [InlineData("1997-03-01", "CODREB")]
    [InlineData("1998-03-01", "CODGOV")]
    public void A_rebel_leader_who_took_power_is_coded_by_his_role_on_the_date(string date, string source) =>
        Assert.Equal(source, Only("Laurent Kabila's forces captured the town of Kisangani from Zairean troops.", date).Source.Code);

    [Theory]
    [InlineData("Rwandan Patriotic Front rebels shelled the capital Kigali on Saturday.", "RWAREBRPF")]
    [InlineData("The Khmer Rouge freed a British expert on Monday.", "KHMREBKRG")]
    [InlineData("RUF rebels released U.N. peacekeepers on Monday.", "SLEREBRUF")]
    public void Rebel_movements_of_the_1990s_are_known_by_name(string text, string source) =>
        Assert.Equal(source, Only(text, "1996-04-16").Source.Code);

    [Theory]
    [InlineData("Government troops routed the rebels near Battambang.", "190")]
    [InlineData("Ethiopian troops defeated Eritrean forces at Badme.", "190")]
    [InlineData("The Clinton administration criticised Sierra Leone's military junta.", "111")]
    public void Wire_verbs_and_actors_of_the_decade_are_coded(string text, string code) =>
        Assert.Equal(code, Only(text, "1998-06-01").Cameo);

    [Theory]
    [InlineData("The ruling party was routed in the elections.")]
    [InlineData("Kostunica defeated Milosevic in the presidential election.")]
    public void Defeats_at_the_polls_are_no_fighting(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text, new DateOnly(2000, 10, 1)), e => e.CameoRoot == "19");

    [Fact]
    public void Regions_of_the_decades_conflicts_are_places_of_their_country()
    {
        // "the Drenica region" is Kosovo's, so Serbia's in 1998; the Niger Delta is Nigeria's, not Niger's.
        Assert.Equal("SRB", Only("Serb police shelled the Drenica region on Sunday.", "1998-03-08").Target?.Country);
        Assert.Equal("NGA", Only("Nigerian troops attacked militants in the Niger Delta.", "1999-11-22").Location?.Country);
    }
}
