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

    /// <summary>Places of one name in several countries ("Tripoli": Libya's and Lebanon's), in the order the file lists them.</summary>
    private readonly Dictionary<string, List<EventLocation>> _namesakes;

    /// <summary>The countries a document names, whose namesake of a place it means; null for none.</summary>
    private readonly IReadOnlySet<string>? _storyCountries;

    private PlaceGazetteer(Dictionary<string, EventLocation> byName, Dictionary<string, List<EventLocation>> namesakes, IReadOnlySet<string>? storyCountries)
    {
        _byName = byName;
        _namesakes = namesakes;
        _storyCountries = storyCountries;
    }

    public static PlaceGazetteer Default => DefaultInstance.Value;

    /// <summary>
    /// The gazetteer for a document that names <paramref name="storyCountries"/>: of namesakes in several countries, the one in a
    /// country the document names is meant ("shells crashed into the north Lebanese port" makes "Tripoli" Lebanon's).
    /// </summary>
    public PlaceGazetteer ForStory(IReadOnlySet<string> storyCountries) => new(_byName, _namesakes, storyCountries);

    /// <summary>The place named exactly <paramref name="name"/> (case-sensitive: places are proper names).</summary>
    public EventLocation? Find(string name)
    {
        var place = _byName.GetValueOrDefault(name);
        if (place is { Country: { } country } && _storyCountries is { } named && !named.Contains(country)
            && _namesakes.TryGetValue(name, out var namesakes))
        {
            return namesakes.Find(n => n.Country is { } other && named.Contains(other)) ?? place;
        }

        return place;
    }

    private static PlaceGazetteer Load()
    {
        var byName = new Dictionary<string, EventLocation>(StringComparer.Ordinal);
        var namesakes = new Dictionary<string, List<EventLocation>>(StringComparer.Ordinal);
        var populations = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var cells in DataFiles.ReadDataLines("knowledge/cities.tsv").Skip(1).Select(l => l.Split('\t')))
        {
            if (cells.Length < 5
                || !double.TryParse(cells[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(cells[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                continue;
            }

            var place = new EventLocation(cells[0], cells[2].Length > 0 ? cells[2] : null, lat, lon);
            // Of namesakes the more populous is meant ("Colombo": Sri Lanka's, not Brazil's); on a tie the first row, the curated one.
            var population = cells.Length > 5 && long.TryParse(cells[5], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
            if (byName.TryGetValue(cells[0], out var other) && other.Country != place.Country)
            {
                (namesakes.TryGetValue(cells[0], out var list) ? list : namesakes[cells[0]] = [other]).Add(place);
            }

            if (!populations.TryGetValue(cells[0], out var known) || population > known)
            {
                byName[cells[0]] = place;
                populations[cells[0]] = population;
            }

            foreach (var alias in cells[1].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                byName.TryAdd(alias, place);
                // "Samarra'", "Nazran'": a transliterated glottal stop at a word's edge is not written in English news.
                byName.TryAdd(string.Join(' ', alias.Split(' ').Select(w => w.Trim(EdgeMarks))), place);
            }
        }

        return new PlaceGazetteer(byName, namesakes, null);
    }

    /// <summary>
    /// The first known place named by an "in/at" argument of the clause ("in Hanoi", "at the White House"), or by "near" or
    /// "outside", which place an act as closely ("was killed in an ambush near Tehran", "a bomb exploded outside Kabul"), or by
    /// "through" or "across", where a march, a convoy or a blockade goes ("marched through Bonn", "blocked highways across Ecuador"),
    /// or by "of" after a point of the compass ("on the road east of Sanaa", "20 km north of Baghdad").
    /// </summary>
    public EventLocation? LocationOf(string text, Clauses.Clause clause)
    {
        foreach (var argument in clause.Arguments)
        {
            if (argument.Preposition is not ("in" or "at" or "near" or "outside" or "through" or "across"))
            {
                // Only "of" after a point of the compass places an act in such a phrase; most have none and are not split.
                var of = argument.Preposition == "of" && AfterCompassPoint(text, argument.Span.Start);
                if ((of || text.AsSpan(argument.Span.Start, argument.Span.Length).Contains(" of ", StringComparison.Ordinal))
                    && (of ? NameAt(argument.Span.Slice(text).Split(' '), 0) : CompassPlace(argument.Span.Slice(text).Split(' '))) is { } near)
                {
                    return near;
                }

                continue;
            }

            var words = argument.Span.Slice(text).Split(' ');
            var first = words[0] == "the" ? 1 : 0;
            if ((NameAt(words, first) ?? NameAt(words, AfterSettlementNoun(words, first)) ?? RegionAfter(text, argument.Span, words, first)) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>The kind of <c>entities/cues.tsv</c> that lists the points of the compass.</summary>
    private const string CompassPoint = "compass-point";

    /// <summary>Whether the phrase at <paramref name="start"/> follows a point of the compass and its "of".</summary>
    private static bool AfterCompassPoint(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (!before.EndsWith("of", StringComparison.Ordinal))
        {
            return false;
        }

        before = before[..^2].TrimEnd();
        var space = before.LastIndexOf(' ');
        return Entities.CueWords.Default.Is(CompassPoint, space < 0 ? before : before[(space + 1)..]);
    }

    /// <summary>The most words of an unknown place's name, or of its region's after the comma ("in Tarnak, Kandahar").</summary>
    private const int MaxUnknownNameWords = 2;

    /// <summary>
    /// The known place named after a comma right behind a phrase that is an unknown capitalized name ("rallied in Tarnak, Kandahar,
    /// to protest"): the region it is in; null when there is none.
    /// </summary>
    private EventLocation? RegionAfter(string text, Model.Span phrase, string[] words, int first)
    {
        if (words.Length - first is < 1 or > MaxUnknownNameWords || !words.Skip(first).All(w => w.Length > 1 && char.IsUpper(w[0])))
        {
            return null;
        }

        var rest = text.AsSpan(phrase.End).TrimStart(' ');
        if (!rest.StartsWith(", ", StringComparison.Ordinal))
        {
            return null;
        }

        // The region stands alone up to the next comma or stop: "in Garamba, Kampala said" names the speaker, not the region.
        rest = rest[2..];
        var end = rest.IndexOfAny(',', '.', ';');
        var region = rest[..(end < 0 ? rest.Length : end)].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return end > 0 && region.Length <= MaxUnknownNameWords && region.All(w => char.IsUpper(w[0])) ? NameAt(region, 0) : null;
    }

    /// <summary>The known place after a point of the compass and "of" inside a phrase ("on the road east of Sanaa"); null for none.</summary>
    private EventLocation? CompassPlace(string[] words)
    {
        for (var j = 0; j + 2 < words.Length; j++)
        {
            if (words[j + 1] == "of" && Entities.CueWords.Default.Is(CompassPoint, words[j]) && NameAt(words, j + 2) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>Lower-case words ("southern", "regional") a settlement noun may follow in "the southern town of Yei".</summary>
    private const int MaxSettlementModifiers = 3;

    private static readonly Lazy<HashSet<string>> SettlementNouns =
        new(() => DataFiles.ReadDataLines("events/settlement-nouns.txt").Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal));

    /// <summary>The first known place of up to four words starting at word <paramref name="at"/>.</summary>
    private EventLocation? NameAt(string[] words, int at)
    {
        for (var n = Math.Min(4, words.Length - at); n >= 1; n--)
        {
            var name = string.Join(' ', words.Skip(at).Take(n)).TrimEnd(',', '.');
            if (name.Length > 0 && char.IsUpper(name[0]) && Find(name) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>
    /// The word after "[modifiers] town of" or "[modifiers] capital" from <paramref name="first"/> ("the southern town of Yei", "the
    /// regional capital Juba", "the outskirts of Grozny", "the southern Peruvian city of Arequipa"), or the length of
    /// <paramref name="words"/> when no settlement noun leads in. Of the capitalised modifiers only a country's adjective is one.
    /// </summary>
    private static int AfterSettlementNoun(string[] words, int first)
    {
        for (var i = first; i < words.Length && i <= first + MaxSettlementModifiers; i++)
        {
            if (words[i].Length == 0 || !char.IsLower(words[i][0]) && !Clauses.ClauseLexicon.Default.IsCountryAdjective(words[i].ToLowerInvariant()))
            {
                break;
            }

            if (SettlementNouns.Value.Contains(words[i]))
            {
                return i + 1 < words.Length && words[i + 1] == "of" ? i + 2 : i + 1;
            }
        }

        return words.Length;
    }
}
