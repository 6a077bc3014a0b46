using Parley.Evaluation;

namespace Parley.Tests.Time;

public sealed class TempEvalScorerTests
{
    [Fact]
    public void RelaxedStrictAndValueAreCountedSeparately()
    {
        var gold = new[] { new ScoredTimex(0, 10, "DATE", "2019-02-27"), new ScoredTimex(20, 25, "DATE", "2019") };
        var sys = new[] { new ScoredTimex(0, 10, "DATE", "2019-02-27"), new ScoredTimex(21, 25, "DATE", "2018"), new ScoredTimex(40, 45, "DATE", "PAST_REF") };

        var s = TempEvalScorer.Score(gold, sys);

        Assert.Equal(2, s.RelaxedMatches);
        Assert.Equal(1, s.StrictMatches);
        Assert.Equal(1, s.ValueMatches);
        Assert.Equal(0.8, s.RelaxedF1, 3);
        Assert.Equal(0.4, s.ValueF1, 3);
    }

    [Fact]
    public void TimeMlTagsAreStrippedWithOffsets()
    {
        const string xml = "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>"
            + "<TEXT>It fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3> &amp; rose.</TEXT>";
        var doc = TimeMlDocument.Parse("x", xml);

        Assert.Equal("It fell yesterday & rose.", doc.Text);
        Assert.Equal(new DateOnly(1998, 1, 8), doc.CreationDate);
        var t = Assert.Single(doc.Timexes);
        Assert.Equal("yesterday", doc.Text[t.Start..t.End]);
    }
}
