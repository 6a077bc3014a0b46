using Parley.Events;

namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences for the codebook's appeals (02), demands (10), disapprovals (11) and rejections (12) by the act they are
/// about, in the usual wordings of wire copy: "urged X to …", "demanded that X …", "refused to …", "called on X to punish Y".
/// </summary>
public sealed class RequestedActEventTests
{
    private static IReadOnlyList<CodedEvent> Events(string text) => EventPipeline.Events(text, new DateOnly(2019, 5, 1));

    [Theory]
    [InlineData("The United States urged China to release the detained journalists.", "0253", "USA", "CHN")]
    [InlineData("The European Union urged Russia to withdraw its troops from Ukraine.", "0256", "", "RUS")]
    [InlineData("The United States called on India and Pakistan to resume talks.", "026", "USA", "IND")]
    [InlineData("Iraq asked Turkey to extradite the suspects.", "0213", "IRQ", "TUR")]
    [InlineData("Turkey proposed that Russia and Ukraine hold talks in Istanbul.", "026", "TUR", "RUS")]
    [InlineData("The European Union urged that Serbia release the detained activists.", "0253", "", "SRB")]
    [InlineData("The United States demanded that North Korea abandon its nuclear program.", "1056", "USA", "PRK")]
    [InlineData("India demanded that Pakistan hand over the suspects.", "1013", "IND", "PAK")]
    [InlineData("France has demanded that Russia free the French researcher.", "1053", "FRA", "RUS")]
    [InlineData("Iran demanded the release of its diplomats held by Israel.", "1053", "IRN", "ISR")]
    [InlineData("France demanded economic aid from Germany.", "1031", "FRA", "DEU")]
    [InlineData("Russia ordered Ukraine to withdraw its troops from the region.", "1056", "RUS", "UKR")]
    [InlineData("Britain said Iran must free the detained sailors.", "1053", "GBR", "IRN")]
    [InlineData("Iran refused to release the British tanker.", "1243", "IRN", "GBR")]
    [InlineData("Turkey refused to lift the ban on Greek ships.", "1241", "TUR", "GRC")]
    [InlineData("Russia refused to withdraw its troops from Georgia.", "1246", "RUS", "GEO")]
    [InlineData("Armenia refused to negotiate with Azerbaijan.", "125", "ARM", "AZE")]
    [InlineData("Brazil declined an invitation to the summit in Washington.", "125", "BRA", "USA")]
    [InlineData("Israel rejected any role for Turkey as a mediator.", "126", "ISR", "TUR")]
    [InlineData("Hungary defied the European Union over its asylum law.", "128", "HUN", "")]
    [InlineData("Russia ignored the ruling of the International Court of Justice.", "128", "RUS", "")]
    [InlineData("Israel resisted American pressure to halt the offensive.", "124", "ISR", "USA")]
    [InlineData("Russia blocked a Security Council resolution condemning the coup in Myanmar.", "129", "RUS", "")]
    [InlineData("Ukraine sought military assistance from NATO.", "0232", "UKR", "")]
    [InlineData("Pakistan charged that India had sponsored the attack.", "112", "PAK", "IND")]
    [InlineData("Egyptian mediators shuttled between Israel and Hamas.", "045", "EGY", "ISR")]
    [InlineData("The United States said China should release the journalists.", "0253", "USA", "CHN")]
    [InlineData("Serbia rejected demands by Kosovo to release the detained police officers.", "1243", "SRB", "KSV")]
    [InlineData("Cuba rejected American calls to lift its ban on private newspapers.", "1241", "CUB", "USA")]
    [InlineData("Zimbabwe's president rejected opposition calls for his resignation on Monday.", "1231", "ZWE", "ZWE")]
    [InlineData("The Peruvian president dismissed calls to step down over the scandal.", "1231", "PER", "PER")]
    [InlineData("The Ivorian president rejected U.N. calls for his resignation.", "1231", "CIV", "")]
    public void Appeals_demands_and_refusals_take_the_code_of_the_act_they_are_about(string text, string cameo, string source, string target)
    {
        // The codebook's 02, 10 and 12 mirror the acts of 04-08: "urged China to release" asks for a release (0253), "demanded
        // that North Korea abandon its program" for de-escalation (1056), "refused to negotiate" turns down talks (125); defying
        // a law or ruling is its own rejection (128).
        // An empty side is one the test does not check (an organisation with no country, a court).
        var coded = Assert.Single(Events(text), e => e.CameoRoot == cameo[..2]);
        Assert.Equal((cameo, source, target), (coded.Cameo, source.Length == 0 ? "" : coded.Source.Country, target.Length == 0 ? "" : coded.Target?.Country));
    }

    [Theory]
    [InlineData("Ukraine called on the West to impose new sanctions on Russia.", "RUS")]
    [InlineData("Iran called on Islamic countries to boycott Israeli goods.", "ISR")]
    public void Asking_others_to_punish_someone_rallies_opposition_to_them(string text, string target)
    {
        var events = Events(text);
        Assert.Equal(target, Assert.Single(events, e => e.Cameo == "113").Target?.Country);
        Assert.DoesNotContain(events, e => e.CameoRoot == "02");
    }

    [Theory]
    [InlineData("Japan urged South Korea to restore ties with China.")]
    [InlineData("Germany asked Greece to accept the bailout terms.")]
    [InlineData("The United States urged India not to use force against Pakistan.")]
    public void Asking_others_for_an_act_that_punishes_no_one_is_an_appeal(string text)
    {
        var events = Events(text);
        Assert.DoesNotContain(events, e => e.Cameo == "113");
        Assert.Contains(events, e => e.CameoRoot == "02");
    }

    [Fact]
    public void A_formal_protest_lodged_with_a_government_is_an_official_complaint()
    {
        var events = Events("Japan lodged a protest with China over the detention of a Japanese businessman.");
        Assert.Equal("CHN", Assert.Single(events, e => e.Cameo == "114").Target?.Country);
        Assert.DoesNotContain(events, e => e.CameoRoot == "14");
    }

    [Fact]
    public void A_phone_call_held_with_a_leader_is_a_telephone_discussion() =>
        Assert.Equal("RUS", Assert.Single(Events("Turkish President Recep Tayyip Erdogan held a phone call with Russian President Vladimir Putin."), e => e.Cameo == "041").Target?.Country);

    [Theory]
    [InlineData("Iran invited Saudi Arabia to hold talks in Baghdad.", "036", "SAU")]
    [InlineData("Russia invited the Taliban to talks in Moscow.", "036", "AFG")]
    [InlineData("Egypt hosted talks between Israel and Hamas.", "043", "ISR")]
    [InlineData("Norway facilitated talks between Colombia and the rebels.", "045", "COL")]
    [InlineData("President Emmanuel Macron laid a wreath at the memorial in Algiers.", "017", "DZA")]
    public void Invitations_hosted_or_facilitated_talks_and_wreaths_take_their_codebook_codes(string text, string cameo, string target)
    {
        // An invitation offers a meeting still to come (036), not one held (04); hosting or facilitating others' talks is hosting
        // (043) or mediation (045), not an intent to mediate (039) or material cooperation (060).
        var events = Events(text);
        Assert.Equal(target, Assert.Single(events, e => e.Cameo == cameo).Target?.Country);
        Assert.DoesNotContain(events, e => e.Cameo is "039" or "040" or "060");
    }

    [Theory]
    [InlineData("Israel dismissed claims that its soldiers had fired on the convoy.")]
    [InlineData("Human Rights Watch began to look into reports that Russian soldiers executed civilians.")]
    [InlineData("Pakistan charged that India had sponsored the attack.")]
    [InlineData("Russia blocked a Security Council resolution condemning the coup in Myanmar.")]
    public void What_is_alleged_or_blocked_is_no_act_of_force_coercion_or_aid(string text) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot is "07" or "17" or "18" or "19");

    [Theory]
    [InlineData("Germany said on Tuesday it was weighing a ban on Chinese telecom equipment.", "04")]
    [InlineData("Israel ordered its troops to withdraw from Lebanon.", "10")]
    [InlineData("The Kremlin declined to comment on the report.", "12")]
    [InlineData("Ukraine sought military assistance from NATO.", "03")]
    [InlineData("The European Union said Greece should have sole rights to the name.", "02")]
    [InlineData("Austria will invite architects to submit plans for the building.", "03")]
    public void Weighing_options_own_troops_comment_stative_should_and_invited_bids_are_not_these_acts(string text, string root) =>
        Assert.DoesNotContain(Events(text), e => e.CameoRoot == root);
}
