using static Microsoft.Playwright.Assertions;

namespace Archive.WebPage.Tests;

public sealed class ErrorPageTests(WebPageFixture web) : BrowserTest(web)
{
    [BrowserFact]
    public async Task UnknownAddress_ShowsADanishPage_WithAWayBackToSearch()
    {
        var response = await OpenAsync("/findes-ikke");

        Assert.Equal(404, response!.Status);
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Siden findes ikke");
        await Expect(Page).ToHaveTitleAsync("Siden findes ikke – Arkivet");
        await Screenshots.SaveAsync(Page, "error-page", fullPage: false);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Gå til søgningen" }).ClickAsync();
        await Expect(Page.GetByLabel("Søg i udtalelser")).ToBeVisibleAsync();
    }
}
