using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Archive.WebPage.Tests;

/// <summary>The original PDF page beside the text, drawn by the pdf.js the archive serves, with the matches marked.</summary>
public sealed class OriginalPageTests(WebPageFixture web) : BrowserTest(web)
{
    [PdfViewerFact]
    public async Task PdfHit_ShowsTheOriginalPageOfTheMatch_WithTheMatchesMarked()
    {
        await OpenAsync("/?q=misbrug&type=Politik%2Fstrategi");
        await Page.Locator("#hits .page-ref", new() { HasText = "s. 3" }).First.ClickAsync();

        var drawn = Page.Locator("#pdf-view .pdf-page");
        await Expect(drawn).ToHaveAttributeAsync("data-page", "3");
        await Expect(Page.Locator("#pdf-page-number")).ToHaveTextAsync("Side 3 af 4");
        var marks = Page.Locator("#pdf-view mark.pdf-match");
        await Expect(marks.First).ToBeVisibleAsync();
        Assert.All(await marks.AllTextContentsAsync(), word => Assert.Matches(new Regex("^misbrug", RegexOptions.IgnoreCase), word));
        await Expect(Page.Locator("#viewer-note")).ToBeHiddenAsync();
        await Screenshots.SaveAsync(Page, "document-original-page");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Side frem" }).ClickAsync();
        await Expect(drawn).ToHaveAttributeAsync("data-page", "4");
    }

    [BrowserFact]
    public async Task ViewerFilesAbsent_KeepsTheTextAndSaysWhyOnce()
    {
        await Page.RouteAsync("**/vendor/pdfjs/**", route => route.FulfillAsync(new() { Status = 404 }));
        await OpenAsync("/?q=misbrug&type=Politik%2Fstrategi");
        await Page.Locator("#hits .page-ref", new() { HasText = "s. 3" }).First.ClickAsync();

        await Expect(Page.Locator("#viewer-note")).ToHaveTextAsync(new Regex("PDF-fremviseren ikke er installeret"));
        await Expect(Page.Locator("#original")).ToBeHiddenAsync();
        await Expect(Page.Locator("#side-3 mark.current")).ToBeVisibleAsync();
        await Page.Locator("#next-match").ClickAsync();
        await Expect(Page.Locator("#viewer-note")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#original")).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task WordDocument_KeepsTheTextViewWithoutTheOriginal()
    {
        await OpenAsync("/?q=misbrug&type=Henvendelse");
        await HitTitles.First.ClickAsync();

        await Expect(Page.Locator("#pages mark").First).ToBeVisibleAsync();
        await Expect(Page.Locator("#original")).ToBeHiddenAsync();
        await Expect(Page.Locator("#viewer-note")).ToBeHiddenAsync();
    }

    [PdfViewerFact]
    public async Task Viewer_IsServedByTheArchive_WithItsLicenceBeside()
    {
        foreach (var file in new[] { "pdf.min.mjs", "pdf.worker.min.mjs", "LICENSE.txt" })
        {
            var response = await Page.APIRequest.GetAsync(Web.Server.Url("/vendor/pdfjs/" + file));
            Assert.True(response.Ok, $"/vendor/pdfjs/{file} answered {response.Status}");
        }

        var licence = await Page.APIRequest.GetAsync(Web.Server.Url("/vendor/pdfjs/LICENSE.txt"));
        Assert.Contains("Apache License", await licence.TextAsync(), StringComparison.Ordinal);
    }
}
