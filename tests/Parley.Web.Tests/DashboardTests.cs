using Microsoft.Playwright;

namespace Parley.Web.Tests;

public sealed class DashboardTests(ServerFixture server, BrowserFixture browser) : IClassFixture<ServerFixture>, IClassFixture<BrowserFixture>
{
    /// <summary>Navigation is done when the page's DOM is ready; generous timeout for a loaded CI machine.</summary>
    private static readonly PageWaitForURLOptions Loaded = new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 90_000 };

    private async Task<IPage> Open(string path)
    {
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(90_000);
        var errors = new List<string>();
        page.PageError += (_, message) => errors.Add(message);
        var response = await page.GotoAsync(new Uri(server.BaseAddress, path).ToString());
        Assert.Equal(200, response!.Status);
        Assert.Empty(errors);
        return page;
    }

    /// <summary>
    /// Clicks and waits for the page the click opens. The wait is set up before the click, so a navigation that
    /// finishes at once is not missed (a wait begun after it could time out on a loaded machine).
    /// </summary>
    private static async Task ClickAndWaitForUrl(IPage page, ILocator target, string url)
    {
        var navigated = page.WaitForURLAsync(url, Loaded);
        await target.ClickAsync();
        await navigated;
    }

    private static async Task Shoot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = true });

    [Fact]
    public async Task The_overview_shows_corpus_counts_and_latest_documents()
    {
        var page = await Open("/");
        Assert.Equal("9", await page.Locator(".card b").First.InnerTextAsync());
        Assert.Equal(9, await page.Locator("table.docs tbody tr").CountAsync());
        await Shoot(page, "overview");
    }

    [Fact]
    public async Task Searching_and_clicking_a_hit_opens_the_document_with_its_highlights()
    {
        var page = await Open("/search");
        await page.FillAsync("input[name=q]", "ceasefire");
        await ClickAndWaitForUrl(page, page.Locator("form.search button"), "**/search?q=ceasefire");
        Assert.True(await page.Locator("table.docs tbody tr").CountAsync() >= 2);
        Assert.True(await page.Locator("table.docs mark").CountAsync() >= 1);
        await Shoot(page, "search");

        await ClickAndWaitForUrl(page, page.Locator("table.docs tbody tr a").First, "**/documents/*");
        var timex = page.Locator("#text .hl.l-timexes").First;
        await timex.ClickAsync();
        var fact = await page.Locator("#facts section.fact pre").First.InnerTextAsync();
        Assert.Contains("\"value\"", fact, StringComparison.Ordinal);
        await Shoot(page, "document");
    }

    [Fact]
    public async Task A_layer_can_be_hidden_and_removed_boilerplate_shown_on_demand()
    {
        var page = await Open("/documents");
        await ClickAndWaitForUrl(page, page.GetByText("Brazil to host Bolivia-Chile talks"), "**/documents/*");
        await page.UncheckAsync("input[data-layer=timexes]");
        Assert.Contains("hide-timexes", await page.Locator("#text").GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);

        var removed = page.Locator("details.removed");
        Assert.False(await removed.Locator("ol").IsVisibleAsync());
        await removed.Locator("summary").ClickAsync();
        Assert.True(await removed.Locator("ol li").First.IsVisibleAsync());
        await Shoot(page, "removed-boilerplate");
    }

    [Fact]
    public async Task Documents_and_quotes_pages_load()
    {
        foreach (var path in new[] { "/documents", "/quotes", "/search?q=sanctions", "/timeline", "/timeline?actor=BOL" })
        {
            var page = await Open(path);
            Assert.Equal("Parley", await page.Locator("header .brand").InnerTextAsync());
        }
    }

    [Fact]
    public async Task The_dyad_chart_draws_bars_and_a_bar_leads_to_its_events_and_their_evidence()
    {
        var page = await Open("/dyads");
        await page.FillAsync("input[name=a]", "BOL");
        await page.FillAsync("input[name=b]", "CHL");
        await page.SelectOptionAsync("select[name=bucket]", "week");
        await ClickAndWaitForUrl(page, page.Locator("form.filters button"), "**/dyads?a=BOL&b=CHL&bucket=week");
        var bars = page.Locator("svg.chart a.bar");
        Assert.True(await bars.CountAsync() >= 2);
        await Shoot(page, "dyad");

        var bucket = await bars.First.GetAttributeAsync("data-bucket");
        await bars.First.ClickAsync();
        var section = page.Locator($"section#bucket-{bucket}");
        Assert.True(await section.Locator("table.events tbody tr").CountAsync() >= 1);
        await ClickAndWaitForUrl(page, section.Locator("td.evidence a").First, "**/documents/*");
        Assert.True(await page.Locator("#text").IsVisibleAsync());
    }

    [Fact]
    public async Task Events_can_be_filtered_by_actor_and_modality_and_actors_have_pages()
    {
        var page = await Open("/events");
        var all = await page.Locator("table.events tbody tr").CountAsync();
        await page.FillAsync("input[name=actor]", "BOL");
        await ClickAndWaitForUrl(page, page.Locator("form.filters button"), "**/events?*actor=BOL*");
        var bolivian = await page.Locator("table.events tbody tr").CountAsync();
        Assert.InRange(bolivian, 1, all);
        foreach (var row in await page.Locator("table.events tbody tr").AllAsync())
        {
            Assert.Contains("BOL", await row.InnerTextAsync(), StringComparison.Ordinal);
        }

        await Shoot(page, "events");
        await ClickAndWaitForUrl(page, page.Locator("table.events tbody tr td a code", new() { HasText = "BOL" }).First, "**/actors/BOL*");
        Assert.Contains("Actor", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await Shoot(page, "actor");
    }

    [Fact]
    public async Task The_stance_tracker_loads()
    {
        var page = await Open("/stances");
        Assert.Equal("Stances", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task The_timeline_lists_one_row_per_real_world_event_and_opens_its_mentions()
    {
        var page = await Open("/timeline");
        var rows = page.Locator("table.timeline tbody tr");
        Assert.True(await rows.CountAsync() >= 1);
        await Shoot(page, "timeline");
        await ClickAndWaitForUrl(page, rows.First.Locator("a", new() { HasText = "mention" }), "**/events?*cluster=*");
        Assert.True(await page.Locator("table.events tbody tr").CountAsync() >= 1);
    }
}
