using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Archive.WebPage.Tests;

/// <summary>Which file a hit is, and the same text in other files grouped under one hit.</summary>
public sealed class FileFactsTests(WebPageFixture web) : BrowserTest(web)
{
    [BrowserFact]
    public async Task Hit_ShowsFileNameFormatAndPages()
    {
        await OpenAsync("/?q=pejlem%C3%A6rker");

        var facts = Hits.First.Locator(".file-facts");
        await Expect(facts).ToContainTextAsync("politiske-pejlemaerker-2019.pdf · PDF · 4 sider");
    }

    [BrowserFact]
    public async Task SameTextAsTextAndWebPage_IsOneHitWithAlsoAs_LinkingTheOtherFile()
    {
        await OpenAsync("/?q=vestergaardmodellen");

        await Expect(Summary).ToContainTextAsync("3 udtalelser fundet");
        var herberg = Hits.Filter(new() { HasText = "Høringssvar om herberg og Housing First" });
        await Expect(herberg).ToHaveCountAsync(1);
        var also = herberg.Locator(".also-as a");
        await Expect(also).ToHaveCountAsync(1);
        await Expect(herberg.Locator(".also-as")).ToHaveTextAsync(new Regex("^også som (HTML|TXT)$"));
        await Screenshots.SaveAsync(Page, "search-also-as");

        var format = await also.TextContentAsync();
        await also.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/dokument/[0-9a-f]+\\?q=vestergaardmodellen$"));
        await Expect(Page.Locator(".metadata-row").Last).ToContainTextAsync($"hoeringssvar-herberg.{format!.ToLowerInvariant()}");
        await Expect(Page.Locator(".document-copies .also-as a")).ToHaveCountAsync(1);
    }
}
