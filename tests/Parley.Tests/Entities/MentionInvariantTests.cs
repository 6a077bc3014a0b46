using FsCheck.Xunit;
using Parley.Entities;

namespace Parley.Tests.Entities;

/// <summary>Every mention lies within the text, on its words: no empty spans, no spans starting or ending in white space.</summary>
public sealed class MentionInvariantTests
{
    private static readonly string[] Fragments =
    [
        "President Donald Trump", "Kim", "Kim Jong Un", "he", "his", "said", "the administration", "North Korea's",
        "leader", "the leader of", "South Korean", "officials", "in", "Pyongyang", "the country", "the North", ".", ",",
        "\"", "\u201C", "\u201D", "Moon", "U.S.", "US", "us", "the", "Mr.", "Ministry of", "Widgets", "\n\n", "it", "envoy for",
        "former", "The", "Kremlin", "Washington", "Seoul", "Reuters", "UN", "a",
    ];

    [Property]
    public bool Mentions_point_at_their_words(int[] picks, bool dated)
    {
        var text = string.Join(' ', (picks ?? []).Select(p => Fragments[Math.Abs(p % Fragments.Length)]));
        var doc = EntityTestDocuments.Analyze(text, dated ? new DateOnly(2019, 2, 20) : null);
        return doc.Layers.Get(EntityLayers.Mentions).All(m => Valid(doc.Text, m));
    }

    [Theory]
    [InlineData("000_")]
    [InlineData("003_")]
    public void Seed_mentions_point_at_their_words(string seed)
    {
        var doc = EntityTestDocuments.Seed(seed);
        Assert.All(doc.Mentions(), m => Assert.True(Valid(doc.Text, m), $"{m.Span} '{m.Span.Slice(doc.Text)}'"));
    }

    private static bool Valid(string text, Mention m) =>
        m.Span.Length > 0 && m.Span.IsWithin(text.Length) && !char.IsWhiteSpace(text[m.Span.Start]) && !char.IsWhiteSpace(text[m.Span.End - 1])
        && m.Span.Contains(m.Head) && m.Head.Length > 0 && m.Entity >= 0;
}
