using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Archive.WebPage.Tests;

public sealed class DocumentPageTests(WebPageFixture web) : BrowserTest(web)
{
    [BrowserFact]
    public async Task OpenedFromASearch_MarksTheMatches_AndJumpsBetweenThem()
    {
        await OpenAsync("/?q=housing+first");
        await HitTitles.Filter(new() { HasText = "Høringssvar om herberg og Housing First" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/dokument/[0-9a-f]+\\?q=housing%20first$"));
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Høringssvar om herberg og Housing First");
        var marks = Page.Locator("#pages mark");
        await Expect(marks).ToHaveCountAsync(4);
        var count = Page.Locator("#match-count");
        await Expect(count).ToHaveTextAsync("4 træf");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Næste" }).ClickAsync();
        await Expect(count).ToHaveTextAsync("1 af 4 (side 1)");
        await Expect(marks.Nth(0)).ToHaveClassAsync("current");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Næste" })).ToBeFocusedAsync();

        await Page.Keyboard.PressAsync("Enter");
        await Expect(count).ToHaveTextAsync("2 af 4 (side 1)");
        await Page.Keyboard.PressAsync("Alt+KeyN");
        await Expect(count).ToHaveTextAsync("3 af 4 (side 1)");
        await Page.Keyboard.PressAsync("Alt+Shift+KeyN");
        await Expect(count).ToHaveTextAsync("2 af 4 (side 1)");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Forrige" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Forrige" }).ClickAsync();
        await Expect(count).ToHaveTextAsync("4 af 4 (side 1)");
        await Expect(marks.Nth(3)).ToHaveClassAsync("current");

        var council = Page.Locator(".metadata-row", new() { HasText = "Råd/udvalg" });
        await Expect(council).ToContainTextAsync("Udsatterådet");
        await Expect(council).ToContainTextAsync("Kilde: sidecar-fil");
        await Expect(Page.Locator("#file-link")).ToHaveAttributeAsync("href", new Regex("^/api/documents/[0-9a-f]+/file$"));
        await Expect(Page.Locator("#pages")).ToContainTextAsync("<script>alert(1)</script>");
        await Screenshots.SaveAsync(Page, "document-page");
    }

    [BrowserFact]
    public async Task PdfHit_LinksTheOriginalFileAtTheMatchesPage()
    {
        await OpenAsync("/?q=misbrug&type=Politik%2Fstrategi");
        await Page.Locator("#hits .page-ref", new() { HasText = "s. 3" }).First.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/dokument/[0-9a-f]+\\?q=misbrug#side-3$"));
        var count = Page.Locator("#match-count");
        await Expect(count).ToContainTextAsync("(side 3)");
        await Expect(Page.Locator("#file-link")).ToHaveAttributeAsync("href", new Regex("/file#page=3$"));
        await Expect(Page.Locator("#file-link")).ToHaveTextAsync("Åbn originalfilen på side 3");
        await Expect(Page.Locator("#side-3 mark.current")).ToBeInViewportAsync();
    }

    [BrowserFact]
    public async Task Similar_FromAnotherMunicipality_OpensItsPage_AndBackReturnsToTheSearch()
    {
        await OpenAsync("/?q=vestergaardmodellen&municipality=Odense+Kommune&sort=newest");
        await Expect(Hits).ToHaveCountAsync(2);
        await HitTitles.First.ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Høringssvar om herberg og Housing First");

        var similar = Page.Locator("#similar-hits .hit-title a");
        await Expect(similar.First).ToHaveTextAsync("=Housing First i Aarhus");
        await Expect(Page.Locator("#similar-hits")).Not.ToContainTextAsync("Odense Kommune");
        await similar.First.ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("=Housing First i Aarhus");
        await Expect(Page.Locator(".metadata-row", new() { HasText = "Kommune" }).First).ToContainTextAsync("Aarhus Kommune");

        await Page.GoBackAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Høringssvar om herberg og Housing First");
        await Page.GoBackAsync();
        await Expect(Hits).ToHaveCountAsync(2);
        await Expect(Page.Locator("#chips")).ToContainTextAsync("Kommune: Odense Kommune");
        await Expect(Page.GetByLabel("Søg i udtalelser")).ToHaveValueAsync("vestergaardmodellen");
        await Expect(Page.GetByLabel("Sortér efter")).ToHaveValueAsync("newest");
    }

    [BrowserFact]
    public async Task MarkForm_ChangesTheMarkedWords_InTheAddress()
    {
        await OpenAsync("/?q=plejehjemsplads");
        await HitTitles.First.ClickAsync();
        await Expect(Page.Locator("#pages mark")).ToHaveCountAsync(1);

        await Page.GetByLabel("Markér", new() { Exact = true }).FillAsync("rådet OR værdighed");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Markér", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("\\?q=r%C3%A5det%20OR%20v%C3%A6rdighed$"));
        // The same analysis as search: "Ældrerådets" holds "råd" as a compound part, "rådets" is an inflection.
        await Expect(Page.Locator("#pages mark")).ToHaveTextAsync(["Ældrerådets", "Rådet", "værdighed", "rådets"]);
        await Page.ReloadAsync();
        await Expect(Page.Locator("#pages mark")).ToHaveCountAsync(4);
    }

    [BrowserFact]
    public async Task BadQuery_StillShowsTheText_AndSaysWhatIsWrong()
    {
        await OpenAsync("/?q=plejehjemsplads");
        var href = await HitTitles.First.GetAttributeAsync("href");

        await OpenAsync(href!.Split('?')[0] + "?q=%22unclosed");

        await Expect(Page.Locator("#message [role=alert], #message .message-error")).ToContainTextAsync("Søgeordene kan ikke markeres.");
        await Expect(Page.Locator("#pages")).ToContainTextAsync("plejehjemsplads");
    }

    [BrowserFact]
    public async Task UnknownDocument_SaysItIsNotInTheArchive()
    {
        await OpenAsync("/dokument/0000000000000000");

        await Expect(Page.Locator("#document-error")).ToContainTextAsync("Udtalelsen findes ikke i arkivet.");
    }
}
