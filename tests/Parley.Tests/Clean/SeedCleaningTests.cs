using Parley.Clean;

namespace Parley.Tests.Clean;

/// <summary>The expectations of SEEDS.md §1 on the two seed texts (skipped when the shared seeds are absent).</summary>
public sealed class SeedCleaningTests
{
    private static readonly PlainTextCleaner Cleaner = new();

    [Fact]
    public void Seed_000_loses_everything_from_the_disclaimer_on()
    {
        var input = ReadSeed("000_");
        var cleaned = Cleaner.Clean(input);

        var disclaimerAt = input.IndexOf("Disclaimer:", StringComparison.Ordinal);
        Assert.True(disclaimerAt > 0);
        Assert.EndsWith("rendering the latest U.N. sanctions \"ineffective.\"", cleaned.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("free_limit", cleaned.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe", cleaned.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("₹", cleaned.Body, StringComparison.Ordinal);
        Assert.All(cleaned.Offsets.Segments, s => Assert.True(s.InputStart + s.Length <= disclaimerAt));

        // Every non-blank input line from the disclaimer on is accounted for as removed boilerplate.
        var removedText = string.Join("\n", cleaned.Removed.Select(r => r.Text));
        foreach (var line in input[disclaimerAt..].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            Assert.Contains(line, removedText, StringComparison.Ordinal);
        }

        Assert.Contains(cleaned.Removed, r => r.Kind == BoilerplateKind.Disclaimer);
        Assert.Contains(cleaned.Removed, r => r.Kind == BoilerplateKind.Paywall);
        Assert.Contains(cleaned.Removed, r => r.Kind == BoilerplateKind.PriceList);
        Assert.Null(cleaned.Title);
        Assert.Equal(9, cleaned.Body.Split("\n\n").Length);
        Assert.StartsWith("President Donald Trump's meeting with South Korean President Moon Jae-in", cleaned.Body, StringComparison.Ordinal);
        OffsetInvariants.Check(input, cleaned);
    }

    [Fact]
    public void Seed_003_has_headline_caption_and_credits_apart_from_the_body()
    {
        var input = ReadSeed("003_");
        var cleaned = Cleaner.Clean(input);

        Assert.Equal("Days before summit, Trump raises prospect of easing North Korea sanctions", cleaned.Title);
        var caption = Assert.Single(cleaned.Captions);
        Assert.Equal("AFP / SAUL LOEB", caption.Credit);
        Assert.StartsWith("Standing in front of the flags", caption.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("SAUL LOEB", cleaned.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Days before summit", cleaned.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Reporting by", cleaned.Body, StringComparison.Ordinal);
        Assert.StartsWith("A week before a second summit", cleaned.Body, StringComparison.Ordinal);
        Assert.EndsWith("for his planned Feb. 25 arrival.", cleaned.Body, StringComparison.Ordinal);

        var credits = cleaned.Credits;
        Assert.Equal(["Steve Holland", "James Pearson"], credits.NamesWithRole(CreditRole.Reporter));
        Assert.Equal(["David Brunnstrom", "Makini Brice", "Joyce Lee", "Ben Blanchard"], credits.NamesWithRole(CreditRole.AdditionalReporter));
        Assert.Equal(["Robert Birsel", "James Dalgleish"], credits.NamesWithRole(CreditRole.Editor));
        Assert.Equal("WASHINGTON", credits.People.Single(p => p.Name == "Steve Holland").Place);
        Assert.Equal("HANOI", credits.People.Single(p => p.Name == "James Pearson").Place);
        Assert.Equal("WASHINGTON", credits.People.Single(p => p.Name == "David Brunnstrom").Place);
        Assert.Equal("BEIJING", credits.People.Single(p => p.Name == "Ben Blanchard").Place);
        Assert.Null(credits.People.Single(p => p.Name == "Robert Birsel").Place);
        Assert.Empty(cleaned.Removed);
        OffsetInvariants.Check(input, cleaned);
    }

    private static string ReadSeed(string prefix)
    {
        var folder = SharedData.Directory("seeds");
        var file = Directory.GetFiles(folder, prefix + "*.txt").SingleOrDefault();
        if (file is null)
        {
            Assert.Skip($"seed {prefix}* absent");
        }

        return File.ReadAllText(file);
    }
}
