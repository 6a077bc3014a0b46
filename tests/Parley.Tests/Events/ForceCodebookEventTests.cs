using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences for the codebook's investigations, protests and force (CAMEO 09, 14, 18-20) in the wordings of wire copy:
/// what is investigated, how a protest is made, which weapon fights, and force on a place rather than a named actor.
/// </summary>
public sealed class ForceCodebookEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2005, 3, 1));

    private static CodedEvent Single(string text, string root) => Assert.Single(Events(text), e => e.CameoRoot == root);

    /// <summary>The one event of <paramref name="root"/> in <paramref name="text"/> has <paramref name="cameo"/>, from <paramref name="source"/> to <paramref name="target"/> (countries).</summary>
    private static void AssertCoded(string text, string root, string cameo, string source, string target)
    {
        var coded = Single(text, root);
        Assert.Equal((cameo, source, target), (coded.Cameo, coded.Source.Country, coded.Target?.Country));
    }

    [Theory]
    [InlineData("The United Nations said on Tuesday it would investigate alleged war crimes by Sudanese troops in Darfur.", "094", "SDN", Modality.Intended)]
    [InlineData("UN human rights investigators looked into allegations of torture by Egyptian police.", "092", "EGY", Modality.Asserted)]
    [InlineData("Indian police are investigating the killing of two Pakistani diplomats in New Delhi.", "091", "PAK", Modality.Asserted)]
    [InlineData("Turkish prosecutors were investigating the murder of Saudi journalist Jamal Khashoggi.", "091", "SAU", Modality.Asserted)]
    [InlineData("Chinese authorities are probing the disappearance of a Japanese businessman.", "092", "JPN", Modality.Asserted)]
    [InlineData("The OSCE has opened an investigation into ceasefire violations by Armenian forces.", "093", "ARM", Modality.Asserted)]
    [InlineData("Kenyan police launched a probe into the death of a British tourist on Monday.", "090", "GBR", Modality.Asserted)]
    public void What_is_investigated_names_the_kind_of_investigation(string text, string cameo, string target, string modality)
    {
        // War crimes (094), human rights abuses (092), military action (093) and crimes (091) are told apart by their nouns;
        // the alleged perpetrator or the victim's side is the target.
        var probe = Single(text, "09");
        Assert.Equal((cameo, target, modality), (probe.Cameo, probe.Target?.Country, probe.Modality));
    }

    [Theory]
    [InlineData("The UK is looking strong going into the general election.")]
    [InlineData("The minister looked into the camera and smiled.")]
    public void Looking_into_something_else_is_no_investigation(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "09");

    [Theory]
    [InlineData("French truck drivers went on strike on Monday over fuel taxes.", "143", "FRA")]
    [InlineData("British doctors went on strike for 48 hours on Tuesday.", "143", "GBR")]
    [InlineData("South Korean farmers blocked a highway near Seoul to protest against rice imports.", "144", "KOR")]
    [InlineData("Indian farmers blocked the railway line to Punjab on Monday.", "144", "IND")]
    [InlineData("Sudanese protesters took to the streets on Monday.", "141", "SDN")]
    [InlineData("Thousands of Thai protesters took to Bangkok's streets on Sunday.", "141", "THA")]
    [InlineData("Thousands of Chilean students went on a hunger strike.", "142", "CHL")]
    [InlineData("Spanish dockers staged a walkout on Monday.", "143", "ESP")]
    public void Strikes_blockades_of_roads_and_street_protests_are_protests_against_the_own_government(string text, string cameo, string country)
    {
        var protest = Single(text, "14");
        Assert.Equal((cameo, country, country, Modality.Asserted), (protest.Cameo, protest.Source.Country, protest.Target?.Country, protest.Modality));
    }

    [Theory]
    [InlineData("Kenyan protesters clashed with police in Nairobi on Monday.", "KEN", "KEN")]
    [InlineData("Demonstrators clashed with Turkish riot police in Istanbul.", "TUR", "TUR")]
    [InlineData("Angry Pakistani protesters attacked the US consulate in Karachi.", "PAK", "USA")]
    public void Force_by_protesters_is_a_protest_turned_violent(string text, string source, string target) =>
        AssertCoded(text, "14", "145", source, target);

    [Fact]
    public void Police_clashing_with_protesters_are_not_rioting() =>
        Assert.DoesNotContain(Events("Turkish police clashed with Kurdish protesters in Diyarbakir."), e => e.CameoRoot == "14");

    [Theory]
    [InlineData("Chinese guards beat two Tibetan monks to death in Lhasa.", "1823", "CHN", "CHN")]
    [InlineData("Taliban gunmen attempted to assassinate Afghan President Hamid Karzai on Wednesday.", "185", "AFG", "AFG")]
    [InlineData("Somali pirates hijacked a Greek oil tanker off the coast of Somalia.", "181", "SOM", "GRC")]
    [InlineData("Taliban militants detonated a bomb at a market in Peshawar, killing 30 people.", "183", "AFG", "PAK")]
    [InlineData("Serb forces massacred thousands of Bosnian Muslims in Srebrenica.", "202", "SRB", "BIH")]
    [InlineData("The Myanmar military has carried out ethnic cleansing against the Rohingya, the UN said.", "203", "MMR", "MMR")]
    [InlineData("Syrian government forces used chemical weapons against civilians in Ghouta.", "2041", "SYR", "SYR")]
    [InlineData("The Iraqi army used poison gas against Kurdish villagers in Halabja.", "2041", "IRQ", "IRQ")]
    [InlineData("The United States dropped atomic bombs on Hiroshima and Nagasaki.", "2042", "USA", "JPN")]
    public void Assaults_and_mass_violence_are_coded_by_the_codebooks_terms(string text, string cameo, string source, string target)
    {
        var force = Assert.Single(Events(text), e => CameoRoots.IsForce(e.Cameo));
        Assert.Equal((cameo, source, target), (force.Cameo, force.Source.Country, force.Target?.Country));
    }

    [Theory]
    [InlineData("Turkish artillery pounded Kurdish positions in Syria.", "194", "TUR", "SYR")]
    [InlineData("North Korea fired artillery shells at a South Korean island.", "194", "PRK", "KOR")]
    [InlineData("Ukrainian troops fired mortar shells at Russian-backed separatists near Donetsk.", "193", "UKR", "RUS")]
    [InlineData("A US drone strike killed five militants in Yemen.", "1952", "USA", "YEM")]
    [InlineData("US drones struck a Taliban compound in Pakistan's North Waziristan.", "1952", "USA", "AFG")]
    [InlineData("British aircraft using precision guided missiles killed four Iraqis in Basra.", "1951", "GBR", "IRQ")]
    public void Fighting_is_coded_by_its_heaviest_weapon(string text, string cameo, string source, string target)
    {
        // Mortars are light weapons (193) even as "mortar shells"; artillery (194), aircraft (195), guided munitions (1951) and
        // drones (1952) each take precedence over the lighter.
        AssertCoded(text, "19", cameo, source, target);
    }

    [Theory]
    [InlineData("Israeli forces shelled the Gaza Strip on Tuesday.", "194", "ISR", "PSE")]
    [InlineData("Israel occupied the Golan Heights in 1967.", "192", "ISR", "SYR")]
    [InlineData("Israel imposed a naval blockade on the Gaza Strip.", "191", "ISR", "PSE")]
    [InlineData("Egypt and Saudi Arabia imposed a blockade on Qatar.", "191", "EGY", "QAT")]
    public void Force_used_on_a_place_is_used_on_its_country(string text, string cameo, string source, string target)
    {
        var fight = Assert.Single(Events(text), e => e.CameoRoot == "19" && e.Source.Country == source);
        Assert.Equal((cameo, target), (fight.Cameo, fight.Target?.Country));
    }

    [Theory]
    [InlineData("Fighting broke out between Israeli troops and Palestinian gunmen in Hebron.", "ISR", "PSE")]
    [InlineData("Clashes erupted between Indian troops and Pakistani soldiers along the border on Sunday.", "IND", "PAK")]
    [InlineData("There were clashes between Israeli troops and Palestinian gunmen in Hebron.", "ISR", "PSE")]
    [InlineData("Heavy fighting raged between Syrian troops and Turkish forces near Idlib.", "SYR", "TUR")]
    public void Fighting_named_by_a_noun_between_two_sides_is_fighting_of_the_first_against_the_second(string text, string source, string target) =>
        AssertCoded(text, "19", "190", source, target);

    [Theory]
    [InlineData("Three Afghan soldiers were killed in a Taliban attack in Helmand.", "190", "AFG", "AFG")]
    [InlineData("Two Israeli soldiers were killed in a Hezbollah ambush near the border.", "190", "LBN", "ISR")]
    [InlineData("Five Yemeni civilians were killed in a Saudi airstrike on Sanaa.", "195", "SAU", "YEM")]
    [InlineData("Ten Pakistani militants were killed in a US drone strike in North Waziristan.", "1952", "USA", "PAK")]
    public void The_attacker_of_a_passive_killing_is_named_by_the_attack_it_died_in(string text, string cameo, string source, string target)
    {
        // The attacker is the source and the killed the target (CAMEO 18-19), whichever way the sentence runs.
        AssertCoded(text, "19", cameo, source, target);
    }

    [Fact]
    public void An_attack_on_someone_names_the_attacked_not_the_attacker() =>
        Assert.DoesNotContain(Events("Three civilians were killed in an attack on Israeli soldiers."), e => CameoRoots.IsForce(e.Cameo) && e.Source.Country == "ISR");

    [Theory]
    [InlineData("A clash between the Chinese and American delegations marked the talks.")]
    [InlineData("Fighting broke out in Parliament over the budget.")]
    public void A_quarrel_is_no_fighting(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "19");

    [Theory]
    [InlineData("Senators 4, Red Wings 3: Ottawa held on to beat Detroit.")]
    [InlineData("Brazil beat Argentina 2-1 in Buenos Aires on Sunday.")]
    [InlineData("A Washington think tank said Russian tanks are outdated.")]
    public void Sport_and_talk_of_weapons_are_no_fighting(string text) =>
        Assert.DoesNotContain(Events(text), e => CameoRoots.IsForce(e.Cameo));
    [Theory]
    [InlineData("Libya expelled 30,000 Egyptian workers in September.", "17", "201", "LBY", "EGY")]
    [InlineData("Kuwait expelled 300,000 Palestinians after the war.", "16", "201", "KWT", "PSE")]
    [InlineData("Nigeria expelled an estimated 1.2 million Ghanaians in January.", "16", "201", "NGA", "GHA")]
    [InlineData("Some 50,000 Ethiopians were expelled by Eritrea in 1999.", "16", "201", "ERI", "ETH")]
    [InlineData("Sudanese troops killed thousands of civilians in Darfur.", "19", "202", "SDN", "SDN")]
    public void Expelling_or_killing_people_counted_in_thousands_is_mass_violence(string text, string root, string cameo, string source, string target)
    {
        var events = Events(text);
        Assert.DoesNotContain(events, e => e.CameoRoot == root);
        Assert.Contains(events, e => (e.Cameo, e.Source.Country, e.Target?.Country) == (cameo, source, target));
    }

    [Theory]
    [InlineData("Libya expelled 300 Egyptian workers in September.", "174")]
    [InlineData("Libya expelled two Egyptian journalists from the 5,000-strong delegation.", "174")]
    [InlineData("Sudanese troops killed 40 rebels in Darfur.", "190")]
    [InlineData("Troops killed two of thousands of demonstrators in Tashkent.", "190")]
    [InlineData("Britain deported 1,500 failed asylum seekers to Iraq.", "174")]
    [InlineData("US forces killed more than 1,000 insurgents in Fallujah.", "190")]
    [InlineData("Iraq expelled 2,000 foreigners.", "174")]
    public void Fewer_than_a_thousand_a_deportation_fighting_or_no_one_named_is_no_mass(string text, string cameo) =>
        Assert.Contains(Events(text), e => e.Cameo == cameo);

    [Fact]
    public void An_s_form_after_and_in_an_infinitives_object_is_a_second_noun()
    {
        var events = Events("The United Nations agreed to investigate reports of torture and abuses by Sri Lankan troops.");
        Assert.Contains(events, e => e.CameoRoot == "09" && e.Target?.Country == "LKA");
        Assert.DoesNotContain(events, e => e.CameoRoot == "18");
    }
    [Theory]
    [InlineData("French magistrates placed former Defence Minister Charles Hernu under investigation for corruption on Monday.", "FRA")]
    [InlineData("Spanish police put the mayor of Marbella under criminal investigation.", "ESP")]
    public void One_placed_under_investigation_is_investigated(string text, string country) =>
        Assert.Contains(Events(text), e => e.Cameo == "091" && e.Source.Country == country && e.Target?.Country == country);
}
