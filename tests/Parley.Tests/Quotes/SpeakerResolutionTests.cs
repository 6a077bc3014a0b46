using Parley.Entities;
using Parley.Pipeline;
using Parley.Quotes;
using Parley.Text;

namespace Parley.Tests.Quotes;

public sealed class SpeakerResolutionTests
{
    private static readonly Actor TrumpActor = new("USAGOV", "Donald Trump", "USA", "GOV");
    private static readonly Actor KimActor = new("PRKGOV", "Kim Jong Un", "PRK", "GOV");
    private static readonly Actor KcnaActor = new("PRKMED", "Korean Central News Agency", "PRK", "MED");
    private static readonly Actor UnActor = new("IGOUNO", "United Nations", null, "IGO");

    private const string Text =
        "President Donald Trump met Moon on Thursday.\n\n"
        + "\u201CWe want sanctions to remain in place,\u201D Trump said.\n\n"
        + "\u201CThis isn\u2019t the right time,\u201D he added.\n\n"
        + "The Korean Central News Agency said Kim stressed \u201Cself-reliance\u201D.\n\n"
        + "Sources in Hanoi said a UN panel of experts warned that sanctions were \u201Cineffective.\u201D";

    private static IReadOnlyList<Quote> Resolve()
    {
        var mentions = new HandMadeMentions(
            ("President Donald Trump", MentionType.Person, MentionForm.Name, 1, TrumpActor),
            ("Trump", MentionType.Person, MentionForm.Name, 1, TrumpActor),
            ("he", MentionType.Person, MentionForm.Pronoun, 1, null),
            ("Moon", MentionType.Person, MentionForm.Name, 2, null),
            ("Korean Central News Agency", MentionType.Organization, MentionForm.Name, 3, KcnaActor),
            ("Kim", MentionType.Person, MentionForm.Name, 4, KimActor),
            ("Hanoi", MentionType.Location, MentionForm.Name, 5, null),
            ("UN", MentionType.Organization, MentionForm.Name, 6, UnActor));
        var pipeline = new PipelineBuilder()
            .Add(new Tokenizer())
            .Add(new SentenceSplitter())
            .Add(mentions)
            .Add(new QuoteAttributor())
            .Build();
        return pipeline.Run(QuoteTestDocuments.Plain(Text)).Layers.Get(QuoteLayers.Quotes);
    }

    private static Quote Direct(string words) => Resolve().Single(q => q.Direct && q.Span.Slice(Text) == words);

    [Fact]
    public void A_named_speaker_takes_the_entity_and_actor_of_the_mention_covering_it()
    {
        var quote = Direct("We want sanctions to remain in place");
        Assert.Equal((1, TrumpActor), (quote.SpeakerEntity, quote.Speaker));
    }

    [Fact]
    public void A_pronoun_speaker_takes_the_actor_of_its_entity()
    {
        var quote = Direct("This isn\u2019t the right time");
        Assert.Equal(("he", 1, TrumpActor), (quote.SpeakerText, quote.SpeakerEntity, quote.Speaker));
    }

    [Fact]
    public void A_relayed_quote_has_the_inner_speaker_and_the_medium_as_via()
    {
        var quote = Direct("self-reliance");
        Assert.Equal((KimActor, KcnaActor), (quote.Speaker, quote.Via));
    }

    [Fact]
    public void The_head_of_a_longer_speaker_phrase_is_its_last_mention_that_is_not_a_place()
    {
        var quote = Direct("ineffective.");
        Assert.Equal(("a UN panel of experts", UnActor), (quote.SpeakerText, quote.Speaker));
        var sources = Resolve().Single(q => !q.Direct && q.SpeakerText == "Sources in Hanoi");
        Assert.Null(sources.Speaker);
    }

    [Fact]
    public void The_stage_requires_mentions_unless_built_without_resolution()
    {
        Assert.Contains(EntityLayers.Mentions, new QuoteAttributor().Requires);
        Assert.DoesNotContain(EntityLayers.Mentions, QuoteAttributor.WithoutSpeakerResolution().Requires);
        Assert.Throws<PipelineOrderException>(() => new PipelineBuilder().Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new QuoteAttributor()).Build());
    }
}
