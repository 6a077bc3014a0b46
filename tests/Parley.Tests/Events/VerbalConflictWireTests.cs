using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented 1990s wire sentences of verbal conflict (CAMEO 11 disapprove, 12 reject, 13 threaten, 16 reduce relations): the
/// wordings the codebook names and their usual synonyms, with the actors where wire copy puts them.
/// </summary>
public sealed class VerbalConflictWireTests
{
    private static IReadOnlyList<CodedEvent> Events(string text, int year = 1998) => EventPipeline.Events(text, new DateOnly(year, 6, 1));

    [Theory]
    [InlineData("The Chinese Foreign Ministry said it was strongly dissatisfied with the U.S. decision.", "111", "CHN", "USA")]
    [InlineData("China said it was unhappy with Washington's decision to sell jets to Taiwan.", "111", "CHN", "USA")]
    [InlineData("China expressed strong displeasure with Japan over the visit.", "111", "CHN", "JPN")]
    [InlineData("Yugoslavia protested to Albania over border incursions.", "114", "SRB", "ALB")]
    [InlineData("Japan protested strongly to China over the nuclear test at Lop Nur.", "114", "JPN", "CHN")]
    public void Discontent_stated_and_protests_sent_to_a_government_are_disapproval(string text, string cameo, string source, string target)
    {
        var events = Events(text);
        var disapproval = Assert.Single(events, e => e.CameoRoot == "11");
        Assert.Equal((cameo, source, target), (disapproval.Cameo, disapproval.Source.Country, disapproval.Target?.Country));
        Assert.DoesNotContain(events, e => e.CameoRoot is "14" or "06");
    }

    [Fact]
    public void Demonstrators_protesting_still_protest()
    {
        var events = Events("Thousands of students protested in Belgrade against President Slobodan Milosevic.");
        Assert.Contains(events, e => e.CameoRoot == "14" && e.Source.Country == "SRB");
        Assert.DoesNotContain(events, e => e.Cameo == "114");
    }

    [Theory]
    [InlineData("The U.N. Security Council gave Iraq an ultimatum to comply with weapons inspections or face serious consequences.", "IGO", "IRQ")]
    [InlineData("NATO issued an ultimatum to the Bosnian Serbs to pull back their heavy weapons from Sarajevo.", "IGO", "BIH")]
    public void An_ultimatum_given_is_one_whatever_its_infinitive_names(string text, string source, string target)
    {
        var events = Events(text);
        var ultimatum = Assert.Single(events, e => e.Cameo == "139");
        Assert.Equal((source, target), (EventPipeline.Key(ultimatum.Source), ultimatum.Target?.Country));
        Assert.DoesNotContain(events, e => e.CameoRoot == "07");
    }

    [Theory]
    [InlineData("Pakistan warned India it would retaliate against any attack across the Line of Control.", "PAK", "IND")]
    [InlineData("Israel warned Hezbollah guerrillas it would retaliate.", "ISR", "LBN")]
    [InlineData("Pakistan warned India that it would retaliate against any attack.", "PAK", "IND")]
    public void The_pronoun_after_the_one_warned_is_the_speaker_who_threatens(string text, string source, string target)
    {
        var threat = Assert.Single(Events(text), e => e.CameoRoot == "13");
        Assert.Equal((source, target), (threat.Source.Country, threat.Target?.Country));
    }

    [Fact]
    public void A_pronoun_after_a_common_noun_stays_in_its_relative_clause()
    {
        // "the amount of aid they give" is no clause whose subject is "they": no act of giving by anyone named.
        Assert.DoesNotContain(Events("Japan said it would raise the amount of aid they give to Asia."), e => e.CameoRoot == "06");
        Assert.Contains(Events("Japan said it would give more aid to Asia."), e => e.Source.Country == "JPN");
    }

    [Theory]
    [InlineData("Norway suspended its role as mediator between the Sri Lankan government and the Tamil Tigers.", "NOR")]
    [InlineData("Egypt gave up its mediation between Hamas and Fatah.", "EGY")]
    public void A_mediator_suspending_its_role_halts_mediation(string text, string source)
    {
        var halt = Assert.Single(Events(text, 2006), e => e.Cameo == "165");
        Assert.Equal(source, halt.Source.Country);
    }

    [Theory]
    [InlineData("Russia's Foreign Ministry warned that Moscow could break off relations with NATO if the alliance bombed Yugoslavia.", "1313", "RUS")]
    [InlineData("Israel warned that it could suspend the talks with Syria if the shelling continued.", "134", "ISR")]
    public void A_reduction_its_own_side_says_it_could_make_on_a_condition_is_a_threat(string text, string cameo, string source)
    {
        var events = Events(text);
        var threat = Assert.Single(events, e => e.CameoRoot == "13");
        Assert.Equal((cameo, source), (threat.Cameo, threat.Source.Country));
        Assert.DoesNotContain(events, e => e.CameoRoot == "16");
    }

    [Fact]
    public void A_reduction_others_say_a_country_could_make_stays_a_conditional_act()
    {
        var events = Events("Analysts said Turkey could impose sanctions on Iraq if Baghdad did not comply.");
        Assert.Contains(events, e => e.Source.Country == "TUR" && e.Target?.Country == "IRQ" && e.Modality == Modality.Conditional);
        Assert.DoesNotContain(events, e => e.CameoRoot == "13");
    }

    [Theory]
    [InlineData("Algeria's Islamic party said it would boycott the elections unless the president agreed to step down.")]
    [InlineData("Britain could impose sanctions on Iran if Tehran refused to allow inspectors into its nuclear plants.")]
    public void An_act_inside_a_condition_is_the_condition_not_an_event(string text)
    {
        // A relative clause inside a condition states a fact of its own (see the next test).
        // The president's stepping down and Tehran's refusal are what the threat or the sanctions hang on; they have not happened.
        var events = Events(text);
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.CameoRoot is "03" or "08" or "12");
    }

    [Fact]
    public void A_relative_clause_inside_a_condition_keeps_its_act() =>
        Assert.Contains(Events("Israel will release prisoners if Hamas, which kidnapped an Israeli soldier in June, stops rocket fire."), e => e.Cameo == "181");

    [Fact]
    public void A_noun_in_ing_that_modifies_leaves_the_verb_after_its_phrase() =>
        Assert.Contains(Events("Lockerbie bombing victims demand compensation from Libya."), e => e.CameoRoot == "10");

    [Theory]
    [InlineData("India recalled its high commissioner from Pakistan.", "161", "PAK")]
    [InlineData("The Arab League imposed an economic boycott on Israel.", "163", "ISR")]
    public void Envoys_by_other_titles_and_imposed_boycotts_reduce_relations(string text, string cameo, string target)
    {
        var events = Events(text);
        var reduced = Assert.Single(events, e => e.CameoRoot == "16");
        Assert.Equal((cameo, target), (reduced.Cameo, reduced.Target?.Country));
        Assert.DoesNotContain(events, e => e.CameoRoot == "17");
    }
    [Theory]
    [InlineData("Russia cast its veto against a Security Council resolution on Bosnia.")]
    [InlineData("The United States used its veto to block a resolution condemning Israel.")]
    public void A_veto_cast_or_used_is_a_veto(string text) =>
        Assert.Contains(EventPipeline.Events(text, new DateOnly(2005, 3, 1)), e => e.Cameo == "129");
}
