using Parley.Clauses;
using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented wire leads for clause structure: asides with a verb of their own between a subject and its verb (", in a statement
/// carried by Tanjug,", ", anxious to keep its trade with Iraq,", ", speaking at a ceremony … on Monday,") leave the subject to the verb after them; two named office
/// holders of one government are two parties; a that-less clause after "said" has its whole subject; an -ly noun after a determiner ("the family") heads its phrase.
/// </summary>
public sealed class ClauseAsideTests
{
    private static IReadOnlyList<CodedEvent> Events(string text, int year = 1999) => EventPipeline.Events(text, new DateOnly(year, 6, 1));

    private static IReadOnlyList<Clause> Clauses(string text) => EventPipeline.Run(text, new DateOnly(1999, 6, 1)).Layers.Get(ClauseLayers.Clauses);

    [Theory]
    [InlineData("The Yugoslav army, in a statement carried by the Tanjug news agency, criticized NATO.", "11", "SRB", "IGO")]
    [InlineData("Jordan, anxious to keep its trade with Iraq, criticized the United States.", "11", "JOR", "USA")]
    [InlineData("The Palestinian Authority, in a letter sent to the Security Council, accused Israel of violating the accords.", "11", "PSE", "ISR")]
    [InlineData("The Japanese prime minister, speaking at a ceremony in the South Korean capital on Monday, apologized to South Korea.", "05", "JPN", "KOR")]
    public void An_aside_with_a_verb_of_its_own_leaves_the_subject_to_the_verb_after_it(string text, string root, string source, string target)
    {
        Assert.Contains(Events(text), e => (e.CameoRoot, EventPipeline.Key(e.Source), EventPipeline.Key(e.Target)) == (root, source, target));
    }

    [Fact]
    public void The_verb_after_an_aside_takes_the_subject_before_it()
    {
        const string text = "Jordan, anxious to keep its trade with Iraq, said it would send a delegation to Baghdad.";
        var say = Assert.Single(Clauses(text), c => c.Verb == "say");
        Assert.Equal("Jordan", say.Subject is { } s ? text.Substring(s.Start, s.Length) : null);
    }

    [Theory]
    [InlineData("Officials said troops in the north attacked the rebels.", "attack", "troops in the north")]
    [InlineData("Witnesses said soldiers from the garrison fired on the crowd.", "fire", "soldiers from the garrison")]
    [InlineData("He said the talks with Iran had failed.", "fail", "the talks with Iran")]
    public void A_that_less_clause_after_said_has_its_whole_noun_phrase_as_subject(string text, string verb, string subject)
    {
        // "said" rarely takes a noun object, so the phrases after the noun it reaches are the subject's, not the speech verb's.
        var clause = Assert.Single(Clauses(text), c => c.Verb == verb);
        Assert.Equal(subject, clause.Subject is { } s ? text.Substring(s.Start, s.Length) : null);
    }

    [Fact]
    public void No_longer_negates_the_verb_and_a_governed_gerunds_s_form_is_its_object()
    {
        const string text = "The Clinton administration said it would no longer block international lenders from providing loans to Vietnam.";
        var block = Assert.Single(Clauses(text), c => c.Verb == "block");
        Assert.True(block.Negated);
        Assert.DoesNotContain(Clauses(text), c => c.Verb == "loan");
        Assert.Contains(Events(text, 1994), e => (e.CameoRoot, e.Source.Country, e.Target?.Country) == ("03", "USA", "VNM"));
    }

    [Fact]
    public void Two_named_office_holders_of_one_government_are_two_parties()
    {
        var e = Assert.Single(Events("Cambodian Prime Minister Hun Sen met King Norodom Sihanouk in Beijing on Monday.", 1998), e => e.CameoRoot == "04");
        Assert.Equal(("KHMGOV", "KHMGOV"), (e.Source.Code, e.Target?.Code));
    }

    [Fact]
    public void One_body_is_no_target_of_itself()
    {
        var events = Events("Netanyahu, Israel's prime minister, praised Netanyahu.");
        Assert.Contains(events, e => e.Source.Code == "ISRGOV");
        Assert.DoesNotContain(events, e => e.Target?.Code == e.Source.Code);
    }

    [Theory]
    [InlineData("Officials said the family had asked the government to release the prisoners.", "the family")]
    [InlineData("Witnesses said a rally in Tirana was broken up by police.", "a rally in Tirana")]
    public void An_ly_word_after_a_determiner_heads_the_subject(string text, string subject)
    {
        var clause = Assert.Single(Clauses(text), c => c.Kind == ClauseKind.Complement);
        Assert.Equal(subject, clause.Subject is { } s ? text.Substring(s.Start, s.Length) : null);
    }

    [Fact]
    public void A_main_verb_after_a_relative_clause_and_before_to_the_stays_a_verb()
    {
        Assert.Contains(Clauses("Rebels who seized the town returned to the negotiating table on Monday."), c => c.Verb == "return");
    }
}
