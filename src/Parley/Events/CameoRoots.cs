namespace Parley.Events;

/// <summary>CAMEO roots (the first two digits of a code) that event coding treats as groups.</summary>
internal static class CameoRoots
{
    /// <summary>Root 01, make public statement: what a verb of saying codes when it announces no act.</summary>
    public const string Statement = "01";

    /// <summary>Root 02, appeal: its sub-codes mirror the acts appealed for (0253 release, 026 talks).</summary>
    public const string Appeal = "02";

    /// <summary>Root 10, demand: its sub-codes mirror the acts demanded (1053 release, 1056 de-escalation).</summary>
    public const string Demand = "10";

    /// <summary>Root 09, investigate: what is investigated may be an allegation, read for the one it accuses.</summary>
    public const string Investigate = "09";

    /// <summary>Root 12, reject: its sub-codes mirror the acts refused (1243 release, 125 talks).</summary>
    public const string Reject = "12";

    /// <summary>Root 08, yield: concessions, releases, withdrawals (087 de-escalation, 0874 military retreat).</summary>
    public const string Yield = "08";

    /// <summary>Root 07, provide aid: economic, military and humanitarian aid, peacekeepers, asylum.</summary>
    public const string Aid = "07";

    /// <summary>Root 13, threaten: a verbal act whose sub-codes mirror the acts threatened (131x reduced relations, 138x force).</summary>
    public const string Threaten = "13";

    /// <summary>Root 16, reduce relations: sanctions, embargoes, aid cut, diplomats expelled.</summary>
    public const string ReduceRelations = "16";

    /// <summary>
    /// Roots 06 (material cooperation), 07 (aid), 08 (yield) and 15 (force posture): acts a state does with its own forces
    /// ("sent troops to", "withdrew its troops from"), whose target is the one they help, yield to or are directed against.
    /// </summary>
    public static bool MovesOwnForces(string root) => root is "06" or "07" or "08" or "15";

    /// <summary>Roots 18 (unconventional violence), 19 (fight) and 20 (mass violence): acts of force.</summary>
    public static bool IsForce(ReadOnlySpan<char> code) => code.Length >= 2 && code[..2] is "18" or "19" or "20";

    /// <summary>Protest, strike or riot (CAMEO root 14).</summary>
    public static bool IsProtest(ReadOnlySpan<char> code) => code.StartsWith("14", StringComparison.Ordinal);

    /// <summary>Support given to someone: diplomatic cooperation, praise, verbal defence or rallied support (CAMEO 050-053).</summary>
    public static bool IsSupport(ReadOnlySpan<char> code) => code.Length >= 3 && code[..2] is "05" && code[2] is >= '0' and <= '3';

    /// <summary>
    /// Roots 11 (disapprove), 14 (protest), 16 (reduce relations) and 17 (coerce): the codebook's "express disapproval of, protest
    /// against, or punish", acts aimed at the one they name.
    /// </summary>
    public static bool IsPunitive(ReadOnlySpan<char> code) => code.Length >= 2 && code[..2] is "11" or "14" or "16" or "17";

    /// <summary>
    /// Roots 09 (investigate) and 11 (disapprove): acts about another act, aimed at its doer; the codebook codes the perpetrator
    /// of what is investigated or condemned as the target.
    /// </summary>
    public static bool IsAimedAtDoer(string root) => root is "09" or "11";

    /// <summary>
    /// Meetings, telephone talks, meetings at a third place, negotiations and formal agreements, and the intent to meet (036, 040,
    /// 041, 044, 046, 057): acts two parties do with each other, so that "Washington and the Taliban held talks on a withdrawal of
    /// US troops" is between the two, whoever else the clause names.
    /// </summary>
    public static bool IsMutual(string code) => code is "036" or "040" or "041" or "044" or "046" or "057";

    /// <summary>Roots 18 and 19: attacks and fighting, whose agent and victims the clause names.</summary>
    public static bool IsAttack(string root) => root is "18" or "19";

    /// <summary>Codes of force that say nothing of its purpose: unconventional violence (180), fighting (190), small arms (193).</summary>
    public static bool IsGenericForce(string code) => code is "180" or "190" or "193";
}
