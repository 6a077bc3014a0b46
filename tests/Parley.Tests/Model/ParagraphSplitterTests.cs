using FsCheck.Xunit;
using Parley.Model;
using Parley.Text;

namespace Parley.Tests.Model;

public sealed class ParagraphSplitterTests
{
    [Fact]
    public void Paragraphs_are_blocks_between_blank_lines_without_surrounding_space()
    {
        const string text = "One line.\nSame paragraph.\n\n  Second.  \n\n\n\nThird.";
        var paragraphs = ParagraphSplitter.Split(text).Select(p => p.Span.Slice(text)).ToArray();
        Assert.Equal(["One line.\nSame paragraph.", "Second.", "Third."], paragraphs);
    }

    [Property]
    public bool Paragraphs_lie_within_the_text_are_ordered_and_never_blank(string? input)
    {
        var text = input ?? string.Empty;
        var previousEnd = 0;
        foreach (var paragraph in ParagraphSplitter.Split(text))
        {
            if (paragraph.Span.Start < previousEnd || !paragraph.Span.IsWithin(text.Length) || paragraph.Span.Slice(text).Trim().Length == 0)
            {
                return false;
            }

            previousEnd = paragraph.Span.End;
        }

        return true;
    }
}
