using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented wire-story sentences for words of news copy that the clause reader or the actor finder had misread: compound
/// nouns whose words are also verb forms ("armed forces"), a government described with a role word ("the military
/// government"), executions, and the stock phrases of a warning ("take firm action").
/// </summary>
public sealed class WireVocabularyEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2005, 3, 1));

    [Theory]
    [InlineData("Thai armed forces chief General Sonthi Boonyaratglin accused Cambodia on Friday of shelling a border village.")]
    [InlineData("The Thai armed forces accused Cambodia on Friday of shelling a border village.")]
    [InlineData("The armed forces of Thailand accused Cambodia on Friday of shelling a border village.")]
    public void Armed_forces_is_one_noun_so_the_verb_after_it_is_the_predicate(string text)
    {
        Assert.Contains(Events(text), e => (e.CameoRoot, e.Source.Country, e.Target?.Country) == ("11", "THA", "KHM"));
    }

    [Theory]
    [InlineData("The military government freed opposition leader Aung San Suu Kyi from house arrest on Monday.")]
    [InlineData("Jailed Burmese student leader Min Ko Naing was freed by the military government on Friday.")]
    [InlineData("Jailed Burmese student leader Min Ko Naing was freed by the ruling military regime on Friday.")]
    public void A_government_described_with_a_role_word_is_the_government_of_the_story(string text)
    {
        Assert.Contains(Events(text), e => (e.CameoRoot, e.Source.Code, e.Target?.Country) == ("08", "MMRGOV", "MMR"));
    }

    [Theory]
    [InlineData("Iraqi militants executed two Turkish hostages on Tuesday.", "1823", "TUR")]
    [InlineData("Serbian troops executed hundreds of Bosnian men near the town.", "202", "BIH")]
    public void Putting_captives_to_death_is_killing_by_assault_and_by_the_hundreds_a_mass_killing(string text, string code, string target)
    {
        Assert.Contains(Events(text), e => e.Cameo == code && e.Target?.Country == target);
    }

    [Fact]
    public void Executing_a_plan_is_no_event()
    {
        Assert.Empty(Events("The Iraqi government executed its reconstruction plan on Tuesday."));
    }

    [Fact]
    public void Firm_action_a_warning_says_troops_would_take_is_a_threat()
    {
        Assert.Contains(Events("The Nepalese army chief warned on Monday that troops would take firm action against Maoist rebels."),
            e => e.CameoRoot == "13" && e.Source.Country == "NPL");
    }
}
