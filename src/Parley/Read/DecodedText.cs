namespace Parley.Read;

/// <summary>
/// The outcome of decoding bytes: the text with any warnings, or the reason the bytes are not
/// text. Exactly one of <see cref="Text"/> and <see cref="Error"/> is set.
/// </summary>
public sealed record DecodedText(string? Text, string? Error, IReadOnlyList<string> Warnings)
{
    public static DecodedText Ok(string text, params string[] warnings) => new(text, null, warnings);

    public static DecodedText Fail(string error) => new(null, error, []);
}
