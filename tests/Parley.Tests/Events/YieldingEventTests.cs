using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences for cooperation, aid and yielding (CAMEO 03, 05, 06, 07, 08) in the wordings the codebook names: agreements
/// signed whatever their subject, arms and money delivered, sanctions and embargoes lifted, inspectors let in, weapons handed over,
/// property returned, and the same acts promised.
/// </summary>
public sealed class YieldingEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2005, 3, 1));

    [Theory]
    [InlineData("Russia and China signed a trade agreement on Monday.", "RUS", "CHN")]
    [InlineData("Japan and Vietnam signed a defence agreement in Hanoi.", "JPN", "VNM")]
    [InlineData("India and Japan signed a free trade agreement on Monday.", "IND", "JPN")]
    [InlineData("Brazil and Argentina finalised a trade deal in Buenos Aires.", "BRA", "ARG")]
    [InlineData("The Turkish parliament ratified the accord with Libya on Thursday.", "TUR", "LBY")]
    [InlineData("Kenya and Ethiopia have signed a security pact.", "KEN", "ETH")]
    public void Signing_or_ratifying_an_agreement_is_057_whatever_it_is_about(string text, string source, string target)
    {
        var events = Events(text);
        var signed = Assert.Single(events, e => e.Cameo == "057");
        Assert.Equal((source, target, Modality.Asserted), (signed.Source.Country, signed.Target?.Country, signed.Modality));
        Assert.DoesNotContain(events, e => e.CameoRoot is "03" or "06");
    }

    [Theory]
    [InlineData("The United States has eased its embargo on Cuba.", "USA", "CUB")]
    [InlineData("The European Union lifted its embargo on China.", "IGOEUREEC", "CHN")]
    [InlineData("Canada removed sanctions on Iran on Monday.", "CAN", "IRN")]
    [InlineData("Washington waived sanctions on Iraqi imports of Iranian electricity.", "USAGOV", "IRQ")]
    public void Lifting_easing_or_removing_sanctions_and_embargoes_is_085(string text, string source, string target)
    {
        var eased = Assert.Single(Events(text), e => e.CameoRoot == "08");
        Assert.Equal(("085", source, target), (eased.Cameo, eased.Source.Code, eased.Target?.Country ?? eased.Target?.Code));
    }

    [Theory]
    [InlineData("Germany delivered Leopard tanks to Ukraine on Monday.", "DEU", "UKR")]
    [InlineData("Russia delivered S-400 missile systems to Turkey.", "RUS", "TUR")]
    [InlineData("The United States supplied Stinger missiles to the Afghan rebels.", "USA", "AFG")]
    public void Weapons_named_by_kind_and_delivered_are_military_aid(string text, string source, string target)
    {
        var aid = Assert.Single(Events(text), e => e.CameoRoot == "07");
        Assert.Equal(("072", source, target, Modality.Asserted), (aid.Cameo, aid.Source.Country, aid.Target?.Country, aid.Modality));
    }

    [Theory]
    [InlineData("The United States sent tanks to the Polish border.")]
    [InlineData("Spanish banks have agreed to extend their credit facilities until March.")]
    [InlineData("China provided few details about the new missiles.")]
    [InlineData("Iran gave no details about the drones.")]
    public void Tanks_sent_to_a_border_and_bank_credit_are_no_aid(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot is "07" || e.Cameo.StartsWith("033", StringComparison.Ordinal));

    [Fact]
    public void Peacekeepers_deployed_are_provided_and_peacekeepers_announced_are_promised()
    {
        // Dated 2005: South Sudan was still part of Sudan (knowledge/territory-changes.tsv).
        var deployed = Assert.Single(Events("The United Nations deployed peacekeepers to South Sudan."), e => e.CameoRoot is "07" or "03");
        Assert.Equal(("074", "SDN"), (deployed.Cameo, deployed.Target?.Country));
        var promised = Assert.Single(Events("The United Nations will deploy peacekeepers to South Sudan."), e => e.CameoRoot is "07" or "03");
        Assert.Equal(("0334", Modality.Intended), (promised.Cameo, promised.Modality));
    }

    [Theory]
    [InlineData("Syria allowed United Nations inspectors into the country.", "0862")]
    [InlineData("North Korea let international inspectors into Yongbyon.", "0862")]
    [InlineData("Hamas handed over its weapons to Egypt.", "0873")]
    [InlineData("The IRA decommissioned its weapons.", "0873")]
    [InlineData("Israel returned the bodies of two Hamas fighters to Gaza.", "084")]
    [InlineData("Iran returned the seized British tanker to Britain.", "0842")]
    [InlineData("Zimbabwe returned seized farms to white farmers.", "0842")]
    [InlineData("Hamas halted rocket fire on Israel.", "087")]
    public void Inspectors_let_in_weapons_handed_over_and_property_returned_are_yielding(string text, string cameo)
    {
        var yielded = Assert.Single(Events(text), e => e.CameoRoot == "08");
        Assert.Equal((cameo, Modality.Asserted), (yielded.Cameo, yielded.Modality));
    }

    [Theory]
    [InlineData("Hamas fighters returned to their homes in Gaza.")]
    [InlineData("The Israeli delegation returned to Jerusalem on Monday.")]
    public void Returning_somewhere_is_no_return_of_property(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "08");

    [Theory]
    [InlineData("Syria agreed to allow United Nations inspectors into the country.", "0355", "SYR")]
    [InlineData("Washington agreed to lift the embargo on Cuba.", "0354", "USA")]
    [InlineData("Iran offered to release the British sailors.", "0353", "IRN")]
    [InlineData("India and Pakistan agreed to stop firing along the Line of Control.", "0356", "IND")]
    [InlineData("Sweden agreed to share intelligence with NATO.", "0314", "SWE")]
    [InlineData("Israel and Hezbollah agreed to a ceasefire on Wednesday.", "0356", "ISR")]
    public void Promised_yielding_and_cooperation_take_the_matching_intent_code(string text, string cameo, string source)
    {
        var intent = Assert.Single(Events(text), e => e.CameoRoot is "03" or "08" or "06");
        Assert.Equal((cameo, source), (intent.Cameo, intent.Source.Country));
    }

    [Theory]
    [InlineData("The peace treaty was signed by Ethiopia and Eritrea in Algiers.", "057", "ETH", "ERI")]
    [InlineData("A trade agreement was signed by China and Chile.", "057", "CHN", "CHL")]
    [InlineData("Sanctions on Iran were lifted by the United Nations on Saturday.", "085", "IGOUNO", "IRN")]
    [InlineData("The embargo on Cuba was eased by Washington.", "085", "USAGOV", "CUB")]
    public void A_passives_subject_is_its_verbs_object(string text, string cameo, string source, string target)
    {
        var coded = Assert.Single(Events(text), e => e.CameoRoot is "03" or "05" or "06" or "08");
        Assert.Equal((cameo, source, target), (coded.Cameo, coded.Source.Code, coded.Target?.Country));
    }

    [Fact]
    public void A_passive_attack_keeps_its_code() =>
        Assert.Contains(Events("Three Israeli soldiers were killed by Hezbollah fighters."), e => e.CameoRoot is "18" or "19");

    [Theory]
    [InlineData("The agreement must still be ratified by Japan and Chile.")]
    [InlineData("Iran must release the British sailors.")]
    public void What_must_be_done_has_not_been_done(string text)
    {
        var events = Events(text).Where(e => e.CameoRoot is "05" or "08").ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(Modality.Hypothetical, e.Modality));
    }

    [Theory]
    [InlineData("Washington withdrew its troops from Somalia.", "0874", "USAGOV", "SOM")]
    [InlineData("Washington has lifted its arms embargo on Vietnam.", "085", "USAGOV", "VNM")]
    [InlineData("Washington has lifted its arms ban on Vietnam.", "085", "USAGOV", "VNM")]
    [InlineData("Russia pulled its troops back from the Ukrainian border.", "0874", "RUS", "UKR")]
    [InlineData("North Korea allowed IAEA inspectors back into the country.", "0862", "PRK", null)]
    public void Its_troops_and_its_arms_embargo_are_the_sources_own_not_a_target(string text, string cameo, string source, string? target)
    {
        var yielded = Assert.Single(Events(text), e => e.CameoRoot == "08");
        Assert.Equal((cameo, source, target), (yielded.Cameo, yielded.Source.Code, yielded.Target?.Country));
    }

    [Theory]
    [InlineData("Russia completed the withdrawal of its troops from Kherson.", "0874")]
    [InlineData("Russia and Ukraine held a prisoner exchange on Saturday.", "0841")]
    [InlineData("The United Nations announced the lifting of sanctions on Iran.", "085")]
    [InlineData("Myanmar's military granted amnesty to 5,000 prisoners.", "0841")]
    [InlineData("Iran commuted the death sentences of three protesters.", "0841")]
    public void Releases_amnesties_withdrawals_and_lifted_sanctions_named_by_a_noun_are_yielding(string text, string cameo)
    {
        var events = Events(text);
        Assert.Equal(cameo, Assert.Single(events, e => e.CameoRoot == "08").Cameo);
        Assert.DoesNotContain(events, e => e.Cameo == "056");
    }

    [Theory]
    [InlineData("Japan pledged 500 million dollars to rebuild Iraq.", "0331")]
    [InlineData("Israel and the United Arab Emirates normalised relations in 2020.", "050")]
    [InlineData("Brazil and China boosted trade ties.", "061")]
    [InlineData("The European Union and Japan expanded their economic cooperation.", "061")]
    public void Pledged_money_normalised_relations_and_expanded_trade_take_their_codebook_codes(string text, string cameo) =>
        Assert.Contains(Events(text), e => e.Cameo == cameo);

    [Theory]
    [InlineData("Japan provided loans to Indonesia.", "071", "JPN", "IDN")]
    [InlineData("The United States has provided Ukraine with Patriot missiles.", "072", "USA", "UKR")]
    [InlineData("Washington restored military aid to Egypt.", "072", "USAGOV", "EGY")]
    [InlineData("Russian troops began withdrawing from Kherson on Wednesday.", "0874", "RUSMIL", "UKR")]
    public void Aid_provided_and_restored_and_withdrawals_begun_are_coded(string text, string cameo, string source, string? target)
    {
        var coded = Assert.Single(Events(text), e => e.CameoRoot is "07" or "08");
        Assert.Equal((cameo, source, target), (coded.Cameo, coded.Source.Code, coded.Target?.Country));
    }

    [Fact]
    public void Provided_that_opens_a_condition_and_a_delivery_received_is_no_visit()
    {
        Assert.Contains(Events("Iran will release the sailors, provided that Britain apologizes."), e => e.Modality == Modality.Conditional);
        Assert.DoesNotContain(Events("Ukraine received 12 Leopard tanks from Canada."), e => e.CameoRoot == "04");
    }

    [Theory]
    [InlineData("Japan expressed remorse for its wartime aggression against China.", "055", "CHN")]
    [InlineData("Russia recognized the independence of Abkhazia.", "054", null)]
    [InlineData("Britain recognised the independence of Kosovo.", "054", "KSV")]
    [InlineData("France rallied support for Ukraine at the summit.", "053", "UKR")]
    [InlineData("The United States has shared satellite imagery with Ukraine.", "064", "UKR")]
    public void Remorse_recognition_rallied_support_and_shared_imagery_take_their_codebook_codes(string text, string cameo, string? target)
    {
        var coded = Assert.Single(Events(text), e => e.Cameo == cameo);
        Assert.True(target is null || coded.Target?.Country == target, $"target {coded.Target?.Code}");
    }

    [Fact]
    public void Recognizing_that_something_is_so_is_no_diplomatic_recognition() =>
        Assert.DoesNotContain(Events("We must recognize that we will be unable to stop all attacks, Washington said."), e => e.Cameo == "054");

    [Theory]
    [InlineData("Cuba freed 20 political prisoners at the request of the Pope.")]
    [InlineData("Cuban authorities freed 200 political prisoners on Friday after a plea for clemency from the Pope.")]
    [InlineData("Cuba freed 20 political prisoners at the urging of the United States.")]
    public void The_one_who_asked_for_a_release_is_no_party_to_it(string text)
    {
        var freed = Assert.Single(Events(text), e => e.CameoRoot == "08");
        Assert.Equal(("CUB", "CUB"), (freed.Source.Country, freed.Target?.Country));
    }

    [Theory]
    [InlineData("Japan doubled its economic aid to Vietnam.", "071", "JPN", "VNM")]
    [InlineData("Washington boosted military aid to Ukraine.", "072", "USA", "UKR")]
    [InlineData("The European Union sent humanitarian aid to Gaza.", "073", "IGO", "PSE")]
    [InlineData("Washington sent military aid to Kyiv.", "072", "USA", "UKR")]
    public void More_aid_given_is_aid_and_aid_sent_to_a_place_abroad_goes_to_its_people(string text, string cameo, string source, string target)
    {
        var aid = Assert.Single(Events(text), e => e.CameoRoot == "07");
        Assert.Equal((cameo, source, target), (aid.Cameo, EventPipeline.Key(aid.Source), aid.Target?.Country));
    }

    [Theory]
    [InlineData("South Korea will provide aid to North Korea through United Nations agencies despite Pyongyang's nuclear test.", "KOR", "PRK")]
    [InlineData("Japan delivered aid to Sudan via the Red Cross.", "JPN", "SDN")]
    public void The_channel_of_aid_and_a_circumstance_naming_the_recipient_again_leave_the_recipient_the_target(string text, string source, string target)
    {
        var aid = Assert.Single(Events(text), e => e.CameoRoot is "03" or "07");
        Assert.Equal((source, target), (aid.Source.Country, aid.Target?.Country));
    }
    [Fact]
    public void The_place_a_blockade_is_eased_on_outranks_the_crossing_it_is_eased_at()
    {
        var e = Assert.Single(Events("Israel lifted its closure of the Gaza Strip on Sunday, allowing fuel trucks through the crossing at Ashkelon."), e => e.CameoRoot == "08");
        Assert.Equal(("ISR", "PSE"), (e.Source.Country, e.Target?.Country));
    }
    [Fact]
    public void Troops_leaving_a_country_withdraw_from_it()
    {
        var e = Assert.Single(Events("The last Russian troops left Estonia on Wednesday."));
        Assert.Equal(("0874", "RUS", "EST"), (e.Cameo, e.Source.Country, e.Target?.Country));
        Assert.DoesNotContain(Events("The Syrian delegation left the meeting in Geneva."), e => e.CameoRoot == "08");
        Assert.Contains(Events("American troops will leave Syria, Washington said."), e => e.Cameo == "0356" && e.Target?.Country == "SYR");
    }
}
