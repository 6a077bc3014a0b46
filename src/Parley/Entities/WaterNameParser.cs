namespace Parley.Entities;

/// <summary>
/// Bodies of water that no file lists but whose name is built around a country's or a city's name
/// ("the Gulf of Panama", "Lake Nicaragua", "the Libyan Sea"): the whole name is a place with no
/// country, so that its country word makes no actor. Listed waters ("South China Sea") are found
/// earlier as places of <c>knowledge/cities.tsv</c>; this covers the rest by the naming pattern.
/// </summary>
internal sealed class WaterNameParser(SentenceTokens s)
{
    /// <summary>Adds the water name starting at <paramref name="i"/>, if any, and returns the token after it; -1 when none starts there.</summary>
    public int TryParse(int i, List<MentionCandidate> output)
    {
        var end = NameEnd(i);
        if (end < 0)
        {
            return -1;
        }

        var span = s.SpanOf(i, end);
        output.Add(new MentionCandidate(span, MentionType.Location, MentionForm.Name, s.Sentence.Index)
        {
            Head = span, PlaceName = span.Slice(s.Text), Gender = 'n', InQuote = s.InQuote[i],
        });
        return end;
    }

    private int NameEnd(int i)
    {
        // Every water name opens on a capital ("Gulf", "Lake", "Libyan"): most tokens are rejected without a lookup.
        if (s.Word(i) is not [var first, ..] || !char.IsUpper(first))
        {
            return -1;
        }

        if (s.Is("water-of", i) && s.Is("of", i + 1) && NamesPlace(s.MatchAt(i + 2)) is { } afterOf)
        {
            return afterOf.End; // "Gulf of Panama"
        }

        if (s.Is("water-before", i) && NamesPlace(s.MatchAt(i + 1)) is { } afterLake)
        {
            return afterLake.End; // "Lake Nicaragua"
        }

        return s.MatchAt(i) is { } country && (country.Has(EntryKind.CountryName) || country.Has(EntryKind.CountryAdjective))
            && !country.Has(EntryKind.Person) && !country.Has(EntryKind.Organization) && s.Is("water-after", country.End)
            ? country.End + 1 // "Libyan Sea"
            : -1;
    }

    private static LexiconMatch? NamesPlace(LexiconMatch? match) => match?.CountryOfPlace() is not null ? match : null;
}
