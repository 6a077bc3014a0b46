using Parley.Entities;
using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented wire sentences in which an international organization acts or is acted on through its people: officials named by
/// the organization's title ("UNSCOM chief Richard Butler"), peacekeepers, inspectors, monitors and aid workers named by their
/// role alone, and the missions and heads of organizations of 1990s news. CAMEO codes peacekeepers and inspectors as the
/// organization that sends them and aid workers as NGO (manual 1.1b3, section 3.1.9); the key compared is the country, or the
/// first three letters of the code for an organization.
/// </summary>
public sealed class OrganizationActorEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text, string date) => EventPipeline.Events(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));


    [Theory]
    [InlineData("UNSCOM chief Richard Butler accused Iraq of hiding weapons.", "1998-12-15", "11", "IGO", "IRQ")]
    [InlineData("IMF Managing Director Michel Camdessus praised Thailand's reform program.", "1997-09-20", "05", "IGO", "THA")]
    [InlineData("Weapons inspectors accused Iraq of hiding documents.", "1998-01-10", "11", "IGO", "IRQ")]
    [InlineData("ECOMOG troops attacked rebel positions in Freetown.", "1998-02-10", "19", "IGO", "SLE")]
    [InlineData("UNPROFOR commanders protested to the Bosnian Serbs.", "1995-05-27", "11", "IGO", "BIH")]
    [InlineData("SFOR troops raided a police station in Banja Luka.", "1997-08-20", "17", "IGO", "BIH")]
    [InlineData("Iraq accused UNSCOM inspectors of spying for the United States.", "1998-01-12", "11", "IRQ", "IGO")]
    [InlineData("Sudan expelled 13 international aid agencies.", "2009-03-05", "16", "SDN", "NGO")]
    [InlineData("Rebels abducted two aid workers in Somalia.", "2011-10-13", "18", "SOM", "NGO")]
    public void An_organization_named_by_its_people_or_an_unlisted_mission_is_coded(string text, string date, string root, string source, string target)
    {
        var coded = Assert.Single(Events(text, date), e => e.CameoRoot == root);
        Assert.Equal((source, target), (EventPipeline.Key(coded.Source), EventPipeline.Key(coded.Target)));
    }

    [Theory]
    [InlineData("Peacekeepers arrested two war crimes suspects.", "1997-07-10", "17")]
    [InlineData("Aid workers accused the army of looting food supplies.", "2004-08-01", "11")]
    public void Peacekeepers_and_aid_workers_named_by_role_alone_act_as_their_kind_of_body(string text, string date, string root)
    {
        var coded = Assert.Single(Events(text, date), e => e.CameoRoot == root);
        Assert.Equal(text.StartsWith("Aid", StringComparison.Ordinal) ? "NGO" : "IGO", EventPipeline.Key(coded.Source));
    }

    [Theory]
    [InlineData("U.N. Secretary-General Boutros Boutros-Ghali urged the Bosnian Serbs to release the hostages.", "1995-06-01")]
    [InlineData("OAU Secretary-General Salim Ahmed Salim urged Burundi's rivals to resume talks.", "1996-07-01")]
    [InlineData("Arab League Secretary-General Amr Moussa condemned the Israeli raid.", "2006-07-14")]
    public void The_head_of_an_organization_acts_for_it_not_for_the_country_of_the_story(string text, string date)
    {
        var events = Events(text, date);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("IGO", EventPipeline.Key(e.Source)));
    }

    [Theory]
    [InlineData("Pakistan has refused to deploy peacekeepers in Iraq.", "2004-07-01", "12", "PAK", "IRQ")]
    [InlineData("Nigeria said it would withdraw its peacekeepers from Chad.", "1982-03-01", "16", "NGA", "TCD")]
    public void Peacekeepers_sent_or_withdrawn_are_no_target_beside_the_country_they_go_to(string text, string date, string root, string source, string target)
    {
        var coded = Assert.Single(Events(text, date), e => e.CameoRoot == root || e.CameoRoot == "03" || e.CameoRoot == "13");
        Assert.Equal((source, target), (EventPipeline.Key(coded.Source), EventPipeline.Key(coded.Target)));
    }

    [Theory]
    [InlineData("The World Bank suspended disbursements to Uganda.", "1621", "IGO", "UGA")]
    [InlineData("The IMF froze lending to Zambia over corruption concerns.", "1621", "IGO", "ZMB")]
    [InlineData("The UN refugee agency suspended relief operations in western Zaire.", "1623", "IGO", "COD")]
    public void Lending_or_relief_work_an_organization_halts_is_aid_reduced(string text, string cameo, string source, string target)
    {
        var coded = Assert.Single(Events(text, "2005-01-01"), e => e.CameoRoot == "16");
        Assert.Equal((cameo, source, target), (coded.Cameo, EventPipeline.Key(coded.Source), EventPipeline.Key(coded.Target)));
    }

    [Fact]
    public void Lending_halted_at_home_is_no_aid_reduced() =>
        Assert.DoesNotContain(Events("The central bank halted lending to small businesses.", "2005-01-01"), e => e.CameoRoot == "16");

    [Theory]
    [InlineData("Local charities criticized the mayor's budget.")]
    [InlineData("A former National Security Council official criticized the plan.")]
    public void A_lone_charity_or_a_national_body_is_no_international_organization(string text) =>
        Assert.DoesNotContain(Events(text, "2019-11-20"), e => EventPipeline.Key(e.Source) is "NGO" or "IGO");

    [Theory]
    [InlineData("The Popular Unity Party of Kenya accused Uganda of arming the rebels.", "KENPTY", "UGA")]
    [InlineData("Kenya's Popular Unity Party accused Uganda of arming the rebels.", "KENPTY", "UGA")]
    [InlineData("The Lithuanian Homeland Party accused Russia of meddling in the election.", "LTUPTY", "RUS")]
    [InlineData("The Kenyan Electoral Commission accused the opposition of fraud.", "KENGOV", "KEN")]
    public void An_unlisted_organization_beside_its_country_acts_with_the_role_of_its_name(string text, string source, string target)
    {
        var coded = Assert.Single(Events(text, "2005-03-01"), e => e.CameoRoot == "11");
        Assert.Equal((source, target), (coded.Source.Code, EventPipeline.Key(coded.Target)));
    }

    [Theory]
    [InlineData("The Popular Unity Party accused the mayor of lying.")]
    [InlineData("The Coastal Holding Group accused the mayor of lying.")]
    [InlineData("The Coastal Rights Association accused the mayor of lying.")]
    public void An_unlisted_organization_without_a_country_or_a_role_has_no_actor(string text)
    {
        Assert.DoesNotContain(Events(text, "2005-03-01"), e => e.CameoRoot == "11");
        Assert.Single(Events(text.Replace("The ", "Kenya's ", StringComparison.Ordinal), "2005-03-01"), e => e.CameoRoot == "11");
    }
}
