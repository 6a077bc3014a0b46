using Parley.Clauses;
using Parley.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Events;

/// <summary>
/// Dates for an event its own clause leaves undated, read from a noun that names a happening
/// (happening-nouns.tsv). "Said after his Moscow visit that …": the event lies between the
/// happening, dated earlier in the document, and publication, so where both fall in one month
/// (or year) that is its date. "Is to arrive …" followed in the next sentence by "her planned
/// March 3 arrival": the verb's happening is named again by its noun, with the date.
/// </summary>
internal sealed class HappeningDates(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<Clause> clauses, IReadOnlyList<Timex> timexes)
{
    /// <summary>"after his North Korea visit", "following the Paris talks": a determiner and a short name come before the noun.</summary>
    private const int MaxWordsToNoun = 5;

    private static readonly Lazy<(Dictionary<string, string> RootOfNoun, ILookup<string, string> NounsOfVerb)> Nouns = new(() =>
    {
        var table = Knowledge.TsvTable.Read("events/happening-nouns.tsv");
        var roots = table.Rows.DistinctBy(r => table.Cell(r, "noun")).ToDictionary(r => table.Cell(r, "noun"), r => table.Cell(r, "root"), StringComparer.OrdinalIgnoreCase);
        var nouns = table.Rows.Where(r => table.Cell(r, "verb") != "-").ToLookup(r => table.Cell(r, "verb"), r => table.Cell(r, "noun"), StringComparer.Ordinal);
        return (roots, nouns);
    });

    /// <summary>"his previous arrival", "another visit": a noun so qualified names another happening than the verb's.</summary>
    private static readonly Lazy<HashSet<string>> OtherHappening = new(() => EventDateCarrier.Words.Value.Of(StringComparer.OrdinalIgnoreCase, "earlier", "repeat"));

    private static readonly HashSet<string> AfterWords = new(StringComparer.OrdinalIgnoreCase) { "after", "following" };

    /// <summary>
    /// The date shared by publication and the happening the event's sentence places it after ("said after his visit"),
    /// taken from the latest dated event of that happening's kind its source took part in; null when none or when
    /// the two fall in different years.
    /// </summary>
    public (string Date, string Precision)? AfterHappening(CodedEvent e, IReadOnlyList<CodedEvent> datedBefore)
    {
        if (e.DateFromText || e.DatePrecision != "day" || RootAfter(e) is not { } root)
        {
            return null;
        }

        for (var i = datedBefore.Count - 1; i >= 0; i--)
        {
            var bound = datedBefore[i];
            if (bound.SentenceIndex < e.SentenceIndex && bound.CameoRoot == root && e.Source.Country is { } country
                && (bound.Source.Country == country || bound.Target?.Country == country))
            {
                return Common(bound.EventDate, e.EventDate);
            }
        }

        return null;
    }

    /// <summary>
    /// The date written on the noun that names an undated event's happening again in the next sentence ("to arrive …"
    /// / "in time for his planned Feb. 25 arrival"): a date just before the noun, or "on" a date just after it.
    /// </summary>
    public (string Date, string Precision)? NamedAgain(CodedEvent e)
    {
        if (e.DateFromText || e.SentenceIndex + 1 >= sentences.Count || NextSentence(e) is not { } next)
        {
            return null;
        }

        // Most events' verbs name no happening by a noun: those are passed over before any set is built.
        if (!HappeningVerbs(e).Any(Nouns.Value.NounsOfVerb.Contains))
        {
            return null;
        }

        var nouns = HappeningVerbs(e).SelectMany(v => Nouns.Value.NounsOfVerb[v]).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var lookup = nouns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = next.FirstToken; t < next.FirstToken + next.TokenCount; t++)
        {
            if (lookup.Contains(tokens[t].In(text)) && !NamesAnother(t, next) && DateOn(t, next) is { } timex && Precision(timex) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The root of the happening noun after "after"/"following" in the event's sentence up to the event's end.</summary>
    private string? RootAfter(CodedEvent e)
    {
        var sentence = sentences.At(e.SentenceIndex);
        var after = AfterWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var roots = Nouns.Value.RootOfNoun.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var t = sentence.FirstToken; t < end && tokens[t].Start < e.CharEnd; t++)
        {
            if (!after.Contains(tokens[t].In(text)))
            {
                continue;
            }

            for (var n = t + 1; n < end && n <= t + MaxWordsToNoun && tokens[n].Kind is TokenKind.Word or TokenKind.Abbreviation; n++)
            {
                if (roots.TryGetValue(tokens[n].In(text), out var root))
                {
                    return root;
                }
            }
        }

        return null;
    }

    /// <summary>The verbs of the clauses whose verb lies in the event's span.</summary>
    private IEnumerable<string> HappeningVerbs(CodedEvent e)
    {
        var first = SortedLayer.FirstAt(clauses, e.SentenceIndex, c => c.Sentence);
        for (var c = first; c < clauses.Count && clauses[c].Sentence == e.SentenceIndex; c++)
        {
            if (clauses[c].VerbToken.Start >= e.CharStart && clauses[c].VerbToken.End <= e.CharEnd)
            {
                yield return clauses[c].Verb;
            }
        }
    }

    private Sentence? NextSentence(CodedEvent e) =>
        sentences.At(e.SentenceIndex + 1) is { Kind: not SentenceKind.Dateline } next ? next : null;

    private bool NamesAnother(int noun, Sentence sentence)
    {
        var other = OtherHappening.Value.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = noun - 1; t >= sentence.FirstToken && t >= noun - MaxWordsToNoun; t--)
        {
            if (other.Contains(tokens[t].In(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date timex right before the noun at <paramref name="noun"/> ("Feb. 25 arrival") or after "on" right after it ("arrival on Feb. 25").</summary>
    private Timex? DateOn(int noun, Sentence sentence)
    {
        var start = tokens[noun].Start;
        var afterOn = noun + 2 < sentence.FirstToken + sentence.TokenCount && tokens[noun + 1].In(text).Equals("on", StringComparison.OrdinalIgnoreCase)
            ? tokens[noun + 2].Start
            : -1;
        for (var i = SortedLayer.FirstAt(timexes, sentence.Span.Start, t => t.Start); i < timexes.Count; i++)
        {
            var timex = timexes[i];
            if (timex.Start > Math.Max(start, afterOn))
            {
                break;
            }

            if (timex.Type == TimexType.Date && timex.Resolved && (timex.Start == afterOn || timex.End <= start && text.AsSpan(timex.End, start - timex.End).IsWhiteSpace()))
            {
                return timex;
            }
        }

        return null;
    }

    private static (string, string)? Precision(Timex timex) => timex.Precision switch
    {
        TimexPrecision.Day when timex.Value.Length >= 10 => (timex.Value[..10], "day"),
        TimexPrecision.Month when timex.Value.Length >= 7 => (timex.Value[..7], "month"),
        _ => null,
    };

    /// <summary>The longest calendar period (day, month, year) that holds both the happening's date and publication.</summary>
    private static (string, string)? Common(string bound, string published)
    {
        if (string.CompareOrdinal(bound, published) > 0)
        {
            return null;
        }

        return bound.Length >= 10 && published.StartsWith(bound[..10], StringComparison.Ordinal) ? (bound[..10], "day")
            : bound.Length >= 7 && published.StartsWith(bound[..7], StringComparison.Ordinal) ? (bound[..7], "month")
            : bound.Length >= 4 && published.StartsWith(bound[..4], StringComparison.Ordinal) ? (bound[..4], "year")
            : null;
    }
}
