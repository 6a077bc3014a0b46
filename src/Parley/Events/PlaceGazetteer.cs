using System.Globalization;
using Parley.Knowledge;

namespace Parley.Events;

/// <summary>Cities and places of <c>knowledge/cities.tsv</c> by name and alias, for event locations.</summary>
public sealed class PlaceGazetteer
{
    private static readonly Lazy<PlaceGazetteer> DefaultInstance = new(Load);

    /// <summary>Apostrophes that transliterate an ayn or a glottal stop ("Sāmarrā’" is "Samarra'" in ASCII).</summary>
    private static readonly char[] EdgeMarks = ['\'', '’', '‘'];

    private readonly Dictionary<string, EventLocation> _byName;

    private PlaceGazetteer(Dictionary<string, EventLocation> byName) => _byName = byName;

    public static PlaceGazetteer Default => DefaultInstance.Value;

    /// <summary>The place named exactly <paramref name="name"/> (case-sensitive: places are proper names).</summary>
    public EventLocation? Find(string name) => _byName.GetValueOrDefault(name);

    private static PlaceGazetteer Load()
    {
        var byName = new Dictionary<string, EventLocation>(StringComparer.Ordinal);
        foreach (var cells in DataFiles.ReadDataLines("knowledge/cities.tsv").Skip(1).Select(l => l.Split('\t')))
        {
            if (cells.Length < 5
                || !double.TryParse(cells[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(cells[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                continue;
            }

            var place = new EventLocation(cells[0], cells[2].Length > 0 ? cells[2] : null, lat, lon);
            // The first row of a name is the most populous or the curated one; later namesakes do not replace it.
            byName.TryAdd(cells[0], place);
            foreach (var alias in cells[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                byName.TryAdd(alias, place);
                // "Samarra'", "Nazran'": a transliterated glottal stop at a word's edge is not written in English news.
                byName.TryAdd(string.Join(' ', alias.Split(' ').Select(w => w.Trim(EdgeMarks))), place);
            }
        }

        return new PlaceGazetteer(byName);
    }

    /// <summary>
    /// The first known place named by an "in/at" argument of the clause ("in Hanoi", "at the White House"), or by "near" or
    /// "outside", which place an act as closely ("was killed in an ambush near Tehran", "a bomb exploded outside Kabul").
    /// </summary>
    public EventLocation? LocationOf(string text, Clauses.Clause clause)
    {
        foreach (var argument in clause.Arguments)
        {
            if (argument.Preposition is not ("in" or "at" or "near" or "outside"))
            {
                continue;
            }

            var words = argument.Span.Slice(text).Split(' ');
            for (var n = Math.Min(4, words.Length); n >= 1; n--)
            {
                var name = string.Join(' ', words.Skip(words[0] == "the" ? 1 : 0).Take(n)).TrimEnd(',', '.');
                if (name.Length > 0 && char.IsUpper(name[0]) && Find(name) is { } place)
                {
                    return place;
                }
            }
        }

        return null;
    }
}
