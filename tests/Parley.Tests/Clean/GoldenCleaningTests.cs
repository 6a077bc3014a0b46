using System.Runtime.CompilerServices;
using Parley.Clean;

namespace Parley.Tests.Clean;

/// <summary>
/// Invented wire-style stories with different boilerplate, each beside its expected result.
/// Set PARLEY_UPDATE_GOLDEN=1 to rewrite the expected files from the current output (then review the diff).
/// </summary>
public sealed class GoldenCleaningTests
{
    private static readonly PlainTextCleaner Cleaner = new();

    public static TheoryData<string> Cases() =>
        [.. Directory.GetFiles(GoldenDirectory(), "*.input.txt").Select(f => Path.GetFileName(f)[..^".input.txt".Length]).Order()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_matches_golden_file(string name)
    {
        var input = File.ReadAllText(Path.Combine(GoldenDirectory(), name + ".input.txt"));
        var cleaned = Cleaner.Clean(input);
        var actual = CleanedTextJson.Write(cleaned);
        var expectedPath = Path.Combine(GoldenDirectory(), name + ".expected.json");
        if (Environment.GetEnvironmentVariable("PARLEY_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceGoldenDirectory(), name + ".expected.json"), actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"missing golden file {name}.expected.json; run with PARLEY_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Offset_map_traces_every_body_character(string name)
    {
        var input = File.ReadAllText(Path.Combine(GoldenDirectory(), name + ".input.txt"));
        OffsetInvariants.Check(input, Cleaner.Clean(input));
    }

    private static string GoldenDirectory() => Path.Combine(AppContext.BaseDirectory, "Clean", "Golden");

    private static string SourceGoldenDirectory([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Golden");
}
