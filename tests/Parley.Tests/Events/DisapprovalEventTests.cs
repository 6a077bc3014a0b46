using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences for disapproval (CAMEO 11: criticism, accusation, rallying opposition, official complaints,
/// lawsuits, rulings), with the speaker as source and the one disapproved of as target in active, passive and
/// "came under criticism from" wordings.
/// </summary>
public sealed class DisapprovalEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2019, 5, 1));

    private static CodedEvent Disapproval(string text) => Assert.Single(Events(text), e => e.CameoRoot == "11");

    [Theory]
    [InlineData("Russia criticized the EU sanctions policy.", "111", "RUS", "IGO")]
    [InlineData("France condemned the talks between Russia and the Taliban.", "111", "FRA", "RUS")]
    [InlineData("Israel condemned the summit in Tehran.", "111", "ISR", "IRN")]
    [InlineData("China criticized the meeting between Trump and the Dalai Lama.", "111", "CHN", "USA")]
    [InlineData("The European Union censured Poland over its judicial reforms.", "111", "IGO", "POL")]
    [InlineData("Britain was criticised by the European Union for its handling of the Brexit talks.", "111", "IGO", "GBR")]
    [InlineData("Germany objected to the U.S. plan to withdraw troops from Europe.", "110", "DEU", "USA")]
    public void Criticizing_an_act_disapproves_of_its_doer_whatever_the_act(string text, string cameo, string source, string target)
    {
        var disapproval = Disapproval(text);
        Assert.Equal((cameo, source, target, Modality.Asserted), (disapproval.Cameo, EventPipeline.Key(disapproval.Source), EventPipeline.Key(disapproval.Target), disapproval.Modality));
    }

    [Theory]
    [InlineData("Venezuela accused Colombia of crimes against its citizens.", "1121", "VEN", "COL")]
    [InlineData("Ukraine accused Russia of corruption.", "1121", "UKR", "RUS")]
    [InlineData("Amnesty International accused Saudi Arabia of torture.", "1122", "NGO", "SAU")]
    [InlineData("Iran was accused by the United States of human rights violations against protesters.", "1122", "USA", "IRN")]
    [InlineData("Moscow accused Kiev of violating the ceasefire.", "1123", "RUS", "UKR")]
    [InlineData("China accused Canada of espionage.", "1125", "CHN", "CAN")]
    public void The_charge_names_the_kind_of_accusation(string text, string cameo, string source, string target)
    {
        AssertDisapproval(text, cameo, source, target);
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "17");
    }

    [Fact]
    public void A_by_phrase_that_says_how_the_accused_acted_names_no_accuser()
    {
        // "by changing …" is the means of the deception; the accused owns the account, it does not accuse.
        Assert.DoesNotContain(Events("Britain's Conservative Party was accused on Wednesday of trying to deceive voters by changing the name of its press office account."),
            e => e.CameoRoot == "11");
        Assert.Contains(Events("Britain's Conservative Party was accused by Ireland on Wednesday of trying to deceive voters by changing the name of its press office account."),
            e => (e.CameoRoot, e.Source.Country, e.Target?.Country) == ("11", "IRL", "GBR"));
    }

    [Theory]
    [InlineData("Russia drew criticism from Germany over the poisoning.", "111", "DEU", "RUS")]
    [InlineData("China faced criticism from the United States over its treatment of Uighurs.", "111", "USA", "CHN")]
    [InlineData("Japan's whaling drew a formal protest from Australia.", "114", "AUS", "JPN")]
    [InlineData("Saudi Arabia faces a lawsuit from Qatar at the World Trade Organization.", "115", "QAT", "SAU")]
    public void An_act_the_subject_undergoes_is_done_by_its_from_phrase(string text, string cameo, string source, string target)
        => AssertDisapproval(text, cameo, source, target);

    [Theory]
    [InlineData("Russia drew criticism over the poisoning.")]
    [InlineData("Afghan troops came under fire from Taliban fighters.")]
    [InlineData("The government came under pressure from the opposition.")]
    [InlineData("Protesters rallied against the government in Caracas.")]
    [InlineData("The court ruled in favour of the government.")]
    public void No_doer_gunfire_pressure_a_street_rally_and_a_favourable_ruling_are_no_disapproval(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "11");

    [Fact]
    public void Condemning_talks_or_a_visit_is_no_reduction_of_relations()
    {
        Assert.DoesNotContain(Events("France condemned the talks between Russia and the Taliban."), e => e.CameoRoot == "16");
        Assert.DoesNotContain(Events("Britain condemned the visit by the Iranian president to Syria."), e => e.CameoRoot == "16");
    }

    [Theory]
    [InlineData("Saudi Arabia rallied Gulf states against Iran.", "113", "SAU", "IRN")]
    [InlineData("Russia sent a note of protest to Norway about the military exercise.", "114", "RUS", "NOR")]
    [InlineData("Ukraine took Russia to the International Court of Justice over its actions in Crimea.", "115", "UKR", "RUS")]
    [InlineData("The Gambia brought a case against Myanmar at the ICJ over the Rohingya genocide.", "115", "GMB", "MMR")]
    [InlineData("The WTO ruled against the United States in the dispute over steel tariffs.", "116", "IGO", "USA")]
    public void Rallying_opposition_protest_notes_lawsuits_and_rulings_against_a_party(string text, string cameo, string source, string target)
        => AssertDisapproval(text, cameo, source, target);

    [Theory]
    [InlineData("The OSCE is investigating the seizure of Ukrainian ships by Russia.", "09", "RUS")]
    [InlineData("Egypt condemned the killing of its soldiers by Israeli forces.", "11", "ISR")]
    [InlineData("The United States condemned the arrest of the journalist by Iranian authorities.", "11", "IRN")]
    public void An_investigation_or_condemnation_is_aimed_at_the_doer_of_the_act_not_its_victim(string text, string root, string target) =>
        Assert.Equal(target, Assert.Single(Events(text), e => e.CameoRoot == root).Target?.Country);

    [Fact]
    public void A_court_finding_a_state_or_a_person_guilty_finds_them_liable()
    {
        AssertDisapproval("The European Court of Human Rights found Russia guilty of violating Navalny's rights.", "116", "IGO", "RUS");
        var events = Events("A Moscow court found Alexei Navalny guilty of fraud.");
        Assert.Contains(events, e => e.Cameo == "116" && e.Source.Country == "RUS");
        Assert.DoesNotContain(events, e => e.Cameo == "173");
    }

    [Theory]
    [InlineData("Colombia opened peace negotiations with the ELN rebels in Quito.", "046", "COL")]
    [InlineData("Vietnam played host to the leaders of the United States and North Korea in February.", "043", "VNM")]
    public void Opened_negotiations_and_played_host_are_consultations(string text, string cameo, string source)
    {
        var consultation = Assert.Single(Events(text), e => e.CameoRoot == "04");
        Assert.Equal((cameo, source), (consultation.Cameo, consultation.Source.Country));
    }

    private static void AssertDisapproval(string text, string cameo, string source, string target)
    {
        var disapproval = Disapproval(text);
        Assert.Equal((cameo, source, target), (disapproval.Cameo, EventPipeline.Key(disapproval.Source), EventPipeline.Key(disapproval.Target)));
    }

}
