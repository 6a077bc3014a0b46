using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented texts whose subject stands for the two parties just named ("The two countries agreed …"): it acts as those two
/// would as a coordinated subject, and only when exactly two countries were named.
/// </summary>
public sealed class PairSubjectTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2019, 5, 1));

    [Theory]
    [InlineData("India and Pakistan held talks in Delhi. The two countries agreed to reopen the border.", "IND", "PAK")]
    [InlineData("The Japanese prime minister met the South Korean president in Tokyo. The two leaders agreed to share military intelligence.", "JPN", "KOR")]
    [InlineData("Egypt and Israel ended a long dispute. Both sides agreed to release prisoners.", "EGY", "ISR")]
    public void A_pair_subject_acts_as_the_two_countries_just_named(string text, string first, string second) =>
        Assert.Contains(Events(text), e => e.CameoRoot == "03" && e.Source.Country == first && e.Target?.Country == second);

    [Fact]
    public void A_pair_subject_after_more_than_two_countries_names_no_one() =>
        Assert.DoesNotContain(
            Events("Venezuela, Argentina, Brazil and Bolivia may join the network. The two presidents agreed to create a television channel."),
            e => e.CameoRoot == "03");

    [Theory]
    [InlineData("The Sudanese government and the SPLM/A agreed to a ceasefire in Nairobi.", "SDNGOV", "SDNREBSPL")]
    [InlineData("The Colombian government and the FARC agreed to a bilateral ceasefire.", "COLGOV", "COLREB")]
    public void Two_parties_of_one_country_joined_by_and_are_two_sides(string text, string first, string second) =>
        Assert.Contains(Events(text), e => e.CameoRoot == "03" && e.Source.Code == first && e.Target?.Code.StartsWith(second, StringComparison.Ordinal) == true);

    [Fact]
    public void A_country_and_its_leader_named_together_are_one_party() =>
        Assert.DoesNotContain(Events("Iran and President Hassan Rouhani agreed to talks with France."), e => e.Target?.Country == "IRN");
}
