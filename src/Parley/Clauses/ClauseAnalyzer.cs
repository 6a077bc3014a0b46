using Parley.Model;
using Parley.Pipeline;
using Parley.Text;
using Parley.Time;

namespace Parley.Clauses;

/// <summary>
/// Finds the clauses of every body sentence (datelines are skipped): predicates with negation,
/// modal, tense and voice, their subjects, objects and prepositional arguments, and how clauses
/// embed (complements, reported speech, conditions, infinitives). Thread-safe.
/// </summary>
public sealed class ClauseAnalyzer : IPipelineStage
{
    private readonly WordTagger _tagger;
    private readonly SentenceClauses _builder;

    public ClauseAnalyzer()
        : this(ClauseLexicon.Default)
    {
    }

    public ClauseAnalyzer(ClauseLexicon lexicon)
    {
        _tagger = new WordTagger(lexicon);
        _builder = new SentenceClauses(lexicon);
    }

    public string Name => "clauses";

    public IReadOnlyList<ILayerKey> Requires { get; } = [TextLayers.Tokens, TextLayers.Sentences, TimeLayers.Timexes];

    public IReadOnlyList<ILayerKey> Assigns { get; } = [ClauseLayers.Clauses];

    public void Process(AnnotatedDocument document) =>
        document.Layers.Set(ClauseLayers.Clauses, Analyze(document.Text, document.Layers.Get(TextLayers.Tokens), document.Layers.Get(TextLayers.Sentences), document.Layers.Get(TimeLayers.Timexes)));

    public IReadOnlyList<Clause> Analyze(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Timex> timexes)
    {
        var clauses = new List<Clause>();
        var timex = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Kind == SentenceKind.Dateline || sentence.TokenCount == 0)
            {
                continue;
            }

            var words = _tagger.Tag(text, tokens, sentence.FirstToken, sentence.TokenCount);
            var inTimex = new bool[words.Length];
            while (timex < timexes.Count && timexes[timex].End <= sentence.Span.Start)
            {
                timex++;
            }

            for (var t = timex; t < timexes.Count && timexes[t].Start < sentence.Span.End; t++)
            {
                for (var w = 0; w < words.Length; w++)
                {
                    var span = tokens[words[w].Token].Span;
                    inTimex[w] |= span.Start >= timexes[t].Start && span.End <= timexes[t].End;
                }
            }

            _builder.Build(tokens, sentence, words, inTimex, clauses);
        }

        return clauses;
    }
}
