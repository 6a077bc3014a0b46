using Parley.Model;
using Parley.Pipeline;

namespace Parley.Text;

/// <summary>Finds paragraphs: runs of non-blank lines, separated by one or more blank lines.</summary>
public sealed class ParagraphSplitter : IPipelineStage
{
    public string Name => "paragraphs";

    public IReadOnlyList<ILayerKey> Requires { get; } = [];

    public IReadOnlyList<ILayerKey> Assigns { get; } = [Layers.Paragraphs];

    public void Process(AnnotatedDocument document) =>
        document.Layers.Set(Layers.Paragraphs, Split(document.Text));

    public static IEnumerable<Paragraph> Split(string text)
    {
        var start = -1;
        var end = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.IsWhiteSpace())
            {
                if (start >= 0)
                {
                    yield return new Paragraph(new Span(start, end));
                    start = -1;
                }
            }
            else
            {
                if (start < 0)
                {
                    start = lineStart + (line.Length - line.TrimStart().Length);
                }

                end = lineStart + line.TrimEnd().Length;
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        if (start >= 0)
        {
            yield return new Paragraph(new Span(start, end));
        }
    }
}
