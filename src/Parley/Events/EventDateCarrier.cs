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
    private static readonly Lazy<ILookup<string, string>> Words = new(() =>
    {
        var table = Knowledge.TsvTable.Read("events/date-carry-words.tsv");
        return table.Rows.ToLookup(r => table.Cell(r, "kind"), r => table.Cell(r, "word"), StringComparer.Ordinal);
    });

    private static readonly Lazy<HashSet<string>> RepeatWords = new(() => new(Words.Value["repeat"], StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<HashSet<string>> BeforeThen = new(() => new(Words.Value["before-then"], StringComparer.OrdinalIgnoreCase));

    public static void Carry(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, List<CodedEvent> events)
    {
        var order = Enumerable.Range(0, events.Count).OrderBy(i => events[i].CharStart).ToList();
        CodedEvent? lastDated = null;
        foreach (var i in order)
        {
            var e = events[i];
            if (!e.DateFromText && !TellsOfAnother(text, tokens, SentenceOf(sentences, e), e))
            {
                var source = SameHappening(events, order, e) ?? (PointsBack(text, tokens, SentenceOf(sentences, e), e) && lastDated is { } before && before.SentenceIndex < e.SentenceIndex ? before : null);
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

    private static Sentence SentenceOf(IReadOnlyList<Sentence> sentences, CodedEvent e) =>
        e.SentenceIndex < sentences.Count && sentences[e.SentenceIndex].Index == e.SentenceIndex ? sentences[e.SentenceIndex] : sentences.First(s => s.Index == e.SentenceIndex);

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

    private static CodedEvent WithDate(CodedEvent e, CodedEvent source) =>
        e with
        {
            EventDate = source.EventDate,
            DatePrecision = source.DatePrecision,
            DateFromText = true,
            ClusterId = EventIds.Cluster(e.DocId, e.CameoRoot, e.Source, e.Target, source.EventDate),
        };
}
