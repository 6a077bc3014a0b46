namespace Parley.Entities;

/// <summary>
/// The dictionary form of a token: lower case, curly apostrophes straight, Latin diacritics
/// dropped ("Rodríguez" = "rodriguez"), written into a caller's buffer so matching allocates nothing.
/// </summary>
internal static class TokenText
{
    private const char FirstFolded = '\u00C0';
    private const char LastFolded = '\u024F';
    private static readonly char[] Folds = BuildFolds();

    public static int Normalize(ReadOnlySpan<char> token, Span<char> destination)
    {
        var length = Math.Min(token.Length, destination.Length);
        for (var i = 0; i < length; i++)
        {
            var c = token[i];
            destination[i] = c switch
            {
                < '\u0080' => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c,
                '\u2019' or '\u2018' => '\'',
                '\u2010' or '\u2011' => '-',
                >= FirstFolded and <= LastFolded => Folds[c - FirstFolded],
                _ => char.ToLowerInvariant(c),
            };
        }

        return length;
    }

    public static string Normalize(string token)
    {
        Span<char> buffer = stackalloc char[Math.Min(token.Length, 256)];
        return new string(buffer[..Normalize(token, buffer)]);
    }

    private static char[] BuildFolds()
    {
        var folds = new char[LastFolded - FirstFolded + 1];
        for (var c = FirstFolded; c <= LastFolded; c++)
        {
            var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
            folds[c - FirstFolded] = char.ToLowerInvariant(decomposed[0]);
        }

        return folds;
    }
}
