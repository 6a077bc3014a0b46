using Parley.Time;

namespace Parley.Tests.Time;

public sealed class TimexTaggerTests
{
    private static readonly TimexTagger Tagger = new();

    /// <summary>A Wednesday.</summary>
    private static readonly DateOnly Reference = new(2019, 2, 20);

    [Theory]
    [InlineData("They meet next Tuesday.", "next Tuesday", "2019-02-26")]
    [InlineData("He will visit Hanoi on Friday.", "Friday", "2019-02-22")]
    [InlineData("He is expected to arrive on Friday.", "Friday", "2019-02-22")]
    [InlineData("He visited Hanoi on Friday.", "Friday", "2019-02-15")]
    [InlineData("They met last Friday.", "last Friday", "2019-02-15")]
    [InlineData("It was signed today.", "today", "2019-02-20")]
    [InlineData("It was signed yesterday.", "yesterday", "2019-02-19")]
    [InlineData("They talk tomorrow.", "tomorrow", "2019-02-21")]
    [InlineData("It rained last summer.", "last summer", "2018-SU")]
    [InlineData("Talks resume this spring.", "this spring", "2019-SP")]
    [InlineData("Prices rose last month.", "last month", "2019-01")]
    [InlineData("Prices rose last week.", "last week", "2019-W07")]
    [InlineData("Elections are due next year.", "next year", "2020")]
    [InlineData("Exports fell in the fourth quarter.", "the fourth quarter", "2018-Q4")]
    [InlineData("It changed in the 1990s.", "the 1990s", "199")]
    [InlineData("It was signed on 5 March 2019.", "5 March 2019", "2019-03-05")]
    [InlineData("It was signed on March 5, 2019.", "March 5, 2019", "2019-03-05")]
    [InlineData("It was filed on 2019-02-27.", "2019-02-27", "2019-02-27")]
    [InlineData("The vote will be held on Sept. 5.", "Sept. 5", "2019-09-05")]
    [InlineData("The vote was held on Sept. 5.", "Sept. 5", "2018-09-05")]
    [InlineData("They met in June.", "June", "2018-06")]
    [InlineData("They will meet in June.", "June", "2019-06")]
    [InlineData("Talks resume at 3 p.m. Friday.", "3 p.m. Friday", "2019-02-15T15:00")]
    [InlineData("Prices have risen recently.", "recently", "PAST_REF")]
    [InlineData("He is now in Hanoi.", "now", "PRESENT_REF")]
    [InlineData("Talks may resume in the future.", "the future", "FUTURE_REF")]
    [InlineData("Sales rose a year ago.", "a year ago", "2018")]
    [InlineData("He arrived three days ago.", "three days ago", "2019-02-17")]
    [InlineData("Friday's meeting was calm.", "Friday", "2019-02-15")]
    [InlineData("Rates doubled in nineteen ninety-six.", "nineteen ninety-six", "1996")]
    public void DatesAreNormalizedAgainstTheReference(string text, string expression, string value)
    {
        var t = Assert.Single(Tagger.Tag(text, Reference), x => x.Text == expression);
        Assert.Equal(value, t.Value);
        Assert.True(t.Resolved);
    }

    [Theory]
    [InlineData("The talks lasted three days.", "three days", "P3D")]
    [InlineData("The trip takes two and a half days.", "two and a half days", "P2DT12H")]
    [InlineData("He waited 24 hours.", "24 hours", "PT24H")]
    [InlineData("It took a week.", "a week", "P1W")]
    [InlineData("Growth slowed over the past five years.", "the past five years", "P5Y")]
    [InlineData("It lasted a dozen years.", "a dozen years", "P12Y")]
    [InlineData("They signed a five-year deal.", "five-year", "P5Y")]
    [InlineData("It has been closed for years.", "years", "PXY")]
    public void DurationsGetPeriodValues(string text, string expression, string value)
    {
        var t = Assert.Single(Tagger.Tag(text, Reference), x => x.Text == expression);
        Assert.Equal(TimexType.Duration, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("The board meets every year.", "every year", "P1Y")]
    [InlineData("The paper appears weekly.", "weekly", "P1W")]
    [InlineData("Fees are paid each month.", "each month", "P1M")]
    public void FrequenciesAreSets(string text, string expression, string value)
    {
        var t = Assert.Single(Tagger.Tag(text, Reference), x => x.Text == expression);
        Assert.Equal(TimexType.Set, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("They met on Tuesday.", "Tuesday", "XXXX-WXX-2")]
    [InlineData("They met in June.", "June", "XXXX-06")]
    [InlineData("Prices rose last month.", "last month", "XXXX-XX")]
    [InlineData("It was signed yesterday.", "yesterday", "XXXX-XX-XX")]
    [InlineData("The vote is on Sept. 5.", "Sept. 5", "XXXX-09-05")]
    public void WithoutReferenceRelativeExpressionsAreUnresolved(string text, string expression, string value)
    {
        var t = Assert.Single(Tagger.Tag(text, null), x => x.Text == expression);
        Assert.False(t.Resolved);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void AbsoluteDatesAreResolvedWithoutReference()
    {
        var t = Assert.Single(Tagger.Tag("It was signed on March 5, 2019.", null));
        Assert.True(t.Resolved);
        Assert.Equal("2019-03-05", t.Value);
    }

    [Theory]
    [InlineData("Talks may resume soon after the vote.")]
    [InlineData("Troops march on the capital.")]
    [InlineData("Jan Egeland spoke for the council.")]
    [InlineData("The 6-year-old boy returned.")]
    [InlineData("A second summit with North Korea is planned.")]
    [InlineData("It paid $1,990 in fees and 2,000 people came.")]
    public void OrdinaryWordsAreNotTimes(string text)
    {
        Assert.Empty(Tagger.Tag(text, Reference));
    }

    [Fact]
    public void RangesCarryTheirEnd()
    {
        var t = Assert.Single(Tagger.Tag("The summit is on Feb. 27-28 in Hanoi.", Reference));
        Assert.Equal(("2019-02-27", "2019-02-28"), (t.Value, t.EndValue));
        Assert.Equal("Feb. 27-28", t.Text);
    }

    [Fact]
    public void SameWeekdayAsReferenceIsThatDay()
    {
        var t = Assert.Single(Tagger.Tag("Trump said Thursday at the White House.", new DateOnly(2019, 4, 11)));
        Assert.Equal("2019-04-11", t.Value);
    }

    [Theory]
    [InlineData("In the year 1999 Russia attacked Chechnya.", "the year")]
    [InlineData("The government said that year-end bonuses would be cut.", "that year")]
    public void A_year_named_otherwise_is_not_the_reports_year(string text, string words) =>
        Assert.DoesNotContain(Tagger.Tag(text, Reference), t => text[t.Start..t.End] == words);

    [Fact]
    public void That_year_before_the_story_named_one_is_not_resolved() =>
        Assert.False(Tagger.Tag("That year Russia invaded Georgia.", Reference).Single(t => t.Value.Length > 0).Resolved);

    [Theory]
    [InlineData("The rocks formed 20191950 weeks ago.", "P20191950W")]
    [InlineData("It had happened 200000 months earlier.", "P200000M")]
    public void A_shift_past_the_calendar_is_only_a_duration(string text, string value) =>
        Assert.Equal(value, Assert.Single(Tagger.Tag(text, Reference)).Value);

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void A_reference_date_at_the_calendar_edge_leaves_relative_dates_unresolved(int year, int month, int day)
    {
        var found = Tagger.Tag("They won on Tuesday night, lost yesterday, and play next week, next month and next quarter.", new DateOnly(year, month, day));

        Assert.Equal(5, found.Count);
        Assert.All(found, t => Assert.False(t.Resolved, t.Text));
    }
}
