using static Microsoft.Playwright.Assertions;

namespace Archive.WebPage.Tests;

/// <summary>axe-core over the main views: no serious or critical violation of WCAG 2.1 A/AA.</summary>
public sealed class AccessibilityTests(WebPageFixture web) : BrowserTest(web)
{
    protected override bool BypassContentSecurityPolicy => true;

    [AccessibilityFact]
    public async Task SearchPage_WithResultsFacetsAndChips()
    {
        await OpenAsync("/?q=housing&type=H%C3%B8ringssvar");
        await Expect(Hits.First).ToBeVisibleAsync();
        await Page.Locator("details.syntax-help summary").ClickAsync();

        Assert.Empty(await Axe.SeriousViolationsAsync(Page));
    }

    [AccessibilityFact]
    public async Task SearchPage_WithAYearRangeOnTheYearBars_AndTheFailureCount()
    {
        var archive = await Web.ArchiveWithFailuresAsync();
        await Page.GotoAsync(archive.Url("/?from=2023&to=2023"));
        await Expect(Page.Locator(".year-bar[aria-pressed=true]")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#failure-notice")).ToBeVisibleAsync();

        Assert.Empty(await Axe.SeriousViolationsAsync(Page));
    }

    [AccessibilityFact]
    public async Task FailuresPage()
    {
        var archive = await Web.ArchiveWithFailuresAsync();
        await Page.GotoAsync(archive.Url("/fejl"));
        await Expect(Page.Locator(".failure").First).ToBeVisibleAsync();

        Assert.Empty(await Axe.SeriousViolationsAsync(Page));
    }

    [AccessibilityFact]
    public async Task PhoneWidth_FailuresPage()
    {
        await Page.SetViewportSizeAsync(PhoneWidth, 740);
        var archive = await Web.ArchiveWithFailuresAsync();
        await Page.GotoAsync(archive.Url("/fejl"));
        await Expect(Page.Locator(".failure").First).ToBeVisibleAsync();

        Assert.Empty(await Axe.SeriousViolationsAsync(Page));
    }

    [AccessibilityFact]
    public async Task SearchPage_WithAnError()
    {
        await OpenAsync("/?q=%22unclosed");
        await Expect(Page.Locator("#search-error")).ToBeVisibleAsync();

        Assert.Empty(await Axe.SeriousViolationsAsync(Page));
    }

    [AccessibilityFact]
    public async Task DocumentPage_WithMarksAndSimilar()
    {
        await OpenAsync("/?q=vestergaardmodellen");
        await HitTitles.First.ClickAsync();
        await Expect(Page.Locator("#similar-hits li").First).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();

        Assert.Empty(await Axe.SeriousViolationsAsync(Page));
    }

    [AccessibilityFact]
    public async Task PhoneWidth_SearchPageWithTheFiltersOpen()
    {
        await Page.SetViewportSizeAsync(PhoneWidth, 740);
        await OpenAsync("/?q=housing&type=H%C3%B8ringssvar");
        await Expect(Hits.First).ToBeVisibleAsync();
        await Page.Locator("#filters-toggle").ClickAsync();
        await Expect(Page.Locator("#filters-panel")).ToBeVisibleAsync();

        Assert.Empty(await Axe.SeriousViolationsAsync(Page));
    }

    [AccessibilityFact]
    public async Task PhoneWidth_DocumentPage()
    {
        await Page.SetViewportSizeAsync(PhoneWidth, 740);
        await OpenAsync("/?q=misbrug&type=Politik%2Fstrategi");
        await HitTitles.First.ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();

        Assert.Empty(await Axe.SeriousViolationsAsync(Page));
    }
}
