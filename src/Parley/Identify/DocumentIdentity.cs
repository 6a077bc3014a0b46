using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Parley.Identify;

/// <summary>
/// The stable id of a document: a hash of its clean text after normalization (Unicode NFC,
/// every run of white space folded to one space, trimmed). Reading the same article from a file
/// or from a JSONL line, with other line breaks or trailing spaces, gives the same id.
/// </summary>
public static class DocumentIdentity
{
    /// <summary>
    /// 16 hex digits of XXH3-64. At a million documents the chance of any collision is about
    /// 3e-8, small enough for an id that also names the document in URLs and on the command line.
    /// </summary>
    public static string IdOf(string cleanText)
    {
        var normalized = Normalize(cleanText);
        var bytes = Encoding.UTF8.GetBytes(normalized);
        return XxHash3.HashToUInt64(bytes).ToString("x16", CultureInfo.InvariantCulture);
    }

    public static string Normalize(string text)
    {
        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var c in nfc)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
