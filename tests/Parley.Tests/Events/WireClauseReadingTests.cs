using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented wire-story sentences for how long clauses are read: plural subjects whose head carries prepositional phrases
/// ("air strikes on Gaza killed"), asides and titles with "to" between a subject and its verb, fronted phrases before them, consequences a warning names,
/// votes, and verbs coordinated with "and" that share their partner's subject.
/// </summary>
public sealed class WireClauseReadingTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2005, 3, 1));

    [Theory]
    [InlineData("Israeli air strikes on Gaza killed twelve Palestinians overnight.", "ISR", "PSE")]
    [InlineData("A raid by U.S. special forces on a compound in northern Iraq killed two insurgents.", "USA", "IRQ")]
    public void An_s_form_heading_a_subject_with_prepositional_phrases_is_a_plural_noun(string text, string source, string target)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(("19", source, target), (e.CameoRoot, e.Source.Country, e.Target?.Country));
    }

    [Theory]
    [InlineData("Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern Lebanon on Sunday.", "186", "LBN")]
    [InlineData("Israel says on Tuesday it killed three militants in Gaza.", "190", "ISR")]
    public void The_object_of_an_earlier_verb_or_a_speech_verb_before_a_pronoun_keeps_its_reading(string text, string code, string source)
    {
        // Killing one named by his position (the deputy chief) is an assassination.
        var e = Assert.Single(Events(text));
        Assert.Equal((code, source), (e.Cameo, e.Source.Country));
    }

    [Fact]
    public void An_s_form_ending_the_agent_of_a_participial_aside_leaves_the_verb_after_the_aside_the_predicate()
    {
        var e = Assert.Single(Events("Arab militias, backed by Sudanese government forces, attacked villages in Darfur."));
        Assert.Equal(("19", "SDN"), (e.CameoRoot, e.Source.Country));
    }

    [Theory]
    [InlineData("Iraqi Foreign Minister Hoshyar Zebari, speaking to reporters, accused Syria of sheltering insurgents.", "112", "IRQ")]
    [InlineData("Syria's ambassador to Washington, Imad Moustapha, rejected the U.S. demands.", "120", "SYR")]
    public void A_to_before_a_noun_in_an_aside_or_a_title_is_no_infinitive(string text, string code, string source)
    {
        Assert.Contains(Events(text), e => e.Cameo == code && e.Source.Country == source);
    }

    [Theory]
    [InlineData("On Wednesday, Jordan's King Abdullah, who is on a tour of European capitals, met French President Jacques Chirac in Paris.", "04", "JOR", "FRA")]
    [InlineData("On Tuesday, Iran's foreign minister, Manouchehr Mottaki, rejected a British proposal.", "12", "IRN", "GBR")]
    [InlineData("In a statement issued in Geneva, the Red Cross, which has staff in Gaza, appealed to Israel to allow aid convoys into the territory.", "02", "NGO", "ISR")]
    public void After_a_fronted_phrase_a_subject_interrupted_by_a_relative_clause_or_a_name_keeps_its_verb(string text, string root, string source, string target)
    {
        Assert.Contains(Events(text), e => (e.CameoRoot, EventPipeline.Key(e.Source), e.Target?.Country) == (root, source, target));
    }

    [Fact]
    public void A_war_a_warning_says_a_move_would_lead_to_is_a_threat_of_force_against_the_one_warned()
    {
        Assert.Contains(Events("China warned Taiwan that any move towards independence would lead to war."),
            e => (e.Cameo, e.Source.Country, e.Target?.Country) == ("138", "CHN", "TWN"));
    }

    [Fact]
    public void A_war_a_dispute_could_lead_to_outside_a_warning_threatens_nothing()
    {
        Assert.DoesNotContain(Events("Analysts said the border dispute could lead to war."), e => e.CameoRoot == "13");
    }

    [Theory]
    [InlineData("Iran warned on Friday that any U.S. attack on Iran would be met with a crushing response.")]
    [InlineData("The minister said a Turkish attack on the border town would be a disaster.")]
    public void An_attack_heading_the_subject_of_a_clause_under_a_modal_is_supposed_not_reported(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.CameoRoot is "18" or "19");
    }

    [Theory]
    [InlineData("The United States voted against the resolution.", "USA", null)]
    [InlineData("The Turkish parliament voted to reject a U.S. request to deploy troops.", "TUR", "USA")]
    public void A_vote_against_a_measure_or_to_reject_it_is_a_rejection(string text, string source, string? target)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.CameoRoot == "12" && e.Source.Country == source && e.Target?.Country == target);
        Assert.DoesNotContain(events, e => e.CameoRoot == "03");
    }

    [Theory]
    [InlineData("The foreign ministers of India and Pakistan met in Islamabad and agreed to hold talks on Kashmir.", "03", "IND", "PAK", "intended")]
    [InlineData("The ministry said China opposed the sale and urged Washington to cancel the deal.", "02", "CHN", "USA", "reported")]
    [InlineData("Hong Kong police have surrounded a university and threatened to use live ammunition on protesters.", "13", "HKG", "HKG", "asserted")]
    public void A_verb_after_and_without_a_subject_shares_the_subject_of_the_verb_it_is_coordinated_with(string text, string root, string source, string target, string modality)
    {
        Assert.Contains(Events(text), e => (e.CameoRoot, e.Source.Country, e.Target?.Country, e.Modality) == (root, source, target, modality));
    }

    [Theory]
    [InlineData("Police said the man was arrested and charged with murder.")]
    [InlineData("Iran said the inspectors were being treated well and asked the agency to extend their visit.")]
    public void After_a_passive_or_progressive_clause_a_verb_after_and_takes_no_subject_from_it(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.CameoRoot is "02" or "11");
    }
}
