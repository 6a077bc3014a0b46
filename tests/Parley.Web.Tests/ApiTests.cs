using System.Net;
using System.Text.Json;

namespace Parley.Web.Tests;

public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = server.BaseAddress };

    private async Task<(HttpStatusCode Status, string? Type, JsonElement Body)> Get(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(text).RootElement);
    }

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Documents_are_paged_in_the_output_contract_shape()
    {
        var (status, _, body) = await Get("/api/documents?limit=3&offset=2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, body.GetProperty("count").GetInt32());
        Assert.Equal(9, body.GetProperty("total").GetInt32());
        var first = body.GetProperty("items")[0];
        Assert.Equal(("parley/1", "document"), (first.GetProperty("schema").GetString(), first.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task One_document_comes_with_its_layers()
    {
        var (_, _, list) = await Get("/api/documents?limit=1");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString();
        var (status, _, document) = await Get($"/api/documents/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("annotated_document", document.GetProperty("kind").GetString());
        var text = document.GetProperty("text").GetString()!;
        foreach (var sentence in document.GetProperty("sentences").EnumerateArray())
        {
            Assert.Equal(text[sentence.GetProperty("start").GetInt32()..sentence.GetProperty("end").GetInt32()], sentence.GetProperty("text").GetString());
        }
    }

    [Theory]
    [InlineData("/api/documents?limit=0", 400, "'limit' must be between 1 and 500")]
    [InlineData("/api/documents?offset=-1", 400, "'offset' must not be negative")]
    [InlineData("/api/search", 400, "'q' is required")]
    [InlineData("/api/documents/ffffffffffff", 404, "no document with id")]
    public async Task Bad_requests_are_problem_details_with_the_reason(string path, int expected, string reason)
    {
        var (status, type, body) = await Get(path);
        Assert.Equal(expected, (int)status);
        Assert.Equal("application/problem+json", type);
        Assert.StartsWith(reason, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_number_is_a_400_not_a_500()
    {
        var (status, type, _) = await Get("/api/documents?limit=abc");
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (status, type));
    }

    [Fact]
    public async Task Search_finds_ranked_hits_with_marked_snippets()
    {
        var (_, _, body) = await Get("/api/search?q=ceasefire");
        var items = body.GetProperty("items").EnumerateArray().ToArray();
        Assert.NotEmpty(items);
        Assert.All(items, hit => Assert.Contains("[ceasefire]", hit.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_openapi_description_lists_the_api()
    {
        var (status, _, body) = await Get("/openapi.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = body.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("/api/documents", paths);
        Assert.Contains("/api/search", paths);
        Assert.Contains("/api/quotes", paths);
    }

    [Fact]
    public async Task A_dyad_series_counts_events_by_quad_class()
    {
        var (status, _, body) = await Get("/api/dyads/BOL/CHL/series?bucket=month");
        Assert.Equal(HttpStatusCode.OK, status);
        var points = body.GetProperty("points").EnumerateArray().ToArray();
        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.Equal(
            p.GetProperty("total").GetInt32(),
            p.GetProperty("counts").EnumerateObject().Sum(c => c.Value.GetInt32())));
    }

    [Theory]
    [InlineData("/api/dyads/BOL/CHL/series?bucket=year", "'bucket' must be day, week or month")]
    [InlineData("/api/events?dyad=BOL", "'dyad' must be two actor codes")]
    [InlineData("/api/events?from=last%20week", "'from' must be a date")]
    public async Task Bad_event_parameters_are_400s_with_the_reason(string path, string reason)
    {
        var (status, type, body) = await Get(path);
        Assert.Equal((HttpStatusCode.BadRequest, "application/problem+json"), (status, type));
        Assert.StartsWith(reason, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_filter_by_actor_and_a_cluster_gathers_its_mentions()
    {
        var (_, _, body) = await Get("/api/events?actor=BOL&limit=100");
        var events = body.GetProperty("items").EnumerateArray().ToArray();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(
            (e.GetProperty("source").ValueKind == JsonValueKind.Object && e.GetProperty("source").GetProperty("code").GetString()!.StartsWith("BOL", StringComparison.Ordinal))
            || (e.GetProperty("target").ValueKind == JsonValueKind.Object && e.GetProperty("target").GetProperty("code").GetString()!.StartsWith("BOL", StringComparison.Ordinal))));

        var cluster = events[0].GetProperty("cluster_id").GetString();
        var (status, _, found) = await Get($"/api/clusters/{cluster}");
        Assert.Equal(HttpStatusCode.OK, status);
        var mentions = found.GetProperty("events").EnumerateArray().ToArray();
        Assert.Equal(found.GetProperty("mentions").GetInt32(), mentions.Length);
        Assert.All(mentions, m => Assert.Equal(cluster, m.GetProperty("cluster_id").GetString()));
        Assert.Contains(mentions, m => m.GetProperty("id").GetString() == events[0].GetProperty("id").GetString());

        var (actorsStatus, _, actors) = await Get("/api/actors?limit=5");
        Assert.Equal(HttpStatusCode.OK, actorsStatus);
        Assert.NotEmpty(actors.GetProperty("items").EnumerateArray());
    }
}
