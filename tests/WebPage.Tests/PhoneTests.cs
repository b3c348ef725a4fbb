using static Microsoft.Playwright.Assertions;

namespace Archive.WebPage.Tests;

/// <summary>The page at phone width (360 px): filters fold away behind a button, nothing scrolls sideways.</summary>
public sealed class PhoneTests(WebPageFixture web) : BrowserTest(web)
{
    protected override ViewportSize Viewport => new() { Width = PhoneWidth, Height = 740 };

    [BrowserFact]
    public async Task SearchPage_FoldsTheFilters_AndFitsTheWidth()
    {
        await OpenAsync("/?q=housing");
        await Expect(Hits.First).ToBeVisibleAsync();
        var toggle = Page.Locator("#filters-toggle");
        await Expect(Page.Locator("#filters-panel")).ToBeHiddenAsync();
        await Screenshots.SaveAsync(Page, "phone-search");

        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(Page.Locator("#filters-panel")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Checkbox, new() { Name = "Høringssvar" }).CheckAsync();
        await Expect(Summary).ToContainTextAsync("2 udtalelser");
        await Expect(toggle).ToContainTextAsync("1 valgt");
        await Screenshots.SaveAsync(Page, "phone-filters", fullPage: false);

        Assert.True(await FitsTheWidthAsync(), "the search page scrolls sideways at 360 px");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Vis resultaterne" }).ClickAsync();
        await Expect(Page.Locator("#filters-panel")).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(Page.Locator("#results-heading")).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task DocumentPage_FitsTheWidth()
    {
        await OpenAsync("/?q=misbrug&type=Politik%2Fstrategi");
        await HitTitles.First.ClickAsync();
        await Expect(Page.Locator("#pages mark").First).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();
        await Screenshots.SaveAsync(Page, "phone-document", fullPage: false);

        Assert.True(await FitsTheWidthAsync(), "the document page scrolls sideways at 360 px");
    }

    private Task<bool> FitsTheWidthAsync() =>
        Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}
