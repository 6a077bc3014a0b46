using System.Text;

namespace Parley.Extract;

/// <summary>
/// Builds clean text from DOM text runs: collapses whitespace, separates paragraphs with one blank
/// line, and records where each run came from in the raw HTML.
/// </summary>
internal sealed class ArticleTextWriter(string html)
{
    /// <summary>How far past its element's start tag a run is looked for verbatim in the HTML.</summary>
    private const int SourceSearchWindow = 4096;

    /// <summary>Characters of a run looked up verbatim: enough to be unique nearby, short enough to avoid entities.</summary>
    private const int SourceProbeChars = 12;

    private readonly StringBuilder text = new();
    private readonly List<(int TextStart, int SourceStart, bool Exact)> offsets = [];
    private bool pendingBreak;
    private bool pendingSpace;
    private int sourceCursor;

    public int Length => text.Length;

    public void Break() => pendingBreak = true;

    /// <summary>Appends a DOM text run; <paramref name="anchor"/> is the start of its element's tag in the HTML.</summary>
    public void Append(string run, int? anchor)
    {
        var i = 0;
        var recorded = false;
        while (i < run.Length)
        {
            var c = run[i];
            if (char.IsWhiteSpace(c) || c == '\u200b')
            {
                pendingSpace = c != '\u200b' || pendingSpace;
                i++;
                continue;
            }

            if (text.Length > 0)
            {
                if (pendingBreak)
                {
                    TrimTrailingSpace();
                    text.Append("\n\n");
                }
                else if (pendingSpace && text[^1] != '\n')
                {
                    text.Append(' ');
                }
            }

            pendingBreak = false;
            pendingSpace = false;
            if (!recorded)
            {
                Record(run, i, anchor);
                recorded = true;
            }

            text.Append(c);
            i++;
        }
    }

    public (string Text, TextOffsetMap Offsets) Finish()
    {
        TrimTrailingSpace();
        return (text.ToString(), new TextOffsetMap(offsets));
    }

    private void Record(string run, int start, int? anchor)
    {
        if (anchor is not { } from)
        {
            return;
        }

        var probeLength = 0;
        while (probeLength < SourceProbeChars && start + probeLength < run.Length && !char.IsWhiteSpace(run[start + probeLength]))
        {
            probeLength++;
        }

        var searchFrom = Math.Max(from, sourceCursor);
        var windowEnd = Math.Min(html.Length, Math.Max(searchFrom, from) + SourceSearchWindow);
        var found = searchFrom < windowEnd
            ? html.AsSpan(searchFrom, windowEnd - searchFrom).IndexOf(run.AsSpan(start, probeLength), StringComparison.Ordinal)
            : -1;
        if (found >= 0)
        {
            sourceCursor = searchFrom + found;
            offsets.Add((text.Length, searchFrom + found, true));
        }
        else
        {
            offsets.Add((text.Length, from, false));
        }
    }

    private void TrimTrailingSpace()
    {
        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }
    }
}
