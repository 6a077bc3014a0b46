using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences for three readings of real news: talks and agreements of a joint subject are between its parties, whatever
/// else the clause names; an infinitive with its own subject after "for" names an act needed or possible, not one done; and one
/// right after a noun's "by" phrase is done by that agent.
/// </summary>
public sealed class JointSubjectAndInfinitiveTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2019, 11, 20));

    [Theory]
    [InlineData("Russia and China held talks on Syria.", "046", "RUS", "CHN")]
    [InlineData("Israel and Jordan signed an agreement on water from Syria.", "057", "ISR", "JOR")]
    [InlineData("Washington and the Taliban held direct talks on an agreement for US troops to leave Afghanistan.", "046", "USA", "AFG")]
    public void Talks_and_agreements_of_a_joint_subject_are_between_its_parties(string text, string cameo, string source, string target)
    {
        var mutual = Assert.Single(Events(text), e => e.Cameo == cameo);
        Assert.Equal((source, target), (mutual.Source.Country, mutual.Target?.Country));
    }

    [Fact]
    public void A_visit_of_a_joint_subject_is_to_the_place_it_goes()
    {
        // A visit is no act between its visitors: both go to Kiev.
        var visits = Events("The foreign ministers of France and Germany visited Kiev on Monday.").Where(e => e.Cameo == "042").ToList();
        Assert.NotEmpty(visits);
        Assert.All(visits, v => Assert.Equal("UKR", v.Target?.Country));
    }

    [Theory]
    [InlineData("It is time for Iran to release the British sailors.")]
    [InlineData("Diplomats said it was important for Iran to release the British sailors.")]
    public void An_act_for_someone_to_do_is_not_asserted(string text)
    {
        var release = Assert.Single(Events(text), e => e.Cameo == "0841");
        Assert.Equal(("IRN", Modality.Hypothetical), (release.Source.Country, release.Modality));
    }

    [Fact]
    public void An_infinitive_without_a_subject_of_its_own_keeps_its_governors_modality()
    {
        Assert.Contains(Events("Iran decided to release the British sailors."), e => e.Source.Country == "IRN" && e.Modality == Modality.Intended);
    }

    [Theory]
    [InlineData("Erekat said it was an attempt by the US to force the Palestinians to capitulate.", "USA", "PSE")]
    [InlineData("Officials said it was a decision by Egypt to expel the Israeli ambassador.", "EGY", "ISR")]
    public void An_infinitive_after_a_nouns_by_phrase_is_done_by_its_agent(string text, string source, string target)
    {
        var events = Events(text);
        Assert.Contains(events, e => (e.Source.Country, e.Target?.Country) == (source, target));
        Assert.DoesNotContain(events, e => e.Source.Country != source && e.Target?.Country == target && e.CameoRoot is "16" or "17");
    }

    [Fact]
    public void After_a_passive_the_by_phrase_names_who_asked_not_who_acts()
    {
        var events = Events("Iran was urged by the United States to halt enrichment.");
        Assert.Contains(events, e => (e.CameoRoot, e.Source.Country, e.Target?.Country) == ("02", "USA", "IRN"));
        Assert.DoesNotContain(events, e => e.Source.Country == "USA" && e.CameoRoot != "02");
    }
}
