// Longer than most files here: one browser test per thing a reader does on the search page,
// sharing one started archive and browser.
using System.Text.Json;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Archive.WebPage.Tests;

public sealed partial class SearchPageTests(WebPageFixture web) : BrowserTest(web)
{
    [BrowserFact]
    public async Task Search_ShowsTotalTimeAndHitsWithMarkedSnippets_AndExportLinks()
    {
        await OpenAsync("/");
        await SearchAsync("vestergaardmodellen");

        await Expect(Summary).ToContainTextAsync("3 udtalelser fundet");
        await Expect(Summary).ToContainTextAsync(MillisecondsPattern());
        await Expect(Hits).ToHaveCountAsync(3);
        await Expect(Page.Locator("#hits mark").First).ToHaveTextAsync(new Regex("^[Vv]estergaardmodellen$"));
        var first = Hits.First;
        await Expect(first.Locator(".badge-type")).ToBeVisibleAsync();
        await Expect(first.Locator(".page-ref").First).ToHaveTextAsync("s. 1");
        await Expect(HitTitles.First).ToHaveAttributeAsync("href", new Regex("^/dokument/[^?]+\\?q=vestergaardmodellen$"));
        await Expect(Page.Locator("#csv-link")).ToHaveAttributeAsync("href", "/api/search?q=vestergaardmodellen&format=csv");
        await Expect(Page.Locator("#atom-link")).ToHaveAttributeAsync("href", "/api/search?q=vestergaardmodellen&format=atom");
        await Expect(Page.Locator("link[rel=alternate][type='application/atom+xml']")).ToHaveAttributeAsync("href", "/api/search?q=vestergaardmodellen&format=atom");
        Assert.EndsWith("/?q=vestergaardmodellen", Page.Url, StringComparison.Ordinal);
        await Screenshots.SaveAsync(Page, "search-results");
    }

    [BrowserFact]
    public async Task Snippets_ShowTheServersEscapedTextAsText_NeverAsMarkup()
    {
        await OpenAsync("/?q=advarer");

        var snippet = Page.Locator("#hits .snippet-text").First;
        await Expect(snippet).ToContainTextAsync("<script>alert(1)</script> & lignende");
        Assert.Equal(0, await Page.Locator("#hits script").CountAsync());
    }

    [BrowserFact]
    public async Task Facet_Picked_NarrowsTheHitsUpdatesCountsAndShowsAChipThatRemovesIt()
    {
        await OpenAsync("/?q=sideopdeling+OR+vestergaardmodellen");
        await Expect(Summary).ToContainTextAsync("33 udtalelser");
        await Expect(FacetCount("type", "Høringssvar")).ToHaveTextAsync("2");

        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Faxe Kommune" }).CheckAsync();

        await Expect(Summary).ToContainTextAsync("30 udtalelser");
        await Expect(Page).ToHaveURLAsync(new Regex("municipality=Faxe\\+Kommune"));
        await Expect(FacetCount("type", "Referat")).ToHaveTextAsync("30");
        await Expect(Page.Locator("#facet-type")).Not.ToContainTextAsync("Høringssvar");
        var chip = Page.GetByRole(AriaRole.Button, new() { Name = "Fjern filteret Kommune: Faxe Kommune" });
        await Expect(chip).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "Faxe Kommune" })).ToBeFocusedAsync();
        await Screenshots.SaveAsync(Page, "facet-chips", fullPage: false);

        await chip.ClickAsync();

        await Expect(Summary).ToContainTextAsync("33 udtalelser");
        await Expect(chip).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "Faxe Kommune" })).Not.ToBeCheckedAsync();
        Assert.DoesNotContain("municipality", Page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Sort_Paging_BackButton_AndReload_KeepTheView()
    {
        await OpenAsync("/?q=sideopdeling");
        await Expect(Summary).ToContainTextAsync("30 udtalelser");

        await Page.GetByLabel("Sortér efter").SelectOptionAsync("oldest");
        await Expect(Page).ToHaveURLAsync(new Regex("sort=oldest"));
        await Expect(HitTitles.First).ToHaveTextAsync("Sideopdeling nummer 1");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Næste side" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("page=2"));
        await Expect(HitTitles.First).ToHaveTextAsync("Sideopdeling nummer 21");
        await Expect(Hits).ToHaveCountAsync(10);
        await Expect(Page.Locator("#pager [aria-current=page]")).ToHaveTextAsync("2");
        await Expect(Summary).ToContainTextAsync("Side 2 af 2");

        await Page.GoBackAsync();
        await Expect(HitTitles.First).ToHaveTextAsync("Sideopdeling nummer 1");
        await Expect(Page.GetByLabel("Sortér efter")).ToHaveValueAsync("oldest");

        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/\\?q=sideopdeling$"));
        await Expect(Page.GetByLabel("Sortér efter")).ToHaveValueAsync("relevance");
        await Expect(Hits).ToHaveCountAsync(20);

        await Page.GoForwardAsync();
        await Page.GoForwardAsync();
        await Expect(HitTitles.First).ToHaveTextAsync("Sideopdeling nummer 21");
        await Page.ReloadAsync();
        await Expect(HitTitles.First).ToHaveTextAsync("Sideopdeling nummer 21");
        await Expect(Page.GetByLabel("Søg i udtalelser")).ToHaveValueAsync("sideopdeling");
    }

    [BrowserFact]
    public async Task Reload_KeepsFiltersAndYearRange()
    {
        await OpenAsync("/?q=housing");
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Høringssvar" }).CheckAsync();
        await Expect(Summary).ToContainTextAsync("2 udtalelser");
        await Page.GetByLabel("Fra år").FillAsync("2016");
        await Page.GetByLabel("Til år").FillAsync("2020");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anvend" }).ClickAsync();
        await Expect(Summary).ToContainTextAsync("1 udtalelse fundet");

        await Page.ReloadAsync();

        await Expect(Summary).ToContainTextAsync("1 udtalelse fundet");
        await Expect(HitTitles).ToHaveTextAsync(["=Housing First i Aarhus"]);
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "Høringssvar" })).ToBeCheckedAsync();
        await Expect(Page.GetByLabel("Fra år")).ToHaveValueAsync("2016");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Fjern filteret Fra 2016" })).ToBeVisibleAsync();
        Assert.Contains("type=H%C3%B8ringssvar", Page.Url, StringComparison.Ordinal);
        Assert.Contains("from=2016&to=2020", Page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task BadQuery_ShowsWhatIsWrong_InDanish()
    {
        var detail = await ProblemDetailAsync("/api/search?q=%22egen%20bolig");

        await OpenAsync("/?q=%22egen%20bolig");

        var error = Page.Locator("#search-error");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToContainTextAsync("Søgningen kan ikke læses.");
        await Expect(error).ToContainTextAsync("Et anførselstegn er ikke lukket");
        await Expect(error).Not.ToContainTextAsync(detail);
        await Expect(Hits).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(Page, "error-bad-query", fullPage: false);
    }

    [BrowserFact]
    public async Task BadYearRange_SaysThePeriodIsWrong()
    {
        await OpenAsync("/?q=sideopdeling");
        await Page.GetByLabel("Fra år").FillAsync("2020");
        await Page.GetByLabel("Til år").FillAsync("2010");
        await Page.GetByLabel("Til år").PressAsync("Enter");

        await Expect(Page.Locator("#search-error")).ToContainTextAsync("Perioden kan ikke læses.");
        await Expect(Page.Locator("#search-error")).ToContainTextAsync("Fra-datoen (2020) ligger efter til-datoen (2010).");
        await Expect(Page.Locator("#search-error")).Not.ToContainTextAsync("is after");
    }


    [BrowserFact]
    public async Task PagePastTheEnd_OffersTheFirstPage()
    {
        await OpenAsync("/?q=sideopdeling&page=9");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Gå til første side" }).ClickAsync();

        await Expect(Hits).ToHaveCountAsync(20);
        Assert.DoesNotContain("page=", Page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task ServerErrorAndLostConnection_AreSaidPlainly_AndCanBeRetried()
    {
        var fail = true;
        await Page.RouteAsync("**/api/search?*", async route =>
        {
            if (fail)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 503, ContentType = "application/problem+json", Body = """{"title":"The archive's index is not available","detail":"Another process holds the index.","status":503}""" });
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await OpenAsync("/?q=herberg");
        await Expect(Page.Locator("#search-error")).ToContainTextAsync("fejl 503");
        await Expect(Page.Locator("#search-error")).ToContainTextAsync("Another process holds the index.");

        await Page.UnrouteAllAsync();
        await Page.RouteAsync("**/api/search?*", route => route.AbortAsync("internetdisconnected"));
        await SearchAsync("bostøtte");
        await Expect(Page.Locator("#search-error")).ToContainTextAsync("Arkivet svarer ikke");

        await Page.UnrouteAllAsync();
        fail = false;
        await Page.GetByRole(AriaRole.Button, new() { Name = "Prøv igen" }).ClickAsync();
        await Expect(Page.Locator("#search-error")).ToHaveCountAsync(0);
        await Expect(Hits.First).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task SlowSearch_SaysSearching_ThenThatItTakesLong()
    {
        await Page.RouteAsync("**/api/search?*", async route =>
        {
            await Task.Delay(5_600);
            await route.ContinueAsync();
        });

        await OpenAsync("/?q=herberg");

        await Expect(Page.Locator("#status")).ToHaveTextAsync("Søger …", new() { Timeout = 4_000 });
        await Expect(Page.Locator("#status")).ToContainTextAsync("længere tid end normalt", new() { Timeout = 6_000 });
        await Expect(Hits.First).ToBeVisibleAsync();
        await Expect(Page.Locator("#status")).ToBeEmptyAsync();
    }

    [BrowserFact]
    public async Task FastTyping_NeverShowsTheAnswerToAnOlderQuery()
    {
        // The first query's answer is held back until after the second has been shown.
        await Page.RouteAsync("**/api/search?*q=vestergaardmodellen*", async route =>
        {
            await Task.Delay(1_500);
            await route.ContinueAsync();
        });
        await OpenAsync("/");

        await Page.GetByLabel("Søg i udtalelser").FillAsync("vestergaardmodellen");
        await Page.GetByLabel("Søg i udtalelser").PressAsync("Enter");
        await Page.GetByLabel("Søg i udtalelser").FillAsync("plejehjemsplads");
        await Page.GetByLabel("Søg i udtalelser").PressAsync("Enter");

        await Expect(Summary).ToContainTextAsync("1 udtalelse fundet");
        await Page.WaitForTimeoutAsync(2_000);
        await Expect(Summary).ToContainTextAsync("1 udtalelse fundet");
        await Expect(HitTitles).ToHaveCountAsync(1);
        await Expect(Page.Locator("#hits mark").First).ToHaveTextAsync("plejehjemsplads");
    }

    [BrowserFact]
    public async Task NoMatches_WithASuggestion_OffersItAsALink()
    {
        // The answer's suggestion (a corrected query) is shown as a link when nothing matches and the typed query
        // was asked for as typed; following it asks for corrections again.
        await Page.RouteAsync("**/api/search?*", async route =>
        {
            var response = await route.FetchAsync();
            var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(await response.TextAsync())!;
            if (route.Request.Url.Contains("q=herbreg", StringComparison.Ordinal))
            {
                body["suggestion"] = JsonSerializer.SerializeToElement("herberg");
            }

            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = JsonSerializer.Serialize(body) });
        });
        await OpenAsync("/?q=herbreg&correct=false");

        await Expect(Summary).ToContainTextAsync("Ingen udtalelser fundet");
        var suggestion = Page.Locator("#suggestion-link");
        await Expect(suggestion).ToHaveTextAsync("herberg");
        await suggestion.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("\\?q=herberg$"));
        await Expect(Hits.First).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Søg i udtalelser")).ToHaveValueAsync("herberg");
    }

    [BrowserFact]
    public async Task Misspelling_SearchesTheCorrection_AndOffersTheTypedQuery()
    {
        await OpenAsync("/?q=misbrg");

        var corrected = Page.Locator("#corrected-search");
        await Expect(corrected).ToContainTextAsync("Viser resultater for misbrug. Søg i stedet efter misbrg.");
        await Expect(Hits.First).ToBeVisibleAsync();
        await Expect(Page.Locator("#hits mark").First).ToHaveTextAsync(new Regex("^[Mm]isbrug"));
        await Expect(Page.GetByLabel("Søg i udtalelser")).ToHaveValueAsync("misbrg");
        await Screenshots.SaveAsync(Page, "corrected-search", fullPage: false);

        await Page.Locator("#typed-query-link").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("\\?q=misbrg&correct=false$"));
        await Expect(Summary).ToContainTextAsync("Ingen udtalelser fundet");
        await Expect(Page.Locator("#suggestion-link")).ToHaveTextAsync("misbrug");
        await Page.Locator("#suggestion-link").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("\\?q=misbrug$"));
        await Expect(Hits.First).ToBeVisibleAsync();
        await Expect(corrected).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task NoDocumentHoldsEveryWord_ShowsThoseHoldingMost_WithWhatTheyLack()
    {
        await OpenAsync("/?q=vestergaardmodellen+sideopdeling");

        await Expect(Page.Locator("#partial-matches")).ToContainTextAsync("Ingen udtalelser rummer alle ordene.");
        await Expect(Hits.First).ToBeVisibleAsync();
        var missing = Hits.First.Locator(".hit-missing");
        await Expect(missing).ToHaveTextAsync(new Regex("^Mangler: (vestergaardmodellen|sideopdeling)$"));
        await Expect(missing.Locator("s")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(Page, "partial-matches", fullPage: false);
    }

    [BrowserFact]
    public async Task EmptyArchive_SaysSo()
    {
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.Combine("inbox"));
        using var empty = await WebArchiveServer.StartAsync(folder.Combine("inbox"), folder.Combine("index"));

        await Page.GotoAsync(empty.Url("/"));

        await Expect(Page.Locator("#empty-archive")).ToContainTextAsync("Arkivet er tomt.");
        await Expect(Summary).ToHaveTextAsync("Arkivet er tomt.");
        await Screenshots.SaveAsync(Page, "empty-archive", fullPage: false);
    }

    [BrowserFact]
    public async Task Keyboard_SkipLinkFirst_ThenTheSearchBox()
    {
        await OpenAsync("/?q=herberg");
        await Expect(Hits.First).ToBeVisibleAsync();

        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Spring til resultaterne" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Søg i udtalelser")).ToBeFocusedAsync();
    }

    private ILocator FacetCount(string field, string value) =>
        Page.Locator($"#facet-{field} li").Filter(new() { Has = Page.Locator(".facet-value", new() { HasTextRegex = new Regex($"^{Regex.Escape(value)}$") }) }).Locator(".facet-count");

    private async Task<string> ProblemDetailAsync(string pathAndQuery)
    {
        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(Web.Server.Url(pathAndQuery)));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.GetProperty("detail").GetString()!;
    }

    [GeneratedRegex("Søgningen tog \\d+ ms")]
    private static partial Regex MillisecondsPattern();
}
