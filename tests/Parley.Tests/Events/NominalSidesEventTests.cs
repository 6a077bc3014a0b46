using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences for the sides of meetings and fighting named by a noun: a name before a preposition is no modifier of
/// the noun, a lowercase modifier may stand before a side, and a subject who travels "for talks with" someone meets them.
/// </summary>
public sealed class NominalSidesEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(1999, 6, 1));

    [Fact]
    public void Fighting_between_two_sides_is_not_credited_to_a_place_named_before_it()
    {
        var events = Events("Thousands of refugees fled into Macedonia to escape fighting between Serb forces and ethnic Albanian guerrillas in Kosovo.");
        Assert.DoesNotContain(events, e => e.Source.Country == "MKD");
        Assert.Contains(events, e => e.CameoRoot == "19" && e.Source.Country == "SRB" && e.Target is not null);
    }

    [Theory]
    [InlineData("Vajpayee took a bus to Lahore on Saturday for talks with Pakistani Prime Minister Nawaz Sharif.", "IND", "PAK")]
    [InlineData("The Iranian foreign minister flew to Moscow on Monday for talks with Russian officials.", "IRN", "RUS")]
    [InlineData("Chinese Premier Zhu Rongji arrived for talks with Japanese Prime Minister Keizo Obuchi.", "CHN", "JPN")]
    public void A_subject_who_travels_for_talks_with_someone_meets_them(string text, string source, string target)
    {
        Assert.Contains(Events(text), e => e.CameoRoot == "04" && (e.Source.Country, e.Target?.Country) == (source, target));
    }

    [Theory]
    [InlineData("Israel criticised the call for talks with Hamas.")]
    [InlineData("Israel rejected a demand for talks with Hamas.")]
    public void Talks_that_a_noun_calls_for_are_no_meeting_of_the_subject(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == "04");
    }

    [Theory]
    [InlineData("Heavy fighting broke out between Chadian government troops and rebels on the outskirts of N'Djamena on Saturday.", "190", "TCDMIL", "TCDREB")]
    [InlineData("Talks between the Sudanese government and rebels resumed in Abuja.", "046", "SDNGOV", "SDNREB")]
    public void The_other_side_named_by_its_role_alone_is_a_group_and_rebels_are_of_the_state_they_fight(string text, string code, string source, string target) =>
        Assert.Contains(Events(text), e => (e.Cameo, e.Source.Code, e.Target?.Code) == (code, source, target));
}
