using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences for verbs coordinated by "and" after an object ("entered the village and arrested …"), which share the
/// first verb's subject, and for predicates that a later clause or a prepositional object had hidden from the tagger.
/// </summary>
public sealed class CoordinatedVerbEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(1998, 6, 1));

    [Theory]
    [InlineData("Israeli troops entered the village on Monday and arrested three Palestinians.", "17", "ISR", "PSE")]
    [InlineData("North Korean soldiers crossed the border on Friday and fired on South Korean troops.", "19", "PRK", "KOR")]
    [InlineData("Russia condemned the air strike and demanded an inquiry by the United Nations.", "10", "RUS", null)]
    [InlineData("Pakistani troops have surrounded the mosque and arrested dozens of militants, officials said.", "17", "PAK", "PAK")]
    [InlineData("Turkish police surrounded the party's headquarters on Friday and detained its leader.", "17", "TUR", null)]
    public void A_verb_after_and_without_a_subject_shares_the_first_verbs(string text, string root, string source, string? target)
    {
        Assert.Contains(Events(text), e => e.CameoRoot == root && e.Source.Country == source && (target is null || e.Target?.Country == target));
    }

    [Theory]
    [InlineData("Witnesses said unidentified gunmen stormed the town and attacked the police station.")]
    [InlineData("The commission said unidentified gunmen had stormed the town and attacked the police station.")]
    public void A_coordinated_verb_whose_first_verb_names_no_actor_takes_none(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.CameoRoot is "18" or "19");
    }

    [Fact]
    public void A_finite_verb_after_a_preposition_that_opens_a_clause_leaves_the_verb_before_it_the_predicate()
    {
        Assert.Contains(Events("The Dutch government resigned on Tuesday after a report blamed it for failing to prevent the massacre."),
            e => (e.Cameo, e.Source.Country) == ("0831", "NLD"));
    }

    [Fact]
    public void An_s_form_ending_the_object_of_a_verbs_preposition_is_a_plural_noun()
    {
        Assert.Contains(Events("North Korean soldiers fired on South Korean guard posts on Friday."),
            e => (e.CameoRoot, e.Source.Country, e.Target?.Country) == ("19", "PRK", "KOR"));
    }

    [Theory]
    [InlineData("Japan donated and personally delivered medicine to Iraq.", "070", "JPN", "IRQ")]
    [InlineData("Russia criticized and rejected the American proposal.", "111", "RUS", "USA")]
    public void A_verb_with_nothing_of_its_own_before_and_shares_what_the_next_verb_takes(string text, string code, string source, string target)
    {
        Assert.Contains(Events(text), e => e.Cameo == code && e.Source.Country == source && e.Target?.Country == target);
    }

    [Theory]
    [InlineData("Japan on Friday froze new grant aid and loans to Pakistan in response to its nuclear tests, the foreign ministry said.", "162", "JPN", "PAK")]
    [InlineData("Hutu militiamen armed with machetes and grenades massacred hundreds of Tutsi civilians in Kigali.", "202", "RWA", "RWA")]
    [InlineData("Japan froze aid and loans worth $1 billion to Pakistan.", "162", "JPN", "PAK")]
    [InlineData("Hutu militiamen armed with machetes, clubs and grenades have slaughtered hundreds of Tutsi civilians in Kigali.", "202", "RWA", "RWA")]
    public void And_between_two_nouns_of_an_object_or_a_modifiers_phrase_opens_no_clause(string text, string code, string source, string target)
    {
        // A list's commas join its nouns as its "and" does.
        Assert.Contains(Events(text), e => e.Cameo == code && e.Source.Country == source && e.Target?.Country == target);
    }

    [Theory]
    [InlineData("Hutu militiamen armed with machetes, clubs and grenades have slaughtered hundreds of civilians.", "slaughter", "Hutu militiamen armed with machetes, clubs and grenades")]
    [InlineData("The Secretary of State for Culture, Media and Sport criticised the bill.", "criticise", "The Secretary of State for Culture, Media and Sport")]
    public void A_list_inside_a_phrase_of_the_subject_ends_the_subject(string text, string verb, string subject)
    {
        var clauses = Clauses(text);
        Assert.Equal(subject, Assert.Single(clauses, c => c.Verb == verb).Subject?.Slice(text));
        Assert.DoesNotContain(clauses, c => c.Verb == "arm");
    }

    [Theory]
    [InlineData("Turkish security forces routinely tortured Kurdish detainees.", "torture", "Turkish security forces")]
    [InlineData("Turkish security forces routinely torture Kurdish detainees, the group said.", "torture", "Turkish security forces")]
    [InlineData("The army reportedly forces villagers to work.", "force", "The army")]
    public void An_s_form_before_an_adverb_in_ly_and_a_verb_is_a_plural_subject(string text, string verb, string subject) =>
        Assert.Equal(subject, Assert.Single(Clauses(text), c => c.Verb == verb).Subject?.Slice(text));

    [Theory]
    [InlineData("Denmark accepted a formula for ending its fisheries dispute with its partners.", "dispute")]
    [InlineData("Japan offered a plan for easing its farm exports curb with Canada.", "curb")]
    public void A_bare_form_after_a_gerunds_plural_object_ends_the_object(string text, string noun) =>
        Assert.DoesNotContain(Clauses(text), c => c.Verb == noun);

    [Fact]
    public void A_list_after_a_preposition_that_opens_a_clause_is_no_phrase_of_the_subject()
    {
        const string text = "Euronext, formed after the Brussels, Paris and Amsterdam exchanges merged, is working with three banks.";
        Assert.DoesNotContain("formed", Assert.Single(Clauses(text), c => c.Verb == "merge").Subject?.Slice(text));
    }

    private static IReadOnlyList<Parley.Clauses.Clause> Clauses(string text) =>
        EventPipeline.Run(text, new DateOnly(2005, 3, 1)).Layers.Get(Parley.Clauses.ClauseLayers.Clauses);

    [Fact]
    public void Two_present_verbs_joined_by_and_stay_two_predicates()
    {
        Assert.Contains(Events("The European Union imposes sanctions on Belarus and demands the release of prisoners."), e => e.CameoRoot is "02" or "10");
    }
}
