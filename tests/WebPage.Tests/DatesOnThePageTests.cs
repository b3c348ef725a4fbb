using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Archive.WebPage.Tests;

/// <summary>A date shows as much as the document states: a year alone is "2019", a month "juni 2019", never a day.</summary>
public sealed class DatesOnThePageTests(WebPageFixture web) : BrowserTest(web)
{
    private const string Marker = "datopræcisionsprøve";

    [BrowserFact]
    public async Task HitsAndDocumentPage_ShowTheDateAsPreciseAsStated()
    {
        using var folder = new TempDirectory();
        var inbox = folder.Combine("inbox");
        foreach (var date in new[] { "2019", "2019-06", "2019-06-12" })
        {
            SampleArchive.Write(inbox, $"dato-{date}.txt", $"Notat dateret {date}\n\nUdsatterådet drøftede {Marker} og herberg.",
                new { title = $"Notat dateret {date}", council = "Udsatterådet", municipality = "Odense Kommune", date });
        }

        using var archive = await WebArchiveServer.StartAsync(inbox, folder.Combine("index"));
        await Page.GotoAsync(archive.Url($"/?q={Marker}"));

        foreach (var (date, shown) in new[] { ("2019", "2019"), ("2019-06", "juni 2019"), ("2019-06-12", "12. juni 2019") })
        {
            var time = Hits.Filter(new() { Has = Page.Locator(".hit-title a", new() { HasTextRegex = TitleOf(date) }) }).Locator(".hit-facts time");
            await Expect(time).ToHaveTextAsync(shown);
            await Expect(time).ToHaveAttributeAsync("datetime", date);
        }

        await Screenshots.SaveAsync(Page, "dates-as-stated", fullPage: false);

        await HitTitles.Filter(new() { HasTextRegex = TitleOf("2019") }).ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync("Notat dateret 2019");
        await Expect(Page.Locator("#document-subtitle")).ToHaveTextAsync("Notat · Udsatterådet · Odense Kommune · 2019");
        await Expect(Page.Locator(".metadata-row", new() { Has = Page.Locator("dt", new() { HasTextRegex = new Regex("^Dato$") }) }).Locator(".metadata-value")).ToHaveTextAsync("2019");
    }

    private static Regex TitleOf(string date) => new($"^Notat dateret {Regex.Escape(date)}$");
}
