using System.Net;
using System.Text;

namespace Parley.Evaluation;

/// <summary>
/// A TimeML file (TempEval-3 layout) reduced to what time-expression scoring needs: the plain text of
/// its TEXT element with all tags stripped, the TIMEX3s in it with offsets into that text, and the
/// creation time (DCT) as the reference date.
/// </summary>
public sealed record TimeMlDocument(string Id, string Text, DateOnly? CreationDate, IReadOnlyList<TimeMlTimex> Timexes)
{
    public static TimeMlDocument Parse(string id, string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var creation = ReadCreationDate(xml);
        var bodyStart = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        var bodyEnd = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (bodyStart < 0 || bodyEnd < bodyStart)
        {
            return new TimeMlDocument(id, string.Empty, creation, []);
        }

        var text = new StringBuilder(bodyEnd - bodyStart);
        var timexes = new List<TimeMlTimex>();
        (int Start, string Type, string Value)? open = null;
        var i = bodyStart + "<TEXT>".Length;
        while (i < bodyEnd)
        {
            var c = xml[i];
            if (c == '<')
            {
                var close = xml.IndexOf('>', i);
                var tag = xml[(i + 1)..close];
                if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
                {
                    open = (text.Length, Attribute(tag, "type"), Attribute(tag, "value"));
                }
                else if (tag == "/TIMEX3" && open is { } o)
                {
                    timexes.Add(new TimeMlTimex(o.Start, text.Length, text.ToString(o.Start, text.Length - o.Start), o.Type, o.Value));
                    open = null;
                }

                i = close + 1;
            }
            else if (c == '&')
            {
                var semi = xml.IndexOf(';', i);
                text.Append(WebUtility.HtmlDecode(xml[i..(semi + 1)]));
                i = semi + 1;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        return new TimeMlDocument(id, text.ToString(), creation, timexes);
    }

    private static DateOnly? ReadCreationDate(string xml)
    {
        var dct = xml.IndexOf("functionInDocument=\"CREATION_TIME\"", StringComparison.Ordinal);
        if (dct < 0)
        {
            return null;
        }

        var tagStart = xml.LastIndexOf('<', dct);
        var tagEnd = xml.IndexOf('>', dct);
        var value = Attribute(xml[tagStart..tagEnd], "value");
        return value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", out var d) ? d : null;
    }

    private static string Attribute(string tag, string name)
    {
        var key = " " + name + "=\"";
        var k = tag.IndexOf(key, StringComparison.Ordinal);
        if (k < 0)
        {
            return string.Empty;
        }

        var start = k + key.Length;
        return tag[start..tag.IndexOf('"', start)];
    }
}
