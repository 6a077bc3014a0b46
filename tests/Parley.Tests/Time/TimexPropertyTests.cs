using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Time;

namespace Parley.Tests.Time;

/// <summary>Whatever the input, every timex points at its own words inside the text.</summary>
public sealed class TimexPropertyTests
{
    private static readonly TimexTagger Tagger = new();

    /// <summary>Pieces that reach every matcher, glued in random order with random separators.</summary>
    private static readonly string[] Pieces =
    [
        "Feb.", "27", "-", "28", "1950", "53", "the", "last", "next", "Friday", "Friday's", "'", "s", "three", "days",
        "ago", "a", "year", "earlier", "p.m.", "3", ":", "15", "noon", "March", "May", "nineteen", "ninety", "six",
        "every", "week", "mid", "1990s", "'90s", "first", "quarter", "of", "2019", "/", "5", "and", "half", "now",
        "the future", "recently", "early", "end", "summer", "tonight", "yesterday", "EST", ",", ".", "\n", " ", "’", "20th", "century",
        "following", "previous", "that", "fiscal", "full", "ended", "period", "later", "20191950",
    ];

    [Property(MaxTest = 500)]
    public bool OffsetsPointAtTheirWordsForAnyString(string? text) => Holds(text ?? string.Empty);

    [Property(MaxTest = 1000)]
    public Property OffsetsPointAtTheirWordsForTimeLikeText()
    {
        var piece = Gen.Elements(Pieces);
        var sep = Gen.Elements(" ", "", " ", "  ", "-", "\n");
        var gen = Gen.Zip(piece, sep).Select(p => p.Item1 + p.Item2).ArrayOf().Select(parts => string.Concat(parts));
        return Prop.ForAll(gen.ToArbitrary(), Holds);
    }

    private static bool Holds(string text)
    {
        foreach (var reference in new DateOnly?[] { null, new DateOnly(2019, 2, 20) })
        {
            foreach (var t in Tagger.Tag(text, reference))
            {
                if (t.Start < 0 || t.End > text.Length || t.Start >= t.End || t.Text != text[t.Start..t.End] || string.IsNullOrEmpty(t.Value))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
