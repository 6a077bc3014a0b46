using Parley.Model;
using Parley.Time;

namespace Parley.Events;

/// <summary>
/// The date of an event: the first resolved calendar date written in its own clause, else in a
/// clause it is embedded in, else one of its sentence that belongs to no clause ("In September,
/// Kim …"); else the publication date marked as not from the text. A date that only bounds the
/// event ("after their Feb. 27-28 summit", "since 2017", "in the wake of the September 11, 2001 attacks") is not its date,
/// nor is one that dates a noun ("dropped its inquiry into a 2010 allegation") unless the event happened within what that
/// noun names ("seized the land in the 1967 war").
/// </summary>
internal static class EventDating
{
    private static readonly HashSet<string> BoundingWords = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "since", "until", "till", "ahead", "following", "by", "from", "wake" };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "their", "his", "her", "its", "a", "an", "our", "of" };

    /// <summary>Words before "the" that put the event inside the happening a dated noun names ("in the 1967 war").</summary>
    private static readonly HashSet<string> Within = new(StringComparer.OrdinalIgnoreCase) { "in", "during", "at" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BoundingLookup = BoundingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WithinLookup = Within.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many words before the date are read for a bounding word: it and up to three determiners or "of" ("wake of the").</summary>
    private const int MaxWordsToBound = 4;

    public static (string Date, string Precision, bool FromText) Date(string text, IReadOnlyList<Timex> timexes, IReadOnlyList<Span> scopes, Span sentence, IReadOnlyList<Span> clauses, DateOnly? published)
    {
        Timex? found = null;
        foreach (var scope in scopes)
        {
            if ((found = First(text, timexes, scope, null)) is not null)
            {
                break;
            }
        }

        found ??= First(text, timexes, sentence, clauses);
        if (found is { } timex && Precision(timex.Precision) is { } precision)
        {
            var length = precision switch { "day" => 10, "month" => 7, _ => 4 };
            return (timex.Value[..Math.Min(length, timex.Value.Length)], precision, true);
        }

        return published is { } date
            ? (date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "day", false)
            : ("", "unresolved", false);
    }

    private static Timex? First(string text, IReadOnlyList<Timex> timexes, Span span, IReadOnlyList<Span>? excluded)
    {
        foreach (var timex in timexes)
        {
            if (timex.Start >= span.End)
            {
                break;
            }

            if (timex.Start >= span.Start && timex.End <= span.End && timex.Resolved
                && timex.Type is TimexType.Date or TimexType.Time && timex.Value.Length >= 4 && char.IsDigit(timex.Value[0])
                && !IsBound(text, timex.Start) && !DatesNoun(text, timex) && (excluded is null || !excluded.Any(c => c.Start <= timex.Start && timex.End <= c.End)))
            {
                return timex;
            }
        }

        return null;
    }

    /// <summary>True when the words before the date ("after their", "since") make it a bound, not the event's time.</summary>
    private static bool IsBound(string text, int start)
    {
        var end = start;
        for (var words = 0; words < MaxWordsToBound; words++)
        {
            var word = WordBefore(text, ref end);
            if (word.IsEmpty)
            {
                return false;
            }

            if (BoundingLookup.Contains(word))
            {
                return true;
            }

            if (!DeterminerLookup.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the date sits between a determiner and a lower-case word ("a 2010 allegation", "the September 11, 2001
    /// attacks"): it dates that noun, not the clause's act, unless "in"/"during"/"at" put the act inside it.
    /// </summary>
    private static bool DatesNoun(string text, Timex timex)
    {
        var after = timex.End;
        if (after >= text.Length || text[after] != ' ' || after + 1 >= text.Length || !char.IsLower(text[after + 1]))
        {
            return false;
        }

        var end = timex.Start;
        var determiner = WordBefore(text, ref end);
        if (determiner.IsEmpty || !DeterminerLookup.Contains(determiner) || determiner.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = WordBefore(text, ref end);
        return before.IsEmpty || !WithinLookup.Contains(before);
    }

    /// <summary>The word that ends at or before <paramref name="end"/> (skipping spaces); moves <paramref name="end"/> to its start. Empty at a non-letter.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, ref int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        var word = text.AsSpan(begin, end - begin);
        end = begin;
        return word;
    }

    private static string? Precision(TimexPrecision precision) => precision switch
    {
        TimexPrecision.Day or TimexPrecision.PartOfDay or TimexPrecision.Minute => "day",
        TimexPrecision.Month => "month",
        TimexPrecision.Year or TimexPrecision.Half or TimexPrecision.Season or TimexPrecision.Quarter => "year",
        _ => null,
    };
}
