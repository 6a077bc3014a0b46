using Parley.Model;

namespace Parley.Tests.Model;

public sealed class LayerSetTests
{
    private static readonly LayerKey<Paragraph> Key = new("test");

    [Fact]
    public void A_layer_is_kept_sorted_by_start_then_end()
    {
        var layers = new LayerSet(20);
        layers.Set(Key, [new Paragraph(new Span(10, 12)), new Paragraph(new Span(0, 5)), new Paragraph(new Span(0, 3))]);
        Assert.Equal([new Span(0, 3), new Span(0, 5), new Span(10, 12)], layers.Get(Key).Select(p => p.Span));
    }

    [Fact]
    public void A_span_outside_the_text_is_a_bug_caught_on_write()
    {
        var layers = new LayerSet(10);
        var error = Assert.Throws<ArgumentException>(() => layers.Set(Key, [new Paragraph(new Span(5, 11))]));
        Assert.Contains("outside the text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layer_is_written_once()
    {
        var layers = new LayerSet(10);
        layers.Set(Key, []);
        Assert.Throws<InvalidOperationException>(() => layers.Set(Key, []));
    }

    [Fact]
    public void Reading_a_layer_no_stage_assigned_fails_loudly()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new LayerSet(1).Get(Key));
        Assert.Contains("'test'", error.Message, StringComparison.Ordinal);
    }
}
