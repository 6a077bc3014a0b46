using System.Text;
using Parley.Read;

namespace Parley.Tests.Read;

public sealed class TextDecoderTests
{
    [Fact]
    public void Plain_utf8_decodes_without_warnings()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("Kim’s “self-reliance” ₹900"));
        Assert.Equal("Kim’s “self-reliance” ₹900", decoded.Text);
        Assert.Empty(decoded.Warnings);
    }

    [Fact]
    public void An_empty_input_is_rejected_as_empty() => Assert.Equal("empty file", TextDecoder.Decode([]).Error);

    [Fact]
    public void White_space_only_is_rejected() => Assert.Equal("no text (only white space)", TextDecoder.Decode("  \n\t\n"u8).Error);

    [Fact]
    public void Binary_content_is_rejected_with_the_offset_of_the_first_nul()
    {
        var error = TextDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).Error;
        Assert.Equal("binary content (a NUL byte at offset 8), not text", error);
    }

    [Fact]
    public void Gzip_data_under_another_name_is_named_as_such() =>
        Assert.Equal("gzip-compressed data in a file not named .gz", TextDecoder.Decode([0x1F, 0x8B, 0x08, 0x00, 0x01]).Error);

    [Fact]
    public void Invalid_utf8_among_valid_utf8_is_replaced_and_reported()
    {
        byte[] bytes = [.. "Seoul – "u8, 0xFF, .. " talks"u8];
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("Seoul – \uFFFD talks", decoded.Text);
        Assert.Equal("invalid UTF-8: 1 bad byte sequence(s), the first at byte offset 10, replaced with U+FFFD", Assert.Single(decoded.Warnings));
    }

    [Fact]
    public void A_windows_1252_file_is_decoded_as_such_and_reported()
    {
        byte[] bytes = [.. "The minister"u8, 0x92, .. "s caf"u8, 0xE9, .. " talks"u8];
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal("The minister’s café talks", decoded.Text);
        Assert.Contains("decoded as Windows-1252", Assert.Single(decoded.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Hanoi summit")).ToArray();
        Assert.Equal("Hanoi summit", TextDecoder.Decode(bytes).Text);
    }
}
