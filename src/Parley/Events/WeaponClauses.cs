using Parley.Clauses;
using Parley.Knowledge;
using Parley.Model;
using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Fighting coded by its weapons ("Turkish artillery pounded …" 194, "a US drone strike killed …" 1952, "aircraft using
/// precision guided missiles" 1951): the heaviest weapon a clause of conventional force names (<c>events/weapon-nouns.tsv</c>)
/// gives its code when that is more specific than the verb's. Immutable once loaded.
/// </summary>
internal sealed class WeaponClauses
{
    private static readonly Lazy<WeaponClauses> DefaultInstance = new(() => new WeaponClauses("events/weapon-nouns.tsv"));

    /// <summary>
    /// The codes a weapon may refine: unspecified force (190) and the weapon codes themselves. A blockade (191), an occupation (192)
    /// or a ceasefire violation (196) is what it is whatever arms it takes.
    /// </summary>
    private static readonly HashSet<string> Refinable = new(["190", "193", "194", "195", "1951"], StringComparer.Ordinal);

    /// <summary>The weapon nouns by their first word, each list longest first ("mortar shells" before "mortar").</summary>
    private readonly Dictionary<string, (string[] Words, string Code)[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    private WeaponClauses(string path)
    {
        var table = TsvTable.Read(path);
        _byFirstWord = table.Rows
            .Select(r => (Words: table.Cell(r, "noun").Split(' '), Code: table.Cell(r, "code")))
            .GroupBy(n => n.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WeaponClauses Default => DefaultInstance.Value;

    /// <summary>The code of the heaviest weapon named in <paramref name="span"/> when it refines <paramref name="code"/>; else <paramref name="code"/>.</summary>
    public CameoCode Recode(string text, IReadOnlyList<Token> tokens, Span span, CameoCode code, CameoCodebook codebook)
    {
        if (!Refinable.Contains(code.Code))
        {
            return code;
        }

        var heaviest = code.Code;
        for (var i = SortedLayer.FirstAt(tokens, span.Start, t => t.Span.Start); i < tokens.Count && tokens[i].Span.End <= span.End; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !_byFirstWord.TryGetValue(text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length), out var nouns))
            {
                continue;
            }

            foreach (var (noun, weapon) in nouns)
            {
                if (Matches(text, tokens, i, span.End, noun))
                {
                    // Codes rise with the weapon's weight in ordinal order (190 < 193 < 194 < 195 < 1951 < 1952).
                    heaviest = string.CompareOrdinal(weapon, heaviest) > 0 ? weapon : heaviest;
                    i += noun.Length - 1;
                    break;
                }
            }
        }

        return heaviest != code.Code && codebook.Find(heaviest) is { } found ? found : code;
    }

    /// <summary>Whether the words after token <paramref name="at"/> (whose first word matched) continue <paramref name="noun"/>.</summary>
    private static bool Matches(string text, IReadOnlyList<Token> tokens, int at, int end, string[] noun)
    {
        for (var k = 1; k < noun.Length; k++)
        {
            if (at + k >= tokens.Count || tokens[at + k].Span.End > end
                || !text.AsSpan(tokens[at + k].Span.Start, tokens[at + k].Span.Length).Equals(noun[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
