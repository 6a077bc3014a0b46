using Parley.Knowledge;

namespace Parley.Events;

/// <summary>
/// Maps an act to the CAMEO code of its intent or threat (<c>events/intent-codes.tsv</c>):
/// "will provide aid" is 033, "will impose sanctions" 1312; and, in <see cref="Refusals"/>
/// (<c>events/refusal-codes.tsv</c>), to the code of refusing it: "will not accept refugees" is
/// 120, "will not lift sanctions" 1244. Immutable once loaded.
/// </summary>
public sealed class IntentCodes
{
    private static readonly Lazy<IntentCodes> DefaultInstance = new(() => new IntentCodes("events/intent-codes.tsv"));
    private static readonly Lazy<IntentCodes> RefusalInstance = new(() => new IntentCodes("events/refusal-codes.tsv"));

    private readonly List<(string Act, string Intent)> _rows;

    private IntentCodes(string path) =>
        _rows = [.. DataFiles.ReadDataLines(path).Skip(1).Select(l => l.Split('\t'))
            .Select(c => (c[0], c[1])).OrderByDescending(r => r.Item1.Length)];

    public static IntentCodes Default => DefaultInstance.Value;

    public static IntentCodes Refusals => RefusalInstance.Value;

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
