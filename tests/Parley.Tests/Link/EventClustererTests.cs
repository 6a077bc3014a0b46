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
}
