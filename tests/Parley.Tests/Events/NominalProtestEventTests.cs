using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Protests named by a noun that is the subject of its clause ("Palestinian riots against Israeli policies continued"): coded
/// with the protesters (a modifier, "by", else the people of the place named) and the protested ("against", else the
/// government there), and not when the noun only modifies another or stands in a phrase before the subject.
/// </summary>
public sealed class NominalProtestEventTests
{
    private static readonly DateOnly Published = new(2001, 6, 1);

    private static List<CodedEvent> Protests(string text) => [.. EventPipeline.Events(text, Published).Where(e => e.CameoRoot == "14")];

    [Theory]
    [InlineData("Palestinian riots against Israeli policies continued on Tuesday.", "145", "PSE", "ISR")]
    [InlineData("Demonstrations against the government continued in Belgrade for a third day.", "141", "SRB", "SRB")]
    [InlineData("Protests by Bolivian farmers against the government's coca eradication plan turned violent on Monday.", "141", "BOL", "BOL")]
    [InlineData("Chinese protests in Tokyo turned violent on Sunday.", "141", "CHN", "JPN")]
    public void A_protest_named_as_the_subject_is_coded_with_its_sides(string text, string code, string source, string target)
    {
        Assert.Contains(Protests(text), e => (e.Cameo, EventPipeline.Key(e.Source), e.Target?.Country) == (code, source, target));
    }

    [Theory]
    [InlineData("Protest leaders met the interior minister in La Paz on Monday.")]
    [InlineData("Amid protests against the war in Iraq, the Spanish prime minister flew to Washington.")]
    [InlineData("The minister said Palestinian protests would not change Israel's policy.")]
    [InlineData("Palestinian riots against Israeli policies did not stop on Tuesday.")]
    public void A_protest_noun_that_is_not_the_subject_or_not_asserted_is_not_coded(string text)
    {
        Assert.Empty(Protests(text));
    }
}
