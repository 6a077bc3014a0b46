using Parley.Knowledge;

namespace Parley.Events;

/// <summary>
/// Maps an act to the CAMEO code of its intent or threat (<c>events/intent-codes.tsv</c>):
/// "will provide aid" is 033, "will impose sanctions" 1312; and, in <see cref="Refusals"/>
/// (<c>events/refusal-codes.tsv</c>), to the code of refusing it: "will not accept refugees" is
/// 120, "will not lift sanctions" 1244; in <see cref="Appeals"/> and <see cref="Demands"/>
/// (<c>events/appeal-codes.tsv</c>, <c>events/demand-codes.tsv</c>), to the code of asking for it:
/// "urged Iran to release" is 0253, "demanded that Russia withdraw" 1056. Immutable once loaded.
/// </summary>
public sealed class IntentCodes
{
    private static readonly Lazy<IntentCodes> DefaultInstance = new(() => new IntentCodes("events/intent-codes.tsv"));
    private static readonly Lazy<IntentCodes> RefusalInstance = new(() => new IntentCodes("events/refusal-codes.tsv"));
    private static readonly Lazy<IntentCodes> AppealInstance = new(() => new IntentCodes("events/appeal-codes.tsv"));
    private static readonly Lazy<IntentCodes> DemandInstance = new(() => new IntentCodes("events/demand-codes.tsv"));

    private readonly List<(string Act, string Intent)> _rows;

    private IntentCodes(string path) =>
        _rows = [.. DataFiles.ReadDataLines(path).Skip(1).Select(l => l.Split('\t'))
            .Select(c => (c[0], c[1])).OrderByDescending(r => r.Item1.Length)];

    public static IntentCodes Default => DefaultInstance.Value;

    public static IntentCodes Refusals => RefusalInstance.Value;

    public static IntentCodes Appeals => AppealInstance.Value;

    public static IntentCodes Demands => DemandInstance.Value;

    /// <summary>The intent (or refusal) code for <paramref name="act"/>, or the act itself when it has none.</summary>
    public string IntentOf(string act)
    {
        foreach (var (prefix, intent) in _rows)
        {
            if (act.StartsWith(prefix, StringComparison.Ordinal))
            {
                return intent;
            }
        }

        return act;
    }
}
