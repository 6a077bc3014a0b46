using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Parley.Entities;
using Parley.Model;

namespace Parley.Tests.Entities;

/// <summary>
/// Golden files: <c>Golden/NAME.input.txt</c> is analyzed with the date in
/// <c>NAME.expected.json</c>, whose <c>mentions</c> (stand-off, as the annotate command writes them)
/// must match exactly. Set PARLEY_UPDATE_GOLDEN=1 to rewrite the expected files after a reviewed change.
/// </summary>
public sealed class GoldenMentionTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Entities", "Golden");

    public static TheoryData<string> Cases() => [.. Directory.GetFiles(Folder, "*.input.txt").Select(f => Path.GetFileName(f)[..^".input.txt".Length]).Order()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mentions_match_the_golden_file(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name + ".input.txt")).Replace("\r\n", "\n").TrimEnd();
        var expectedPath = Path.Combine(Folder, name + ".expected.json");
        var expected = JsonNode.Parse(File.ReadAllText(expectedPath))!;
        var published = DateOnly.Parse((string)expected["published"]!, CultureInfo.InvariantCulture);
        var actual = Lines(EntityTestDocuments.Analyze(text, published));
        if (Environment.GetEnvironmentVariable("PARLEY_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(RepositoryRoot.Path, "tests", "Parley.Tests", "Entities", "Golden", name + ".expected.json");
            File.WriteAllText(source, "{\n  \"published\": \"" + published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\",\n  \"mentions\": [\n    "
                + string.Join(",\n    ", actual) + "\n  ]\n}\n");
            return;
        }

        var wanted = expected["mentions"]!.AsArray().Select(m => m!.ToJsonString()).ToList();
        var missing = wanted.Except(actual).Select(l => "- " + l);
        var extra = actual.Except(wanted).Select(l => "+ " + l);
        var diff = string.Join('\n', missing.Concat(extra));
        Assert.True(diff.Length == 0, $"{name}: mentions differ from the golden file (- expected, + actual)\n{diff}");
    }

    private static List<string> Lines(AnnotatedDocument doc) =>
        [.. doc.Layers.Get(EntityLayers.Mentions).Select(m => new JsonObject
        {
            ["start"] = m.Span.Start,
            ["end"] = m.Span.End,
            ["text"] = m.Span.Slice(doc.Text),
            ["type"] = m.Type.ToString().ToLowerInvariant(),
            ["form"] = m.Form.ToString().ToLowerInvariant(),
            ["entity"] = m.Entity,
            ["actor"] = m.Actor?.Code,
        }.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))];
}
