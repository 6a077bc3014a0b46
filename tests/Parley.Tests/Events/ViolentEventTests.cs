using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences for coercion, assault and fighting (CAMEO 17-19): when force is unconventional,
/// property destruction, cyber attacks, human shields and ceasefire violations.
/// </summary>
public sealed class ViolentEventTests
{
    private static CodedEvent Violent(string text) =>
        Assert.Single(EventPipeline.Events(text, new DateOnly(2005, 3, 1)), e => e.CameoRoot is "17" or "18" or "19" or "20");

    [Theory]
    [InlineData("Somali militants killed five Kenyan aid workers on Tuesday.", "180", "SOM", "KEN")]
    [InlineData("Ugandan rebels attacked Sudanese refugees near the border on Sunday.", "180", "UGA", "SDN")]
    [InlineData("Nigerian gunmen shot dead three Ghanaian tourists on Friday.", "180", "NGA", "GHA")]
    [InlineData("Maoist rebels shot dead the Nepalese information minister in Kathmandu on Friday.", "186", "NPL", "NPL")]
    [InlineData("Taliban insurgents killed an Afghan provincial governor in Kandahar on Monday.", "186", "AFG", "AFG")]
    [InlineData("Maoist rebels killed five Nepalese civil servants in Kathmandu on Friday.", "180", "NPL", "NPL")]
    [InlineData("A camp for Kenyan refugees was attacked by Somali militiamen armed with machetes, killing 40 people.", "180", "SOM", "KEN")]
    [InlineData("Algerian rebels set fire to the offices of the French embassy.", "1712", "DZA", "FRA")]
    [InlineData("Armenian militiamen in Stepanakert set fire to the houses of Azerbaijani families.", "1712", "ARM", "AZE")]
    [InlineData("Serbian nationalists torched the houses of Albanian families overnight.", "1712", "SRB", "ALB")]
    [InlineData("Iranian hackers defaced hundreds of Israeli web sites last week.", "176", "IRN", "ISR")]
    [InlineData("Iraqi forces used mustard gas against Iranian troops on the Majnoon islands.", "2041", "IRQ", "IRN")]
    [InlineData("The Indian army has been holding thousands of Pakistani civilians as human shields.", "184", "IND", "PAK")]
    [InlineData("A roadside bombing near the town of Samarra killed two U.S. soldiers on Sunday.", "1833", "IRQ", "USA")]
    [InlineData("Three British soldiers were killed by a car bomb outside the city of Basra.", "1832", "IRQ", "GBR")]
    [InlineData("A suicide bomber killed four Pakistani policemen at a market in Peshawar on Friday.", "1831", "PAK", "PAK")]
    [InlineData("Chinese troops violated the ceasefire agreement on Monday.", "196", "CHN", null)]
    [InlineData("Tamil rebels broke the truce on Monday.", "196", "LKA", null)]
    [InlineData("The Sri Lankan army is guilty of violating the ceasefire.", "196", "LKA", null)]
    public void Force_is_coded_by_what_it_is_done_with_and_to_whom(string text, string code, string source, string? target)
    {
        // Killing one named by a position of weight (a minister, a governor) is an assassination (186).
        // Irregulars against the unarmed, or with knives and machetes, use unconventional violence (18), not war (19); fire set
        // to offices and houses destroys property (1712), and "set" after a name ("in Stepanakert set fire") is its past tense;
        // defaced web sites are a cyber attack (176). A bomb as the agent says the kind of bombing, and the place of the attack
        // stands for the bomber no report names (CAMEO note to 1833). A ceasefire violation (196) breaks an agreement, so it is
        // coded also with no opponent named.
        var violence = Violent(text);
        Assert.Equal((code, source, target), (violence.Cameo, violence.Source.Country, violence.Target?.Country));
    }

    [Theory]
    [InlineData("Ethiopian troops attacked Somali villagers on Tuesday.")]
    [InlineData("Somali militants killed five Kenyan soldiers on Tuesday.")]
    [InlineData("NATO's bombing campaign killed hundreds of Serbian soldiers.")]
    public void Armed_forces_against_anyone_and_irregulars_against_soldiers_stay_fighting(string text) =>
        Assert.Equal("19", Violent(text).CameoRoot);

    [Theory]
    [InlineData("Burmese troops attacked Karen guerrillas on the Thai border.")]
    [InlineData("Burmese troops attacked a guerrilla base on the Thai border.")]
    public void Guerrillas_fought_by_a_states_troops_with_no_country_of_their_own_are_of_that_state(string text)
    {
        var fight = Violent(text);
        Assert.Equal(("MMRMIL", "MMRREB"), (fight.Source.Code, fight.Target?.Code));
    }

    [Theory]
    [InlineData("The Americans wanted to raid a mujahideen base.")]
    [InlineData("After a bomb attack in Baghdad, US troops killed three insurgents.")]
    public void Those_fought_abroad_are_not_taken_for_the_attackers_own_countrymen(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text, new DateOnly(2005, 3, 1)), e => e.Target?.Country == "USA");

    [Fact]
    public void Opponents_of_a_government_struck_by_its_army_are_the_opposition_at_home()
    {
        var violence = Violent("Myanmar's military carried out an air strike on a gathering of opponents of army rule on Tuesday.");
        Assert.Equal(("195", "MMR", "MMROPP"), (violence.Cameo, violence.Source.Country, violence.Target?.Code));
    }

    [Fact]
    public void A_party_whose_allies_are_attacked_is_not_the_target()
    {
        var violence = Violent("Hezbollah fighters ambushed a patrol of Israel's militia allies in southern Lebanon on Friday.");
        Assert.Equal("LBN", violence.Target?.Country);
    }

    [Fact]
    public void A_party_named_before_and_its_allies_is_still_a_target()
    {
        Assert.Contains(EventPipeline.Events("North Korea threatened Japan's government and allies on Monday.", new DateOnly(2005, 3, 1)), e => e.Target?.Code == "JPNGOV");
    }

    [Theory]
    [InlineData("Sikh militants gunned down Indian Prime Minister Indira Gandhi on Wednesday.", "186")]
    [InlineData("Indian Prime Minister Indira Gandhi was shot dead by Sikh militants on Wednesday.", "186")]
    [InlineData("The Indian home minister was shot dead by a sniper outside the parliament in New Delhi on Wednesday.", "186")]
    [InlineData("Hezbollah guerrillas killed the deputy chief of an Israeli-backed militia in southern Lebanon on Sunday.", "186")]
    [InlineData("Sikh militants killed the son of the Indian prime minister on Wednesday.", "180")]
    [InlineData("Sikh militants killed two Indian soldiers and a village chief on Wednesday.", "190")]
    [InlineData("Sikh militants shot an Indian provincial governor on Wednesday.", "180")]
    public void Killing_one_named_by_a_position_of_weight_is_an_assassination(string text, string code)
    {
        // The position is the one killed's own ("the son of the prime minister" is not) and the only one killed (soldiers killed with a
        // chief are fighting), and "shot" without "dead" may only wound. An assailant no actor names ("a sniper") leaves the place
        // of the attack as its source, as the codebook says for assassinations.
        Assert.Equal(code, Violent(text).Cameo);
    }

    [Theory]
    [InlineData("Taliban fighters killed the governor's brother in Kandahar on Monday.")]
    [InlineData("Iraqi gunmen killed the judge's son in Baghdad on Monday.")]
    [InlineData("Gunmen shot dead a school head teacher in Peshawar on Monday.")]
    public void Killing_the_kin_of_one_in_a_position_or_one_named_by_no_such_position_is_no_assassination(string text) =>
        Assert.DoesNotContain(EventPipeline.Events(text, new DateOnly(2005, 3, 1)), e => e.Cameo == "186");

    [Theory]
    [InlineData("Indonesian rioters set fire to shops and cars across Jakarta on Thursday.", "IDN")]
    [InlineData("Bangladeshi demonstrators torched the offices of the ruling party in Dhaka on Monday.", "BGD")]
    [InlineData("Kenyan protesters beat up two policemen in Nairobi on Monday.", "KEN")]
    public void Protesters_who_burn_or_beat_riot(string text, string country)
    {
        // As when they fight (145), not destruction of property (1712) or an assault (182).
        var riot = Assert.Single(EventPipeline.Events(text, new DateOnly(2005, 3, 1)));
        Assert.Equal(("145", country, country), (riot.Cameo, riot.Source.Country, riot.Target?.Country));
    }
}
