using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences for the codebook's yielding (08), aid (07) and material cooperation (06) in wordings beyond those of
/// <see cref="YieldingEventTests"/>: people set free or pardoned, leaders resigning, laws repealed, protests called off,
/// troops disengaging, operations halted, aid named by its kind and carried by any verb, loans disbursed, debts cancelled,
/// intelligence passed on, and whom each act is aimed at (the freed people's country, the country extradited to).
/// </summary>
public sealed class ConcessionAndAidEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2019, 5, 1));

    [Theory]
    [InlineData("Venezuela set free six American oil executives.", "VEN", "USA")]
    [InlineData("The Taliban set free two Australian hostages.", "AFG", "AUS")]
    [InlineData("Myanmar pardoned a Japanese journalist.", "MMR", "JPN")]
    [InlineData("Russia repatriated 300 Ukrainian children.", "RUS", "UKR")]
    [InlineData("Iran released a French aid worker on Friday.", "IRN", "FRA")]
    public void People_set_free_pardoned_or_repatriated_are_released_and_their_country_is_the_target(string text, string source, string target)
    {
        var released = Assert.Single(Events(text), e => e.CameoRoot is "07" or "08");
        Assert.Equal(("0841", source, target, Modality.Asserted), (released.Cameo, released.Source.Country, released.Target?.Country, released.Modality));
    }

    [Theory]
    [InlineData("India repealed the three farm laws after a year of protests.", "0832", "IND")]
    [InlineData("Hong Kong's opposition ended its sit-in outside the legislature.", "082", "HKG")]
    [InlineData("North Korea made concessions to the United States in the talks.", "080", "PRK")]
    [InlineData("Greece bowed to pressure from the European Union.", "080", "GRC")]
    [InlineData("China lifted its import ban on Australian wine.", "085", "CHN")]
    [InlineData("Washington removed tariffs on Canadian steel.", "085", "USA")]
    [InlineData("Sudan admitted African Union peacekeepers into Darfur.", "0861", "SDN")]
    [InlineData("Iraq received weapons inspectors from the United Nations.", "0862", "IRQ")]
    [InlineData("Ethiopia granted humanitarian agencies access to Tigray.", "0863", "ETH")]
    [InlineData("The FARC rebels handed in their weapons to United Nations monitors.", "0873", "COL")]
    [InlineData("Russia halted its offensive in Kharkiv.", "087", "RUS")]
    [InlineData("Egypt suspended air strikes on Libya.", "087", "EGY")]
    [InlineData("Egypt ended its air strikes on Libya.", "087", "EGY")]
    [InlineData("Azerbaijan lifted the siege of Stepanakert.", "0872", "AZE")]
    [InlineData("Italy gave back a looted Greek statue on Friday.", "084", "ITA")]
    [InlineData("Washington eased restrictions on remittances to Cuba.", "085", "USA")]
    [InlineData("India relaxed curbs on rice exports to Bangladesh.", "085", "IND")]
    [InlineData("Peru's Congress scrapped the contested pension reform.", "0832", "PER")]
    public void Concessions_in_the_codebooks_wordings_take_their_codes(string text, string cameo, string source)
    {
        var yielded = Assert.Single(Events(text), e => e.CameoRoot == "08");
        Assert.Equal((cameo, source, Modality.Asserted), (yielded.Cameo, yielded.Source.Country, yielded.Modality));
    }

    [Theory]
    [InlineData("Pakistani Prime Minister Imran Khan resigned on Sunday.", "PAK")]
    [InlineData("Peru's President Pedro Castillo quit as head of state.", "PER")]
    [InlineData("Slovak Prime Minister Robert Fico stepped aside after weeks of street protests.", "SVK")]
    [InlineData("Sudan's military council relinquished power to a civilian government.", "SDN")]
    public void A_leader_resigning_or_giving_up_power_accedes_to_a_change_in_leadership(string text, string source)
    {
        var resigned = Assert.Single(Events(text), e => e.CameoRoot == "08");
        Assert.Equal(("0831", source), (resigned.Cameo, resigned.Source.Country));
    }

    [Theory]
    [InlineData("The company's chief executive quit smoking last year.")]
    [InlineData("Lebanon's president called on the prime minister to resign.")]
    public void Quitting_a_habit_and_a_call_to_resign_are_no_resignation(string text) =>
        Assert.DoesNotContain(Events(text), e => e.Cameo == "0831" && e.Modality == Modality.Asserted);

    [Fact]
    public void Two_armies_disengaging_together_withdraw_rather_than_demand_a_withdrawal()
    {
        var events = Events("Chinese and Indian troops disengaged from the Galwan Valley.");
        var withdrawal = Assert.Single(events, e => e.CameoRoot is "08" or "10");
        Assert.Equal(("0874", "CHN", "IND"), (withdrawal.Cameo, withdrawal.Source.Country, withdrawal.Target?.Country));
    }

    [Theory]
    [InlineData("The European Union delivered assistance to Ukraine worth 2 billion euros.", "070", "UKR")]
    [InlineData("India dispatched relief supplies to Sri Lanka.", "073", "LKA")]
    [InlineData("Germany flew medical supplies to Italy.", "073", "ITA")]
    [InlineData("The International Monetary Fund disbursed $1.2 billion to Argentina.", "071", "ARG")]
    [InlineData("The World Bank approved a $500 million loan to Egypt on Thursday.", "071", "EGY")]
    [InlineData("The United States granted Jordan $1.5 billion in economic assistance.", "071", "JOR")]
    [InlineData("France cancelled Mali's debt.", "071", "MLI")]
    [InlineData("Japan handed Sri Lanka a loan.", "071", "LKA")]
    [InlineData("Iran has armed the Houthi rebels in Yemen with drones.", "072", "YEM")]
    public void Aid_delivered_in_many_wordings_is_coded_by_its_kind_to_the_recipient(string text, string cameo, string target)
    {
        var aid = Assert.Single(Events(text), e => e.CameoRoot == "07");
        Assert.Equal((cameo, target, Modality.Asserted), (aid.Cameo, aid.Target?.Country, aid.Modality));
    }

    [Theory]
    [InlineData("Spain extradited a Russian hacker to the United States on Wednesday.", "063", "USA")]
    [InlineData("Britain provided the United States with intelligence on the plot.", "064", "USA")]
    [InlineData("The United States has been passing satellite imagery to Ukraine.", "064", "UKR")]
    [InlineData("Jordan and Egypt exchanged information on militants crossing their borders.", "064", "EGY")]
    [InlineData("Russia and Belarus have stepped up their cooperation in the energy sector.", "061", "BLR")]
    [InlineData("Germany resumed imports of Norwegian gas.", "061", "NOR")]
    [InlineData("Britain and Japan stepped up defence cooperation.", "062", "JPN")]
    public void Extradition_shared_intelligence_and_expanded_economic_or_military_cooperation_are_material_cooperation(string text, string cameo, string target)
    {
        var cooperation = Assert.Single(Events(text), e => e.CameoRoot is "06" or "07" or "08");
        Assert.Equal((cameo, target), (cooperation.Cameo, cooperation.Target?.Country));
    }

    [Theory]
    [InlineData("Britain mobilized army reservists while UN arms inspectors said they needed more time.")]
    [InlineData("We will provide help with information to the staff, the minister said.")]
    [InlineData("Doctors gave evidence to the inquiry on Monday.")]
    [InlineData("The boy handed the ball back to his father.")]
    public void Arms_inspectors_and_help_with_information_are_neither_aid_nor_shared_intelligence(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot is "06" or "07" || e.Cameo.StartsWith("031", StringComparison.Ordinal));
}
