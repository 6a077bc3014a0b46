using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented 1990s-2000s wire sentences of yielding (CAMEO 08) in the codebook's terms: a place pulled out of or eased on is the
/// one yielded to, ceasefires declared as a cessation or suspension of attacks, kept or prolonged, emergency rule ended, forces
/// demobilized, and outsiders (journalists, relief workers) let in.
/// </summary>
public sealed class WireYieldingEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2002, 6, 1));

    [Theory]
    [InlineData("Israeli forces pulled out of Jenin on Friday.", "0874", "ISR", "PSE")]
    [InlineData("The Israeli army withdrew from the Gaza Strip on Monday.", "0874", "ISR", "PSE")]
    [InlineData("The Israeli army completed its pullout from the West Bank town of Tulkarm.", "0874", "ISR", "PSE")]
    [InlineData("Israel lifted the curfew on Hebron on Sunday.", "0813", "ISR", "PSE")]
    [InlineData("Israel eased its blockade of the West Bank town of Ramallah.", "0872", "ISR", "PSE")]
    [InlineData("Israeli forces pulled out of Bethlehem on Sunday under a deal brokered by American envoys.", "0874", "ISR", "PSE")]
    public void A_place_pulled_out_of_or_eased_on_is_the_one_yielded_to(string text, string cameo, string source, string target)
    {
        var yielded = Assert.Single(Events(text), e => e.CameoRoot == "08");
        Assert.Equal((cameo, source, target, Modality.Asserted), (yielded.Cameo, yielded.Source.Country, yielded.Target?.Country, yielded.Modality));
    }

    [Fact]
    public void A_release_from_a_place_does_not_make_the_place_its_target()
    {
        var freed = Assert.Single(Events("Israel released 30 Palestinian prisoners from Gaza on Sunday."), e => e.CameoRoot == "08");
        Assert.Equal(("0841", "ISR"), (freed.Cameo, freed.Source.Country));
        Assert.NotEqual("ISR", freed.Target?.Country);
    }

    [Theory]
    [InlineData("The Irish Republican Army declared a complete cessation of military operations.", "GBR", null)]
    [InlineData("Hamas announced a three-month suspension of attacks on Israelis.", "PSE", "ISR")]
    [InlineData("The Sudan People's Liberation Army extended its ceasefire by three months.", "SDN", null)]
    [InlineData("Hezbollah observed the ceasefire on Sunday.", "LBN", null)]
    public void A_cessation_or_suspension_of_attacks_and_a_ceasefire_kept_or_extended_are_0871(string text, string source, string? target)
    {
        var events = Events(text);
        var truce = Assert.Single(events, e => e.Cameo == "0871");
        Assert.Equal(source, truce.Source.Country);
        if (target is not null)
        {
            Assert.Equal(target, truce.Target?.Country);
        }

        Assert.DoesNotContain(events, e => e.CameoRoot is "19" or "18");
    }

    [Fact]
    public void A_truce_agreed_to_stays_an_intent() =>
        Assert.Contains(Events("Bosnia and Croatia agreed to a truce on Monday."), e => e.Cameo == "0356");

    [Theory]
    [InlineData("Turkey ended emergency rule in its southeastern provinces on Saturday.", "0814", "TUR")]
    [InlineData("UNITA began demobilizing its troops on Monday.", "0873", "AGO")]
    [InlineData("The IRA put its weapons beyond use.", "0873", "GBR")]
    [InlineData("Chinese authorities allowed foreign journalists into Lhasa.", "086", "CHN")]
    [InlineData("Myanmar allowed U.N. relief flights to land in Yangon.", "0863", "MMR")]
    [InlineData("Indonesia opened Aceh to foreign relief workers.", "0863", "IDN")]
    [InlineData("Prime Minister Nawaz Sharif tendered his resignation to the president.", "0831", "PAK")]
    [InlineData("Peruvian President Alberto Fujimori announced his resignation in a letter.", "0831", "PER")]
    [InlineData("Sudan allowed U.N. investigators into Darfur on Sunday.", "0862", "SDN")]
    [InlineData("Striking Nigerian oil workers called off their stoppage on Friday.", "082", "NGA")]
    public void Emergency_rule_ended_forces_demobilized_outsiders_let_in_and_resignations_handed_in_are_yielding(string text, string cameo, string source)
    {
        var yielded = Assert.Single(Events(text), e => e.CameoRoot == "08");
        Assert.Equal((cameo, source, Modality.Asserted), (yielded.Cameo, yielded.Source.Country, yielded.Modality));
    }

    [Theory]
    [InlineData("The two sides held disarmament talks in Geneva.")]
    [InlineData("Parliament ended its emergency session on Friday.")]
    [InlineData("The museum opened its doors to the public.")]
    public void Talks_about_arms_an_emergency_session_and_doors_opened_are_no_yielding(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "08");

    [Theory]
    [InlineData("Washington announced the easing of its trade embargo on Cuba on Friday.", "085", "USA", "CUB")]
    [InlineData("France announced the withdrawal of its 500-strong peacekeeping contingent from Chad.", "1661", "FRA", "TCD")]
    [InlineData("Ethiopia ordered the U.N. children's agency and other aid organisations to withdraw their staff from the Ogaden.", "1663", "ETH", "IGO")]
    [InlineData("An Egyptian court ordered the confiscation of land belonging to two exiled leaders of the banned party.", "1711", "EGY", "EGY")]
    public void An_announced_easing_or_withdrawal_and_an_ordered_withdrawal_or_confiscation_are_the_measure(string text, string code, string source, string target) =>
        Assert.Contains(Events(text), e => (e.Cameo, e.Source.Country, EventPipeline.Key(e.Target)) == (code, source, target));
}
