using Parley.Model;
using Parley.Pipeline;

namespace Parley.Tests.Model;

public sealed class PipelineBuilderTests
{
    private static readonly LayerKey<Paragraph> Tokens = new("tokens");
    private static readonly LayerKey<Paragraph> Sentences = new("sentences");

    private sealed class Stage(string name, ILayerKey[] requires, ILayerKey[] assigns) : IPipelineStage
    {
        public string Name => name;

        public IReadOnlyList<ILayerKey> Requires => requires;

        public IReadOnlyList<ILayerKey> Assigns => assigns;

        public List<string> Seen { get; } = [];

        public void Process(AnnotatedDocument document)
        {
            foreach (var key in assigns)
            {
                document.Layers.Set((LayerKey<Paragraph>)key, [new Paragraph(new Span(0, document.Text.Length))]);
            }
        }
    }

    [Fact]
    public void A_stage_before_the_stage_it_needs_is_an_error_at_build_time()
    {
        var builder = new PipelineBuilder()
            .Add(new Stage("sentencizer", [Tokens], [Sentences]))
            .Add(new Stage("tokenizer", [], [Tokens]));
        var error = Assert.Throws<PipelineOrderException>(builder.Build);
        Assert.Equal("stage 'sentencizer' requires layer 'tokens', which no earlier stage assigns", error.Message);
    }

    [Fact]
    public void Two_stages_assigning_one_layer_is_an_error()
    {
        var builder = new PipelineBuilder().Add(new Stage("a", [], [Tokens])).Add(new Stage("b", [], [Tokens]));
        Assert.Throws<PipelineOrderException>(builder.Build);
    }

    [Fact]
    public void Stages_can_be_placed_relative_to_others_by_type()
    {
        var pipeline = new PipelineBuilder()
            .Add(new Stage("sentencizer", [Tokens], [Sentences]))
            .InsertBefore<Stage>(new Stage("tokenizer", [], [Tokens]))
            .Build();
        Assert.Equal(["tokenizer", "sentencizer"], pipeline.Stages.Select(s => s.Name));

        var document = pipeline.Run(new Document { Id = "x", Metadata = new DocumentMetadata(), Text = "Hello." });
        Assert.Equal(["tokens", "sentences"], document.Layers.Names);
    }

    [Fact]
    public void The_default_pipeline_builds()
    {
        var pipeline = DefaultPipeline.Build();
        Assert.NotEmpty(pipeline.Stages);
    }
}
