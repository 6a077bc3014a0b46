using Parley.Entities;

namespace Parley.Events;

/// <summary>
/// "The European Court of Human Rights found Russia guilty of …": a verdict against a state or an organisation is a finding
/// of legal liability (CAMEO 116, find guilty or liable); the codebook keeps 173 (arrest, detain, charge with legal action)
/// for persons found guilty and jailed, which is PETRARCH's reading of "find guilty".
/// </summary>
internal static class CourtFindings
{
    /// <summary>CAMEO 116, find guilty or liable (legally).</summary>
    public const string FindLiableCode = "116";

    /// <summary>CAMEO 173, arrest, detain, or charge with legal action.</summary>
    private const string ChargeCode = "173";

    private const string GuiltyWord = "guilty";

    public static string Recode(string code, VerbPattern pattern, Actor? target) =>
        code == ChargeCode && pattern.Words.Contains(GuiltyWord) && target is { Role: null or "GOV" } && target.Code == target.Country
            ? FindLiableCode
            : code;
}
