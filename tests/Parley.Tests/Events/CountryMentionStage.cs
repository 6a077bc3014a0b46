using Parley.Entities;
using Parley.Knowledge;
using Parley.Model;
using Parley.Pipeline;
using Parley.Text;

namespace Parley.Tests.Events;

/// <summary>
/// A test-only stand-in for the mention finder: tags country names, adjectives, demonyms and
/// metonyms (countries.tsv), international organizations (organizations.tsv) and people by name
/// (people.tsv, first role listed, without dates) as actor mentions,
/// longest match over tokens. Used until the real mentions stage is in the pipeline.
/// </summary>
internal sealed class CountryMentionStage : IPipelineStage
{
    private const int MaxWords = 5;

    private static readonly Lazy<Dictionary<string, Actor>> Names = new(Load);

    public string Name => "mentions";

    public IReadOnlyList<ILayerKey> Requires { get; } = [TextLayers.Tokens];

    public IReadOnlyList<ILayerKey> Assigns { get; } = [EntityLayers.Mentions];

    public void Process(AnnotatedDocument document)
    {
        var text = document.Text;
        var tokens = document.Layers.Get(TextLayers.Tokens);
        var mentions = new List<Mention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var n = Math.Min(MaxWords, tokens.Count - i); n >= 1; n--)
            {
                var span = new Span(tokens[i].Start, tokens[i + n - 1].End);
                var name = span.Slice(text);
                if (char.IsUpper(name[0]) && Names.Value.TryGetValue(name, out var actor))
                {
                    mentions.Add(new Mention(span, actor.Role is null ? MentionType.Country : MentionType.Organization, MentionForm.Name, mentions.Count, actor));
                    i += n - 1;
                    break;
                }
            }
        }

        document.Layers.Set(EntityLayers.Mentions, mentions);
    }

    private static Dictionary<string, Actor> Load()
    {
        var names = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var c in DataFiles.ReadDataLines("knowledge/countries.tsv").Skip(1).Select(l => l.Split('\t')))
        {
            var actor = new Actor(c[0], c[2], c[0], null);
            foreach (var name in new[] { c[2] }.Concat(c[3].Split('|')).Concat(c[4].Split('|')).Concat(c[5].Split('|')).Concat(c[8].Split('|')))
            {
                if (name.Length > 1)
                {
                    names.TryAdd(name.StartsWith("the ", StringComparison.Ordinal) ? "The " + name[4..] : name, actor);
                    names.TryAdd(name, actor);
                }
            }
        }

        foreach (var c in DataFiles.ReadDataLines("knowledge/organizations.tsv").Skip(1).Select(l => l.Split('\t')))
        {
            var actor = new Actor(c[0], c[1], null, c[0][3..]);
            foreach (var name in new[] { c[1] }.Concat(c[2].Split('|')))
            {
                if (name.Length > 1)
                {
                    names.TryAdd(name, actor);
                }
            }
        }

        foreach (var c in DataFiles.ReadDataLines("knowledge/people.tsv").Skip(1).Select(l => l.Split('\t')).Where(c => c.Length > 4 && c[4].Length >= 3))
        {
            var actor = new Actor(c[4], c[1], c[3].Length > 0 ? c[3] : null, c[4].Length > 3 ? c[4][3..] : null);
            foreach (var name in new[] { c[1] }.Concat(c[2].Split('|')))
            {
                if (name.Length > 1)
                {
                    names.TryAdd(name, actor);
                }
            }
        }

        return names;
    }
}
