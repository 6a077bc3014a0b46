using Parley.Text;

namespace Parley.Events;

/// <summary>
/// Gives an event the date its document gave the same happening elsewhere, where its own clause
/// names none. Two cases, both read in text order: the same kind of act between the same two
/// countries at the same place ("met for a first summit in Singapore in June" … "When Trump and
/// Kim met in Singapore") is one happening and shares its date; and "then" points back to the
/// time of the last dated event of an earlier sentence ("Kim pledged then to work toward …").
/// </summary>
internal static class EventDateCarrier
{
    /// <summary>Words before "then" that make it a bound or a sequence rather than a pointer back ("since then", "until then").</summary>
    private static readonly HashSet<string> NotAPointer = new(StringComparer.OrdinalIgnoreCase) { "since", "until", "till", "by", "from", "and", "but", "back", "even", "if" };

    public static void Carry(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<CodedEvent> events)
    {
        var order = Enumerable.Range(0, events.Count).OrderBy(i => events[i].CharStart).ToList();
        CodedEvent? lastDated = null;
        foreach (var i in order)
        {
            var e = events[i];
            if (!e.DateFromText)
            {
                var source = SameHappening(events, order, e) ?? (PointsBack(text, tokens, sentences.First(s => s.Index == e.SentenceIndex), e) && lastDated is { } before && before.SentenceIndex < e.SentenceIndex ? before : null);
                if (source is not null)
                {
                    events[i] = e = WithDate(e, source);
                }
            }

            if (e.DateFromText)
            {
                lastDated = e;
            }
        }
    }

    private static CodedEvent? SameHappening(List<CodedEvent> events, List<int> order, CodedEvent e)
    {
        if (e.Location is null || e.Target is null)
        {
            return null;
        }

        foreach (var j in order)
        {
            var other = events[j];
            if (other.CharStart >= e.CharStart)
            {
                break;
            }

            if (other.DateFromText && other.CameoRoot == e.CameoRoot && other.Location?.Name == e.Location.Name && other.Target is not null
                && SamePair(other.Source.Country, other.Target.Country, e.Source.Country, e.Target.Country))
            {
                return other;
            }
        }

        return null;
    }

    private static bool SamePair(string? a, string? b, string? c, string? d) =>
        a is not null && b is not null && (a == c && b == d || a == d && b == c);

    /// <summary>True when the event's sentence, up to the event, says "then" as a pointer to an earlier time.</summary>
    private static bool PointsBack(string text, IReadOnlyList<Token> tokens, Sentence sentence, CodedEvent e)
    {
        var previous = ReadOnlySpan<char>.Empty;
        for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount && tokens[t].Start < e.CharEnd; t++)
        {
            var word = tokens[t].In(text);
            if (word.Equals("then", StringComparison.OrdinalIgnoreCase) && !NotAPointer.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous))
            {
                return true;
            }

            previous = word;
        }

        return false;
    }

    private static CodedEvent WithDate(CodedEvent e, CodedEvent source) =>
        e with
        {
            EventDate = source.EventDate,
            DatePrecision = source.DatePrecision,
            DateFromText = true,
            ClusterId = EventIds.Cluster(e.DocId, e.CameoRoot, e.Source, e.Target, source.EventDate),
        };
}
