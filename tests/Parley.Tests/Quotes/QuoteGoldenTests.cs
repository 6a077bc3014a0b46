using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Quotes;

namespace Parley.Tests.Quotes;

/// <summary>
/// Golden files beside this test: <c>Golden/name.input.txt</c> is a text, <c>name.expected.json</c>
/// the quotes Parley must find in it (text, direct or reported, speaker, verb, medium).
/// </summary>
public sealed class QuoteGoldenTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private static string GoldenDirectory => Path.Combine(AppContext.BaseDirectory, "Quotes", "Golden");

    public static TheoryData<string> Cases() =>
        [.. Directory.GetFiles(GoldenDirectory, "*.input.txt").Select(f => Path.GetFileName(f)[..^".input.txt".Length]).Order()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Quotes_match_the_golden_file(string name)
    {
        var text = File.ReadAllText(Path.Combine(GoldenDirectory, name + ".input.txt"));
        var actual = Project(text, QuoteTestDocuments.QuotesOf(text));
        var expectedPath = Path.Combine(GoldenDirectory, name + ".expected.json");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n").Trim() : "(missing)";
        Assert.True(expected == actual, $"{name}: quotes differ from {name}.expected.json\nexpected:\n{expected}\nactual:\n{actual}");
    }

    internal static string Project(string text, IEnumerable<Quote> quotes) => JsonSerializer.Serialize(
        quotes.Select(q => new GoldenQuote(q.Span.Slice(text), q.Direct, q.SpeakerText, q.Verb, q.ViaText)),
        Json).ReplaceLineEndings("\n");

    private sealed record GoldenQuote(string Text, bool Direct, string? SpeakerText, string? Verb, string? ViaText);
}
