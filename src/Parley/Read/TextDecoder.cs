using System.Text;
using System.Text.Unicode;

namespace Parley.Read;

/// <summary>
/// Turns an input's bytes into text, saying what it did. Byte-order marks are honoured; UTF-8 is
/// the default; bytes that are not UTF-8 are decoded as Windows-1252 when the input looks like a
/// single-byte legacy encoding, otherwise replaced with U+FFFD, and either way the user is told.
/// Binary content (NUL bytes, many control characters) is rejected.
/// </summary>
public static class TextDecoder
{
    /// <summary>How much of the input is sampled for binary content.</summary>
    private const int BinarySampleBytes = 8192;

    /// <summary>
    /// Share of control characters (other than tab, CR, LF, FF) in the sample above which the
    /// input is taken as binary; real text has next to none, compressed or image data ~10%.
    /// </summary>
    private const double BinaryControlShare = 0.02;

    private static readonly Encoding Windows1252 = CreateWindows1252();

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return DecodedText.Fail("empty file");
        }

        if (DetectBom(bytes) is { } bom)
        {
            var text = bom.Encoding.GetString(bytes[bom.Length..]);
            return IsBlank(text) ? DecodedText.Fail("no text (only white space)") : DecodedText.Ok(text);
        }

        if (DescribeBinary(bytes) is { } binary)
        {
            return DecodedText.Fail(binary);
        }

        if (Utf8.IsValid(bytes))
        {
            var text = Encoding.UTF8.GetString(bytes);
            return IsBlank(text) ? DecodedText.Fail("no text (only white space)") : DecodedText.Ok(text);
        }

        var (invalidCount, firstInvalid, validMultiByte) = ScanUtf8(bytes);
        if (validMultiByte == 0)
        {
            return DecodedText.Ok(
                Windows1252.GetString(bytes),
                $"not valid UTF-8 (first bad byte at offset {firstInvalid}) and no UTF-8 sequences found: decoded as Windows-1252");
        }

        return DecodedText.Ok(
            Encoding.UTF8.GetString(bytes),
            $"invalid UTF-8: {invalidCount} bad byte sequence(s), the first at byte offset {firstInvalid}, replaced with U+FFFD");
    }

    private static bool IsBlank(string text) => text.AsSpan().IsWhiteSpace();

    private static (Encoding Encoding, int Length)? DetectBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false), 2),
        _ => null,
    };

    private static string? DescribeBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, BinarySampleBytes)];
        if (sample is [0x1F, 0x8B, ..])
        {
            return "gzip-compressed data in a file not named .gz";
        }

        var nul = sample.IndexOf((byte)0);
        if (nul >= 0)
        {
            return $"binary content (a NUL byte at offset {nul}), not text";
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }

        return controls > sample.Length * BinaryControlShare
            ? $"binary content ({controls} control bytes in the first {sample.Length}), not text"
            : null;
    }

    private static (int Invalid, int FirstInvalid, int ValidMultiByte) ScanUtf8(ReadOnlySpan<byte> bytes)
    {
        var invalid = 0;
        var first = -1;
        var multi = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                multi++;
            }
            else
            {
                invalid++;
                if (first < 0)
                {
                    first = i;
                }
            }

            i += Math.Max(consumed, 1);
        }

        return (invalid, first, multi);
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
