using Parley.Entities;
using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences for the coercive codes (CAMEO 13, 16, 17) in the phrasings news uses besides the plain active verb: acts
/// named by a noun with both parties, warnings of what someone would face, mediators stepping out, individuals expelled, and
/// domestic restrictions, their easing and police power aimed at the source's own people.
/// </summary>
public sealed class CoercionPhrasingTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2019, 5, 1));


    private static CodedEvent AssertCoded(string text, string root, string cameo, string source, string target)
    {
        var coded = Assert.Single(Events(text), e => e.CameoRoot == root);
        Assert.Equal((cameo, source, target), (coded.Cameo, EventPipeline.Key(coded.Source), EventPipeline.Key(coded.Target)));
        return coded;
    }

    [Theory]
    [InlineData("The arrest of a French aid worker by Iranian authorities angered Paris.", "173", "IRN", "FRA")]
    [InlineData("Iran's detention of two French citizens strained ties with Paris.", "173", "IRN", "FRA")]
    [InlineData("The expulsion of Ethiopian migrants by Saudi Arabia was criticised by rights groups.", "174", "SAU", "ETH")]
    [InlineData("Thailand's deportation of Uighur refugees to China was criticised by rights groups.", "174", "THA", "CHN")]
    [InlineData("The seizure of a British tanker by Iran raised tensions in the Gulf.", "171", "IRN", "GBR")]
    public void A_coercive_act_named_by_a_noun_with_both_parties_is_coded(string text, string cameo, string source, string target) =>
        Assert.Equal(Modality.Asserted, AssertCoded(text, "17", cameo, source, target).Modality);

    [Fact]
    public void Diplomats_expelled_by_a_noun_phrase_are_reduced_relations() =>
        AssertCoded("Britain's expulsion of 23 Russian diplomats was the largest in decades.", "16", "161", "GBR", "RUS");

    [Theory]
    [InlineData("The arrest of opposition leader Alexei Navalny sparked protests.")]
    [InlineData("Rights groups condemned the arrest of the journalists.")]
    public void An_arrest_named_without_its_doer_is_no_event(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "17");

    [Theory]
    [InlineData("Washington warned Ankara that it would face sanctions if it bought the missiles.", "1312", "USA", "TUR")]
    [InlineData("Iran warned Israel that it would face a crushing response.", "130", "IRN", "ISR")]
    [InlineData("Putin warned that Ukraine would face consequences.", "130", "RUS", "UKR")]
    public void What_the_one_warned_would_face_is_the_speakers_threat(string text, string cameo, string source, string target) =>
        AssertCoded(text, "13", cameo, source, target);

    [Theory]
    [InlineData("Iran faces new sanctions over its nuclear programme.")]
    [InlineData("The president said the country would face tough sanctions.")]
    public void Sanctions_someone_faces_without_a_warning_are_no_threat(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "13");

    [Theory]
    [InlineData("Egypt withdrew from mediating between Fatah and Hamas.", "165", "EGY", "PSE")]
    [InlineData("Algeria abandoned its mediation effort in Mali.", "165", "DZA", "MLI")]
    [InlineData("Saudi Arabia expelled dozens of Ethiopian workers.", "174", "SAU", "ETH")]
    [InlineData("Ethiopia halted negotiations with Egypt over the Nile dam.", "164", "ETH", "EGY")]
    [InlineData("Russia suspended its participation in the New START treaty with the United States.", "160", "RUS", "USA")]
    [InlineData("The European Union slapped an arms embargo on Venezuela.", "163", "IGO", "VEN")]
    [InlineData("The EU imposed its arms ban on China in 1989.", "163", "IGO", "CHN")]
    [InlineData("Russia has barred food imports from the European Union.", "163", "RUS", "IGO")]
    [InlineData("Japan tightened export controls on chemicals to South Korea.", "163", "JPN", "KOR")]
    [InlineData("Russia ordered the closure of the US consulate in St Petersburg.", "161", "RUS", "USA")]
    [InlineData("The OSCE pulled its monitors out of eastern Ukraine.", "1662", "IGO", "UKR")]
    public void Reductions_of_relations_in_other_wordings(string text, string cameo, string source, string target)
    {
        var root = cameo[..2];
        AssertCoded(text, root, cameo, source, target);
    }

    [Theory]
    [InlineData("Ethiopia declared a six-month state of emergency.", "1724", "ETH", "ETH")]
    [InlineData("Egypt banned the Muslim Brotherhood on Wednesday.", "172", "EGY", "EGY")]
    [InlineData("Pakistan's election commission disqualified former prime minister Imran Khan from running for office.", "1722", "PAK", "PAK")]
    [InlineData("Sudanese troops broke up a sit-in outside the army headquarters in Khartoum.", "175", "SDN", "SDN")]
    [InlineData("Zimbabwe's security forces suppressed protests over fuel prices.", "175", "ZWE", "ZWE")]
    public void A_domestic_restriction_naming_no_one_is_aimed_at_the_own_people(string text, string cameo, string source, string target) =>
        AssertCoded(text, "17", cameo, source, target);

    [Theory]
    [InlineData("Thailand's government on Wednesday lifted a state of emergency imposed on Bangkok in April.", "08", "0814", "THA", "THA")]
    [InlineData("Kenyan authorities deployed thousands of riot police across Nairobi on Wednesday.", "15", "153", "KEN", "KEN")]
    [InlineData("Kenyan authorities deployed thousands of riot police on Wednesday.", "15", "153", "KEN", "KEN")]
    [InlineData("Thailand's government lifted the state of emergency on Wednesday.", "08", "0814", "THA", "THA")]
    public void Easing_restrictions_and_mobilizing_police_naming_no_one_are_aimed_at_the_own_people(string text, string root, string cameo, string source, string target) =>
        AssertCoded(text, root, cameo, source, target);

    [Theory]
    [InlineData("Sri Lanka's president threatened to declare a state of emergency if the strikes spread.", "1324", "LKA", "LKA")]
    [InlineData("Trade unions in Nigeria threatened a nationwide strike over the rise in fuel prices.", "133", "NGA", "NGA")]
    public void A_threatened_domestic_act_is_aimed_at_the_own_country(string text, string cameo, string source, string target) =>
        AssertCoded(text, "13", cameo, source, target);

    [Fact]
    public void An_act_abroad_read_by_a_borrowed_default_gets_no_home_target()
    {
        var events = Events("The United States is not preventing people from leaving Rukban, a spokesman said.");
        Assert.DoesNotContain(events, e => e.CameoRoot == "17" && EventPipeline.Key(e.Target) == "USA");
    }

    [Theory]
    [InlineData("Britain announced on Monday it would expel three Russian diplomats.", "161", Modality.Intended)]
    [InlineData("The United States announced it would cut all aid to the rebels.", "162", Modality.Intended)]
    [InlineData("The European Union warned it would impose sanctions on Iran.", "1312", Modality.Intended)]
    public void A_measure_announced_is_the_measure_and_one_warned_of_a_threat(string text, string cameo, string modality) =>
        Assert.Contains(Events(text), e => e.Cameo == cameo && e.Modality == modality);
    [Theory]
    [InlineData("Pyongyang warned that Tokyo would be turned into a sea of fire if Japan joined the blockade.", "PRK", "JPN")]
    [InlineData("Tehran warned that Tel Aviv would be reduced to rubble if Israel struck its nuclear sites.", "IRN", "ISR")]
    public void A_place_whose_destruction_a_warning_foretells_is_threatened_with_attack(string text, string source, string target) =>
        AssertCoded(text, "13", "1384", source, target);

    [Fact]
    public void A_destruction_told_without_a_warning_is_no_threat() =>
        Assert.DoesNotContain(Events("The fire turned the old city into a sea of fire."), e => e.CameoRoot == "13");
}
