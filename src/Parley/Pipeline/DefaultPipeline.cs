using Parley.Entities;
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
        .Add(new MentionFinder())
        .Add(new CoreferenceResolver())
        .Add(new QuoteAttributor())
        .Add(new Clauses.ClauseAnalyzer())
        .Add(new Events.EventCoder())
        .Add(new Stances.StanceFinder());

    public static AnalysisPipeline Build() => CreateBuilder().Build();
}
