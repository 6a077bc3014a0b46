using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences whose verb, frame or named person reads as a political act but is not one as written: agreement with
/// a proposition (accord, not cooperation), an act that is only likely or asked about, a negation before its verb, problems faced and bills debated, a habit stated as a
/// rule, and a surname that names a politician only after the story's date.
/// </summary>
public sealed class VerbSenseEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2005, 3, 1));

    [Theory]
    [InlineData("Britain and France agreed it was a matter of grave concern.")]
    [InlineData("The Russian and Chinese foreign ministers agreed that the talks with Japan had failed.")]
    [InlineData("Germany will surely agree with this.")]
    [InlineData("Britain accepted that the talks had failed.")]
    [InlineData("Washington now accepts the British banks were not involved in the sale.")]
    public void Agreeing_with_a_proposition_is_accord_not_intent_to_cooperate(string text)
    {
        var events = Events(text);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(AccordClauses.AccordCode, e.Cameo));
    }

    [Fact]
    public void Agreeing_to_an_act_or_with_an_actor_keeps_its_code()
    {
        Assert.Contains(Events("Iran agreed to resume talks with the European Union."), e => e.Cameo != AccordClauses.AccordCode);
        Assert.Contains(Events("Turkey agreed with Greece on a new border crossing."), e => e.Cameo == "030");
    }

    [Theory]
    [InlineData("China is likely to deploy troops to Hong Kong.")]
    [InlineData("India is reluctant to impose sanctions on Pakistan.")]
    public void An_act_that_is_only_likely_or_shunned_is_hypothetical(string text)
    {
        var events = Events(text);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(Modality.Hypothetical, e.Modality));
    }

    [Theory]
    [InlineData("But India now faces other problems after the floods.", "India is facing problems")]
    [InlineData("In Washington, Congress has been debating four anti-spyware bills.", "a legislature debates a bill")]
    [InlineData("Chinese negotiators have struggled with his approach.", "a difficulty is no fight")]
    public void Facing_problems_debating_bills_and_struggling_with_something_are_no_comment_criticism_nor_fight(string text, string why)
    {
        Assert.True(Events(text).Count == 0, why);
        Assert.Contains(Events("The opposition party in India challenged the bill."), e => e.CameoRoot == "11");
    }

    [Theory]
    [InlineData("Russia never recognized Kosovo.")]
    [InlineData("Russia has never formally recognized Kosovo.")]
    public void Never_before_a_verb_denies_it_and_leaves_its_subject(string text)
    {
        var recognition = Assert.Single(Events(text));
        Assert.Equal(("054", "RUS", "KSV", Modality.Denied), (recognition.Cameo, recognition.Source.Country, recognition.Target?.Country, recognition.Modality));
    }

    [Theory]
    [InlineData("Analysts said whether Iran will release the sailors depends on the talks.")]
    [InlineData("It is unclear whether Iran will release the British sailors.")]
    public void An_act_asked_about_with_whether_is_hypothetical(string text)
    {
        var release = Assert.Single(Events(text), e => e.Source.Country == "IRN");
        Assert.Equal(Modality.Hypothetical, release.Modality);
    }

    [Theory]
    [InlineData("Iranian President Mahmoud Ahmadinejad said on Wednesday he would free the 15 British sailors.", "IRN", Modality.Intended)]
    [InlineData("Iranian President Mahmoud Ahmadinejad said Wednesday he would free the 15 British sailors.", "IRN", Modality.Intended)]
    [InlineData("Japan announced it would send aid to Indonesia.", "JPN", Modality.Intended)]
    [InlineData("Israel said Iran would attack Saudi Arabia.", "IRN", Modality.Hypothetical)]
    [InlineData("Moscow said on Monday that it would withdraw its troops from Georgia.", "RUS", Modality.Intended)]
    [InlineData("Moscow said on Monday that Russia would withdraw its troops from Georgia.", "RUS", Modality.Intended)]
    [InlineData("Kabul said on Monday that Afghan rebels would attack the city.", "AFG", Modality.Hypothetical)]
    public void A_speakers_would_about_itself_is_its_intent_and_about_another_a_prediction(string text, string source, string modality) =>
        Assert.Equal(modality, Assert.Single(Events(text), e => e.Source.Country == source).Modality);

    [Theory]
    [InlineData("Blair made a surprise visit to Iraq on Monday.", "042", Modality.Asserted)]
    [InlineData("Blair will make a visit to Iraq next week.", "036", Modality.Intended)]
    public void A_visit_made_is_a_visit_and_one_to_be_made_an_intent_to_meet(string text, string cameo, string modality)
    {
        var visit = Assert.Single(Events(text));
        Assert.Equal((cameo, "GBR", "IRQ", modality), (visit.Cameo, visit.Source.Country, visit.Target?.Country, visit.Modality));
    }

    [Fact]
    public void A_place_abroad_that_is_visited_stands_for_its_host_and_one_at_home_for_no_one()
    {
        var visit = Assert.Single(Events("Colin Powell visited the West Bank on Monday."));
        Assert.Equal(("042", "USA", "PSE"), (visit.Cameo, visit.Source.Country, visit.Target?.Country));
        Assert.Empty(Events("Tony Blair visited Manchester on Monday."));
    }

    [Fact]
    public void Refusing_to_answer_questions_is_a_refusal_not_a_refusal_to_de_escalate()
    {
        var refusal = Assert.Single(Events("Iran refused to answer the IAEA's questions about its centrifuges."));
        Assert.Equal(("120", "IRN"), (refusal.Cameo, refusal.Source.Country));
    }

    [Fact]
    public void A_release_described_is_not_done_by_the_one_describing_it_but_one_announced_is()
    {
        Assert.DoesNotContain(Events("Amnesty described the release of the four Britons as long overdue."), e => e.CameoRoot == "08");
        Assert.Contains(Events("Syria announced the release of 200 political prisoners."), e => (e.Cameo, e.Source.Country) == ("0841", "SYR"));
    }

    [Fact]
    public void A_legal_appeal_is_no_appeal_to_an_actor()
    {
        Assert.Empty(Events("Brazil's government said it would appeal the decision."));
        Assert.Contains(Events("Pakistan appealed to the Security Council against the decision."), e => (e.CameoRoot, e.Source.Country) == ("02", "PAK"));
    }

    [Fact]
    public void A_habit_stated_as_a_rule_is_no_event_but_a_dated_act_is()
    {
        Assert.Empty(Events("When Chinese officials order the army to close the border with Vietnam, it gets done."));
        Assert.Empty(Events("Russia is strict, so when Russian officials order the army to close the border with Georgia, it gets done."));
        Assert.NotEmpty(Events("When Chinese officials ordered the army to close the border with Vietnam, it was done."));
        Assert.NotEmpty(Events("When the Chinese president visits Japan next week, he will sign a trade deal with Japan."));
    }

    [Fact]
    public void A_surname_names_a_politician_only_from_a_few_years_before_his_first_office_unless_the_story_gives_his_full_name()
    {
        Assert.Empty(Events("Conte accused Libya of sheltering terrorists."));
        Assert.NotEmpty(Events("Giuseppe Conte is a lawyer. Conte accused Libya of sheltering terrorists."));
        Assert.NotEmpty(EventPipeline.Events("Conte accused Libya of sheltering terrorists.", new DateOnly(2019, 3, 1)));
        Assert.NotEmpty(EventPipeline.Events("Bush accused Libya of sheltering terrorists.", new DateOnly(2000, 1, 1)));
    }
}
