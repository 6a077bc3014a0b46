using Parley.Knowledge;
using Parley.Model;

namespace Parley.Events;

/// <summary>
/// "A roadside bombing near Samarra killed one U.S. soldier", "were killed by an improvised explosive device": a bomb as
/// the agent of a verb of force says what kind of attack it was (<c>events/bombing-nouns.tsv</c>), and, since such reports
/// rarely say who placed it, the place of the attack stands for the source (CAMEO codebook 1.1b3, note to 1833). Immutable once loaded.
/// </summary>
public sealed class BombingAgents
{
    /// <summary>Place names in news run to three words ("Dera Ismail Khan").</summary>
    private const int MaxPlaceWords = 3;

    private static readonly Lazy<BombingAgents> DefaultInstance = new(() => new BombingAgents("events/bombing-nouns.tsv"));

    /// <summary>The nouns as word sequences, longest first, so that "roadside bomb" wins over "bomb".</summary>
    private readonly (string[] Words, string Code)[] _nouns;

    private BombingAgents(string path)
    {
        var table = TsvTable.Read(path);
        _nouns = [.. table.Rows
            .Select(r => (Words: table.Cell(r, "noun").ToLowerInvariant().Split(' '), Code: table.Cell(r, "code")))
            .OrderByDescending(n => n.Words.Length)];
    }

    public static BombingAgents Default => DefaultInstance.Value;

    /// <summary>The CAMEO code of the bombing <paramref name="phrase"/> names, or null when it names none.</summary>
    public string? CodeOf(string phrase)
    {
        var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var (noun, code) in _nouns)
        {
            for (var i = 0; i + noun.Length <= words.Length; i++)
            {
                if (words.AsSpan(i, noun.Length).SequenceEqual(noun))
                {
                    return code;
                }
            }
        }

        return null;
    }

    /// <summary>The first known place named in <paramref name="span"/> ("near the town of Samarra", "outside the city of Basra").</summary>
    public static EventLocation? PlaceIn(string text, Span span, PlaceGazetteer places)
    {
        var words = span.Slice(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            for (var n = Math.Min(MaxPlaceWords, words.Length - i); n >= 1; n--)
            {
                var name = string.Join(' ', words, i, n).TrimEnd(',', '.');
                if (name.Length > 0 && char.IsUpper(name[0]) && places.Find(name) is { } place)
                {
                    return place;
                }
            }
        }

        return null;
    }
}
