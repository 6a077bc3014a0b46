using Parley.Quotes;
using Parley.Text;

namespace Parley.Pipeline;

/// <summary>The analysis Parley runs on every document, in order. A new stage is one line here.</summary>
public static class DefaultPipeline
{
    public static PipelineBuilder CreateBuilder() => new PipelineBuilder()
        .Add(new ParagraphSplitter())
        .Add(new Tokenizer())
        .Add(new SentenceSplitter())
        .Add(new Time.TimexStage())
        // Until the mentions stage is in the pipeline, speakers stay text; with it, use new QuoteAttributor().
        .Add(QuoteAttributor.WithoutSpeakerResolution())
        .Add(new Clauses.ClauseAnalyzer());

    public static AnalysisPipeline Build() => CreateBuilder().Build();
}
