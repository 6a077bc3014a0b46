namespace Parley.Tests.Events;

/// <summary>
/// Invented sentences with a date that belongs to the clause's act or only to a noun beside it: a date that dates a noun
/// ("a 2018 poisoning attack") or bounds the act ("in the wake of …") is not the event's date; one the act happened in is.
/// </summary>
public sealed class EventDatingTests
{
    private static readonly DateOnly Published = new(2019, 5, 1);

    [Theory]
    [InlineData("Britain expelled two Russian diplomats over a 2018 poisoning attack.")]
    [InlineData("Britain recalled its ambassador to Russia in the wake of the March 4, 2018 attack.")]
    [InlineData("Britain said it was prepared to veto any bid to reduce the rebate secured by Margaret Thatcher in 1984.")]
    public void A_date_of_a_noun_or_a_bound_is_not_the_events_date(string text)
    {
        var events = EventPipeline.Events(text, Published);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(("2019-05-01", false), (e.EventDate, e.DateFromText)));
    }

    [Theory]
    [InlineData("Israel seized the land from Jordan in the 1967 war.", "1967")]
    [InlineData("Germany criticized Russia during the 2014 crisis.", "2014")]
    [InlineData("Britain expelled two Russian diplomats on March 14, 2018.", "2018-03-14")]
    public void A_date_the_act_happened_in_or_on_is_its_date(string text, string date)
    {
        var events = EventPipeline.Events(text, Published);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal((date, true), (e.EventDate, e.DateFromText)));
    }
}
