using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Archive.WebPage.Tests;

/// <summary>What an address typed or shared by hand asks for is what the page shows.</summary>
public sealed class AddressTests(WebPageFixture web) : BrowserTest(web)
{
    [BrowserFact]
    public async Task MunicipalityAsPeopleWriteIt_TicksItsBox_AndItsChipRemovesIt()
    {
        await OpenAsync("/?q=ledsagelse&municipality=Holbaek");

        var box = Page.GetByRole(AriaRole.Checkbox, new() { Name = "Holbæk Kommune" });
        await Expect(box).ToBeCheckedAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("municipality=Holb%C3%A6k\\+Kommune"));
        var chip = Page.GetByRole(AriaRole.Button, new() { Name = "Fjern filteret Kommune: Holbæk Kommune" });
        await Expect(chip).ToBeVisibleAsync();

        await box.UncheckAsync();

        await Expect(chip).ToHaveCountAsync(0);
        await Expect(Page).Not.ToHaveURLAsync(new Regex("municipality="));
    }

    [BrowserFact]
    public async Task PageSizeInTheAddress_SetsTheHitsPerPage_AndPagingKeepsIt()
    {
        await OpenAsync("/?q=sideopdeling&sort=oldest&pageSize=5");

        await Expect(Hits).ToHaveCountAsync(5);
        await Expect(Summary).ToContainTextAsync("Side 1 af 6.");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Næste side" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("page=2&pageSize=5|pageSize=5&page=2"));
        await Expect(Hits).ToHaveCountAsync(5);
        await Expect(HitTitles.First).ToHaveTextAsync("Sideopdeling nummer 6");
    }
}
