namespace Parley.Events;

/// <summary>
/// "The European Court of Human Rights found Russia guilty of …", "a Moscow court found the dissident guilty of fraud": a verdict
/// of guilt is a finding of legal liability (CAMEO 116, find guilty or liable), whoever is found guilty; PETRARCH reads "find
/// guilty" as 173 (arrest, detain, charge with legal action), which a verdict is not. A sentence to prison keeps its own code.
/// </summary>
internal static class CourtFindings
{
    /// <summary>CAMEO 116, find guilty or liable (legally).</summary>
    public const string FindLiableCode = "116";

    /// <summary>CAMEO 173, arrest, detain, or charge with legal action.</summary>
    private const string ChargeCode = "173";

    private const string GuiltyWord = "guilty";

    public static string Recode(string code, VerbPattern pattern) =>
        code == ChargeCode && pattern.Words.Contains(GuiltyWord)
            ? FindLiableCode
            : code;
}
