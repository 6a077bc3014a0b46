using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences whose parties name no country of their own: an ethnic group with a role ("ethnic Indian activists") lives
/// in the story's country, and a post named by its title alone ("the interior minister", "accused the president of fraud") is
/// the story's country's, when no earlier name holds it; a "shadow" post is the opposition's.
/// </summary>
public sealed class UnnamedCountryActorTests
{
    private static readonly DateOnly Date = new(2004, 3, 2);

    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, Date);

    [Theory]
    [InlineData("Malaysia's government rejected demands by ethnic Indian activists for an end to the quota policies.", "12", "MYSGOV", "MYS")]
    [InlineData("Ethnic Albanian rebels attacked a police station near Tetovo, Macedonian officials said.", "19", "MKDREB", "MKD")]
    public void An_ethnic_group_with_a_role_keeps_its_role_in_the_country_it_lives_in(string text, string root, string source, string target)
    {
        var events = Events(text);
        Assert.Contains(events, e => e.CameoRoot == root && (e.Source.Code == source || e.Target?.Code == source)
            && (e.Target?.Country == target || e.Source.Country == target));
        Assert.DoesNotContain(events, e => e.Source.Country is "IND" or "ALB" || e.Target?.Country is "IND" or "ALB");
    }

    [Theory]
    [InlineData("Kenya's opposition accused the interior minister of ordering the raid.", "KENOPP", "KENGOV")]
    [InlineData("Malawi's opposition party accused the finance minister of diverting public funds.", "MWIOPP", "MWIGOV")]
    [InlineData("Kenyan President Mwai Kibaki toured Mombasa. Uganda later accused the president of fraud.", "UGA", "KENGOV")]
    public void A_post_named_by_its_title_alone_is_the_story_countrys(string text, string source, string target) =>
        Assert.Contains(Events(text), e => e.CameoRoot == "11" && (e.Source.Code, e.Target?.Code) == (source, target));

    [Theory]
    [InlineData("The president of the company denied the report in Nairobi.", "The president")]
    [InlineData("Kenyan officials said the foreign minister of the breakaway republic had resigned.", "the foreign minister")]
    public void A_post_heading_a_body_named_after_of_is_no_post_of_the_state(string text, string title)
    {
        // A post "of the company" is the company's: it takes no actor from the story's country, as "the president" alone would.
        var doc = EventPipeline.Run(text, Date);
        Assert.DoesNotContain(doc.Layers.Get(EventLayers.ActorMentions), m => m.Span.Slice(text).StartsWith(title, StringComparison.Ordinal));
    }

    [Fact]
    public void A_shadow_post_is_the_oppositions_not_the_states()
    {
        var events = EventPipeline.Events(
            "The British Conservatives unveiled their tax plans on Monday. Shadow chancellor Oliver Letwin criticised Chancellor Gordon Brown's budget.", new DateOnly(2005, 3, 1));
        Assert.Contains(events, e => (e.CameoRoot, e.Source.Code, e.Target?.Code) == ("11", "GBROPP", "GBRGOV"));
        Assert.DoesNotContain(events, e => e.Source.Code == "GBRGOV");
    }

    [Fact]
    public void Clergy_named_by_their_office_are_of_the_country_they_act_in() =>
        Assert.Contains(EventPipeline.Events("In a letter read in churches across Zambia, Roman Catholic bishops urged President Frederick Chiluba to end the ban.", Date),
            e => e.CameoRoot == "02" && (e.Source.Code, e.Target?.Country) == ("ZMBCHR", "ZMB"));
}
