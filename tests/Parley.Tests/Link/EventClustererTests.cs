using System.Text.Json;
using Parley.Link;
using Parley.Model;
using Parley.Store;

namespace Parley.Tests.Link;

public sealed class EventClustererTests
{
    private static PreparedDocument Document(string id, params (string Id, string Cameo, string Source, string Target, string Date, string? Place)[] events)
    {
        var json = events.Select(e => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = e.Id,
            ["cameo"] = e.Cameo,
            ["source"] = new Dictionary<string, string> { ["code"] = e.Source },
            ["target"] = new Dictionary<string, string> { ["code"] = e.Target },
            ["event_date"] = e.Date,
            ["location"] = e.Place is null ? null : new Dictionary<string, string> { ["name"] = e.Place },
            ["cluster_id"] = "local-" + e.Id,
        })).ToArray();
        var layer = "[" + string.Join(',', json) + "]";
        return new PreparedDocument(new Document { Id = id, Metadata = new DocumentMetadata(), Text = "x" }, [("events", layer)], null)
        {
            Events = EventRow.FromLayer(layer),
        };
    }

    [Fact]
    public void Reports_of_one_summit_in_two_articles_share_a_cluster_and_other_events_do_not()
    {
        var clusterer = new EventClusterer();
        var first = clusterer.Assign(Document("d1",
            ("e1", "036", "USAGOV", "PRKGOV", "2019-02-27", "Hanoi"),
            ("e2", "1244", "USAGOV", "PRKGOV", "2019-02-20", null)));
        var second = clusterer.Assign(Document("d2",
            ("e3", "040", "PRK", "USA", "2019-02-28", "Hanoi"),
            ("e4", "040", "USAGOV", "PRKGOV", "2018-06-12", "Singapore"),
            ("e5", "043", "USAGOV", "PRKGOV", "2019-02-27", "Singapore")));

        Assert.Equal(["local-e1", "local-e2"], first.Events.Select(e => e.ClusterId));
        Assert.Equal(["local-e1", "local-e4", "local-e5"], second.Events.Select(e => e.ClusterId));
        var layer = JsonDocument.Parse(second.Layers.Single(l => l.Name == "events").Json).RootElement;
        Assert.Equal("local-e1", layer[0].GetProperty("cluster_id").GetString());
    }

    [Fact]
    public void A_month_precise_report_joins_a_day_precise_one_in_that_month()
    {
        var clusterer = new EventClusterer();
        clusterer.Remember("summit", "040", "USAGOV", "PRKGOV", "2018-06-12", "Singapore");
        var later = clusterer.Assign(Document("d3", ("e6", "042", "PRKGOV", "USAGOV", "2018-06", null)));
        Assert.Equal("summit", Assert.Single(later.Events).ClusterId);
    }

    [Fact]
    public void An_event_older_than_the_window_before_the_newest_article_is_forgotten()
    {
        var windowed = new EventClusterer();
        var unbounded = new EventClusterer(windowDays: null);
        foreach (var clusterer in new[] { windowed, unbounded })
        {
            for (var i = 0; i < 100; i++)
            {
                clusterer.Remember($"old{i}", "040", "USAGOV", "PRKGOV", $"2018-{1 + (i % 12):00}-{1 + (i % 28):00}", null, new DateOnly(2018, 12, 31));
            }
        }

        var article = Document("d4", ("e7", "040", "USAGOV", "PRKGOV", "2018-06-06", null)) with
        {
            Document = new Document { Id = "d4", Metadata = new DocumentMetadata { Published = new DateOnly(2020, 6, 1) }, Text = "x" },
        };
        Assert.Equal("local-e7", Assert.Single(windowed.Assign(article).Events).ClusterId);
        Assert.Equal(1, windowed.Count);
        Assert.StartsWith("old", Assert.Single(unbounded.Assign(article).Events).ClusterId, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_report_is_remembered_once()
    {
        var clusterer = new EventClusterer();
        clusterer.Assign(Document("d5", ("e8", "040", "USAGOV", "PRKGOV", "2019-02-27", "Hanoi")));
        var copy = clusterer.Assign(Document("d6", ("e9", "040", "USAGOV", "PRKGOV", "2019-02-27", "Hanoi")));
        Assert.Equal("local-e8", Assert.Single(copy.Events).ClusterId);
        Assert.Equal(1, clusterer.Count);
    }
}
