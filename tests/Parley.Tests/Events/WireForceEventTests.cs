using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented 1990s-2000s wire sentences of force (CAMEO 15, 17-20) whose actors sit where wire reports put them: a bomb in a
/// country named only as the place, troops moved to another's border, arrests and
/// seizures that name no foreigner, shells rained and guns turned on a place, a second verb that acts where the first did, and objects that read like verbs ("Tamil Tiger positions", "suspected Hezbollah positions").
/// </summary>
public sealed class WireForceEventTests
{
    private static CodedEvent Forceful(string text, DateOnly date) =>
        Assert.Single(EventPipeline.Events(text, date), e => e.CameoRoot is "15" or "17" or "18" or "19" or "20");

    [Theory]
    [InlineData("Three Israeli soldiers were killed by a roadside bomb in southern Lebanon on Monday.", 1999, "1833", "LBN", "ISR")]
    [InlineData("A roadside bomb killed three Canadian soldiers in southern Afghanistan.", 2006, "1833", "AFG", "CAN")]
    [InlineData("Israeli helicopters carried out a raid that killed three Hezbollah guerrillas.", 1998, "195", "ISR", "LBN")]
    [InlineData("Algerian Islamic militants slit the throats of 17 villagers near Medea.", 1997, "1823", "DZA", "DZA")]
    [InlineData("Kashmiri militants kidnapped five British tourists.", 1995, "181", "IND", "GBR")]
    [InlineData("Serb forces have driven hundreds of thousands of ethnic Albanians out of Kosovo.", 1999, "201", "SRB", "SRB")]
    [InlineData("Sri Lankan troops shelled Tamil Tiger positions near Jaffna.", 1996, "194", "LKA", "LKA")]
    [InlineData("Israeli warplanes bombed suspected Hezbollah positions in southern Lebanon on Tuesday.", 1996, "195", "ISR", "LBN")]
    [InlineData("Iraq moved two Republican Guard divisions toward the Kuwaiti border on Saturday.", 1994, "154", "IRQ", "KWT")]
    [InlineData("Iraq massed troops on the Kuwaiti border.", 1994, "154", "IRQ", "KWT")]
    [InlineData("Yugoslav army units were deployed along the border with Albania.", 1998, "154", "SRB", "ALB")]
    [InlineData("The Indian army was put on high alert along the border with Pakistan.", 1999, "152", "IND", "PAK")]
    [InlineData("Egyptian police rounded up 100 members of the Muslim Brotherhood.", 1995, "173", "EGY", "EGY")]
    [InlineData("Zimbabwe seized dozens of white-owned farms.", 2000, "171", "ZWE", "ZWE")]
    [InlineData("Israeli troops imposed a curfew on the West Bank town of Hebron.", 1997, "1723", "ISR", "PSE")]
    [InlineData("The Kenyan government shut down two independent radio stations.", 1997, "1721", "KEN", "KEN")]
    [InlineData("Israeli troops blew up the family home of a Hamas bomber in the village of Yatta.", 1998, "1712", "ISR", "PSE")]
    [InlineData("A Palestinian suicide bomber blew himself up at a bus stop in Netanya, wounding 15 Israelis.", 2001, "1831", "PSE", "ISR")]
    [InlineData("Two Egyptian policemen dragged a blogger out of an internet cafe in Alexandria and beat him to death.", 2010, "1823", "EGY", "EGY")]
    [InlineData("Bosnian Serb gunners on the hills rained mortar rounds on the centre of Sarajevo overnight.", 1995, "194", "BIH", "BIH")]
    [InlineData("Azerbaijani forces turned artillery and tanks on Armenian positions on Saturday.", 1994, "194", "AZE", "ARM")]
    [InlineData("Iraqi troops swept across the border into Kuwait before dawn.", 1990, "190", "IRQ", "KWT")]
    [InlineData("Israeli army bulldozers flattened dozens of Palestinian homes in Rafah on Tuesday.", 2004, "1712", "ISR", "PSE")]
    public void Wire_force_is_coded_with_its_actors(string text, int year, string code, string source, string target)
    {
        // A bomb's place is the source when no one is named, a country as well as a town (CAMEO note to 1833); an attack's victims
        // named in a relative clause on its noun are its target; a move to a border is aimed across it (CAMEO 15); an arrest or
        // seizure naming no foreigner is done to the state's own people, a curfew on a town to that town's people.
        var force = Forceful(text, new DateOnly(year, 6, 1));
        Assert.Equal((code, source, target), (force.Cameo, force.Source.Country, force.Target?.Country));
    }

    [Theory]
    [InlineData("US troops fought insurgents in Fallujah on Monday.", 2004, "USA", "IRQ")]
    [InlineData("Government troops clashed with insurgents near Mosul.", 2005, "IRQ", "IRQ")]
    [InlineData("The Taliban attacked government troops near Kandahar.", 1998, "AFG", "AFG")]
    [InlineData("Rebels clashed with government forces near Goma.", 1998, "COD", "COD")]
    [InlineData("China's People's Liberation Army fired missiles near Taiwan.", 1996, "CHN", "TWN")]
    public void Fighting_insurgents_or_government_forces_is_force(string text, int year, string source, string target)
    {
        // PETRARCH's class-wide rows read "fought insurgents" as military cooperation (062) and "attacked government …" as
        // criticism (111); the forces fought are the object (events/petrarch-rejected.tsv, verb-patterns.tsv). The PLA is China's
        // military, not the French daily Libération.
        var force = Forceful(text, new DateOnly(year, 6, 1));
        Assert.Equal(("19", source, target), (force.CameoRoot, force.Source.Country, force.Target?.Country));
        Assert.DoesNotContain(EventPipeline.Events(text, new DateOnly(year, 6, 1)), e => e.CameoRoot is "06" or "11" || e.Target?.Code == "FRAMED");
    }

    [Fact]
    public void An_s_form_after_names_a_verb_governs_ends_its_compound_object()
    {
        // "deploy Peoples Liberation Army forces": "forces" is the object's head, not a verb of coercion.
        var events = EventPipeline.Events("President Xi Jinping of China is likely to deploy Peoples Liberation Army forces onto the streets of Hong Kong.", new DateOnly(2019, 11, 20));
        Assert.Contains(events, e => (e.CameoRoot, e.Source.Country, e.Target?.Country) == ("15", "CHN", "HKG"));
        Assert.DoesNotContain(events, e => e.CameoRoot == "17");
    }

    [Fact]
    public void Fighting_alongside_insurgents_stays_military_cooperation()
    {
        Assert.Contains(EventPipeline.Events("US troops fought alongside Kurdish fighters near Mosul.", new DateOnly(2004, 6, 1)), e => e.Cameo == "062");
    }

    [Theory]
    [InlineData("Colombian rebels seized dozens of farms.")]
    [InlineData("Turkey massed troops on its border.")]
    public void Acts_that_name_no_one_acted_on_get_no_guessed_target(string text)
    {
        // Rebels are no state arresting or seizing at home; a country's own border names no one across it.
        var force = Assert.Single(EventPipeline.Events(text, new DateOnly(2000, 4, 2)), e => e.CameoRoot is "15" or "17");
        Assert.Null(force.Target);
    }

    [Fact]
    public void A_verb_after_a_clause_boundary_is_no_plural_noun()
    {
        // "arrives" after a name that follows "as" is the verb of a new clause, not the plural of an object noun.
        var events = EventPipeline.Events("The offer comes as the Foreign Secretary Jack Straw arrives in Indonesia for talks.", new DateOnly(2005, 1, 6));
        Assert.Contains(events, e => e.CameoRoot == "04" && e.Target?.Country == "IDN");
    }

    [Fact]
    public void A_claim_of_responsibility_for_an_attack_is_the_claim()
    {
        // CAMEO 015 codes the claim ("non-apologetically claim responsibility"), not the attack it reports.
        Assert.Contains(EventPipeline.Events("Hamas claimed responsibility for the suicide bombing in Tel Aviv.", new DateOnly(2001, 6, 1)),
            e => (e.Cameo, e.Source.Country) == ("015", "PSE"));
    }
    [Theory]
    [InlineData("Israeli jets struck Syrian air defence sites near Damascus on Tuesday.", "ISR", "SYR")]
    [InlineData("U.S. warplanes struck Iraqi air defenses near Basra on Monday.", "USA", "IRQ")]
    public void Air_defences_struck_are_air_strikes(string text, string source, string target) =>
        Assert.Contains(EventPipeline.Events(text, new DateOnly(2005, 3, 1)), e => e.Cameo == "195" && e.Source.Country == source && e.Target?.Country == target);
    [Theory]
    [InlineData("Dozens of people were killed in a rocket attack on the outskirts of Aleppo.", "SYR")]
    [InlineData("Twelve people were killed in a rocket attack on Kabul.", "AFG")]
    public void Casualties_of_an_attack_on_a_place_no_attacker_named_are_that_places(string text, string country) =>
        Assert.Contains(EventPipeline.Events(text, new DateOnly(2005, 3, 1)), e => e.CameoRoot == "19" && e.Source.Country == country && e.Target?.Country == country);
}
