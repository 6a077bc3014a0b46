using FsCheck.Xunit;
using Parley.Model;

namespace Parley.Tests.Model;

public sealed class SpanTests
{
    [Fact]
    public void A_span_is_half_open()
    {
        var span = new Span(2, 5);
        Assert.Equal(3, span.Length);
        Assert.Equal("cde", span.Slice("abcdefg"));
        Assert.False(span.Overlaps(new Span(5, 7)));
        Assert.True(span.Overlaps(new Span(4, 7)));
    }

    [Fact]
    public void An_inverted_or_negative_span_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Span(5, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Span(-1, 2));
    }

    [Property]
    public bool Contains_implies_overlap_for_non_empty_spans(byte a, byte b, byte c, byte d)
    {
        var outer = new Span(Math.Min(a, b), Math.Max(a, b) + 1);
        var inner = new Span(Math.Min(c, d), Math.Max(c, d) + 1);
        return !outer.Contains(inner) || outer.Overlaps(inner);
    }
}
