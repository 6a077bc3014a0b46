using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Gives an event the date its document gave the same happening elsewhere, where its own clause
/// names none. Two cases, both read in text order: the same kind of act between the same two
/// countries at the same place ("met for a first summit in Singapore in June" … "When Trump and
/// Kim met in Singapore") is one happening and shares its date; and "then" points back to the
/// time of the last dated event of an earlier sentence ("Kim pledged then to work toward …").
/// Else a happening named by a noun may date it (<see cref="HappeningDates"/>).
/// </summary>
internal static class EventDateCarrier
{
    /// <summary>The cue words of <c>events/date-carry-words.tsv</c>, also read by <see cref="HappeningDates"/>.</summary>
    public static readonly Lazy<Knowledge.WordKinds> Words = new(() => Knowledge.WordKinds.Read("events/date-carry-words.tsv"));

    private static readonly Lazy<HashSet<string>> RepeatWords = new(() => Words.Value.Of(StringComparer.OrdinalIgnoreCase, "repeat"));

    private static readonly Lazy<HashSet<string>> BeforeThen = new(() => Words.Value.Of(StringComparer.OrdinalIgnoreCase, "before-then"));

    public static void Carry(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, HappeningDates named, List<CodedEvent> events)
    {
        var dated = new List<CodedEvent>();
        // The first dated mention of each happening (kind, place, the pair of countries either way round), in text order.
        var happenings = new Dictionary<(string Root, string Place, string A, string B), CodedEvent>();
        CodedEvent? lastDated = null;
        foreach (var i in Enumerable.Range(0, events.Count).OrderBy(i => events[i].CharStart))
        {
            var e = events[i];
            if (!e.DateFromText)
            {
                var source = (HappeningKey(e) is { } key ? happenings.GetValueOrDefault(key) : null)
                    ?? (lastDated is { } before && before.SentenceIndex < e.SentenceIndex && PointsBack(text, tokens, sentences.At(e.SentenceIndex), e) ? before : null);
                if (source is not null && !TellsOfAnother(text, tokens, sentences.At(e.SentenceIndex), e))
                {
                    events[i] = e = WithDate(e, source.EventDate, source.DatePrecision);
                }
                else if ((named.AfterHappening(e, dated) ?? named.NamedAgain(e)) is { } found)
                {
                    events[i] = e = WithDate(e, found.Date, found.Precision);
                }
            }

            if (e.DateFromText)
            {
                lastDated = e;
                dated.Add(e);
                if (HappeningKey(e) is { } key)
                {
                    happenings.TryAdd(key, e);
                }
            }
        }
    }

    private static (string Root, string Place, string A, string B)? HappeningKey(CodedEvent e) =>
        e is { Location: { } place, Target.Country: { } target, Source.Country: { } source }
            ? (e.CameoRoot, place.Name, string.CompareOrdinal(source, target) <= 0 ? source : target, string.CompareOrdinal(source, target) <= 0 ? target : source)
            : null;

    /// <summary>"met again in Minsk", "a second summit", "later": the sentence tells of another happening, whose date is its own.</summary>
    private static bool TellsOfAnother(string text, IReadOnlyList<Token> tokens, Sentence sentence, CodedEvent e)
    {
        var repeat = RepeatWords.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount && tokens[t].Start < e.CharEnd; t++)
        {
            if (repeat.Contains(tokens[t].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the event's sentence, up to the event, says "then" right after a verb ("pledged then", "was then"): a
    /// pointer to an earlier time. Before a verb or opening the sentence ("The EU then criticized", "Then Iran met")
    /// it means "afterwards".
    /// </summary>
    private static bool PointsBack(string text, IReadOnlyList<Token> tokens, Sentence sentence, CodedEvent e)
    {
        var previous = ReadOnlySpan<char>.Empty;
        var beforeThen = BeforeThen.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount && tokens[t].Start < e.CharEnd; t++)
        {
            var word = tokens[t].In(text);
            if (word.Equals("then", StringComparison.OrdinalIgnoreCase) && (previous.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || beforeThen.Contains(previous)))
            {
                return true;
            }

            previous = word;
        }

        return false;
    }

    private static CodedEvent WithDate(CodedEvent e, string date, string precision) =>
        e with
        {
            EventDate = date,
            DatePrecision = precision,
            DateFromText = true,
            ClusterId = EventIds.Cluster(e.DocId, e.CameoRoot, e.Source, e.Target, date),
        };
}
