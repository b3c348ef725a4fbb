using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Archive.Ingestion.Outcomes;
using static Microsoft.Playwright.Assertions;

namespace Archive.WebPage.Tests;

/// <summary>The files the archive could not read: their page at /fejl, and their count in the search page's header.</summary>
public sealed class FailuresPageTests(WebPageFixture web) : BrowserTest(web)
{
    [BrowserFact]
    public async Task FailuresPage_ListsEveryFileUnderItsReason_WithWhatToDoInDanish()
    {
        var archive = await Web.ArchiveWithFailuresAsync();

        await Page.GotoAsync(archive.Url("/fejl"));

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Filer der ikke kunne læses", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("#failures-summary")).ToHaveTextAsync($"{FailingFiles.Count} filer kunne ikke læses.");
        await Expect(Page.Locator(".failure")).ToHaveCountAsync(FailingFiles.Count);
        var encrypted = Group("Krypterede filer");
        await Expect(encrypted.Locator("h2")).ToHaveTextAsync("Krypterede filer (2)");
        await Expect(encrypted.Locator(".failure-advice")).ToHaveTextAsync("Filen er krypteret: gem den uden adgangskode og læg den i mappen igen.");
        await Expect(encrypted.Locator(".failure-path").First).ToHaveTextAsync("udvalg/budget-kodeord.xlsx");
        await Expect(encrypted.Locator(".failure-path").Nth(1)).ToHaveTextAsync(FailingFiles.EncryptedWord);
        await Expect(encrypted.Locator(".failure-message [lang=en]").Nth(1)).ToContainTextAsync("password-protected");
        await Expect(encrypted.Locator(".failure-time time").First).ToHaveTextAsync(new Regex(@"^\d{1,2}\. [a-zæøå]+ \d{4} kl\. \d{2}\.\d{2}$"));
        await Expect(Group("Ødelagte filer")).ToContainTextAsync(FailingFiles.DamagedPdf);
        await Expect(Group("Tomme filer").Locator(".failure-advice")).ToContainTextAsync("Filen er tom");
        await Expect(Group("Filtyper arkivet ikke læser")).ToContainTextAsync("udvalg/bilag.zip");

        // The overview links to each reason's group.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Årsager" }).GetByRole(AriaRole.Link, new() { Name = "Ødelagte filer" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/fejl#aarsag-corrupt$"));
        await Screenshots.SaveAsync(Page, "failures-page");
    }

    [BrowserFact]
    public async Task FailuresPage_AReasonWithoutDanishWords_ShowsItsNameAndTheArchivesMessage()
    {
        var archive = await Web.ArchiveWithFailuresAsync();
        // A reason the archive may give in a later version: the page must not break on it.
        await Page.RouteAsync("**/api/ingest/failures", async route =>
        {
            var response = await route.FetchAsync();
            var body = JsonNode.Parse(await response.TextAsync())!.AsObject();
            body["failures"]!.AsArray().Add(new JsonObject
            {
                ["path"] = "scanninger/side-1.tiff",
                ["reason"] = "needs-approval",
                ["message"] = "the file waits for an operator's approval",
                ["failedAt"] = "2026-05-04T10:15:00+00:00",
            });
            body["total"] = FailingFiles.Count + 1;
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = body.ToJsonString() });
        });

        await Page.GotoAsync(archive.Url("/fejl"));

        var unknown = Group("needs-approval");
        await Expect(unknown.Locator("h2")).ToHaveTextAsync("needs-approval (1)");
        await Expect(unknown.Locator(".failure-path")).ToHaveTextAsync("scanninger/side-1.tiff");
        await Expect(unknown.Locator(".failure-message")).ToHaveTextAsync("Arkivets besked: the file waits for an operator's approval");
        await Expect(unknown.Locator(".failure-advice")).ToContainTextAsync("ingen dansk forklaring");
        await Expect(Page.Locator(".failure")).ToHaveCountAsync(FailingFiles.Count + 1);
    }

    [BrowserFact]
    public async Task FailureReasons_EveryReasonTheArchiveGives_HasDanishWords()
    {
        await OpenAsync("/fejl");

        var described = await Page.EvaluateAsync<string[]>("async () => (await import('/js/failure-reasons.js')).describedReasons");

        var reasons = Enum.GetValues<FailureReason>()
            .Select(reason => new IngestFailure("x", reason, string.Empty, DateTimeOffset.UnixEpoch, 0, 0, string.Empty).ReasonName);
        Assert.Empty(reasons.Except(described));
    }

    [BrowserFact]
    public async Task SearchPage_WithFilesThatFailed_CountsThemInTheHeader_AndLinksToTheirPage()
    {
        var archive = await Web.ArchiveWithFailuresAsync();

        await Page.GotoAsync(archive.Url("/"));

        var notice = Page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = $"{FailingFiles.Count} filer kunne ikke læses" });
        await Expect(notice).ToBeVisibleAsync();
        await Expect(Hits).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(Page, "failures-in-header", fullPage: false);

        await notice.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/fejl$"));
        await Expect(Page.Locator(".failure")).ToHaveCountAsync(FailingFiles.Count);
    }

    [BrowserFact]
    public async Task SearchPage_WithoutFilesThatFailed_ShowsNoCount()
    {
        using var health = await HealthAsync(Web.Server);
        Assert.Equal(0, health.RootElement.GetProperty("failedFiles").GetInt32());

        await OpenAsync("/?q=herberg");
        await Expect(Hits.First).ToBeVisibleAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(Page.Locator("#failure-notice")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task FailuresPage_AtPhoneWidth_FitsTheWidth()
    {
        var archive = await Web.ArchiveWithFailuresAsync();
        await Page.SetViewportSizeAsync(PhoneWidth, 740);

        await Page.GotoAsync(archive.Url("/fejl"));

        await Expect(Page.Locator(".failure")).ToHaveCountAsync(FailingFiles.Count);
        await Screenshots.SaveAsync(Page, "phone-failures", fullPage: false);
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the failures page scrolls sideways at 360 px");
    }

    private ILocator Group(string title) =>
        Page.Locator(".failure-group").Filter(new() { Has = Page.Locator("h2", new() { HasTextRegex = new Regex($"^{Regex.Escape(title)} \\(") }) });

    private static async Task<JsonDocument> HealthAsync(WebArchiveServer server)
    {
        using var client = new HttpClient();
        return JsonDocument.Parse(await client.GetStringAsync(new Uri(server.Url("/api/health"))));
    }
}
