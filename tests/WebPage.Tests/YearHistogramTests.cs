using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Archive.WebPage.Tests;

/// <summary>
/// The year bars in the period filter, over "sideopdeling OR vestergaardmodellen": one statement a year from
/// 2001 to 2030, two in 2015 and 2018, and an undated one.
/// </summary>
public sealed class YearHistogramTests(WebPageFixture web) : BrowserTest(web)
{
    private const string Search = "/?q=sideopdeling+OR+vestergaardmodellen";

    [BrowserFact]
    public async Task YearBars_OnePerYearOfTheResults_EachAButtonNamingItsCount()
    {
        await OpenAsync(Search);

        await Expect(Bars).ToHaveCountAsync(30);
        await Expect(Bar(2015, 2)).ToBeVisibleAsync();
        await Expect(Bar(2018, 2)).ToBeVisibleAsync();
        await Expect(Bar(2001, 1)).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(Bar(2030, 1)).ToBeVisibleAsync();
        await Expect(Page.Locator("#facet-year")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task YearBar_Clicked_SetsTheRangeToItsYear_TheInputsFollow_AndTheOtherYearsStay()
    {
        await OpenAsync(Search);

        await Bar(2018, 2).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("from=2018&to=2018"));
        await Expect(Summary).ToContainTextAsync("2 udtalelser fundet");
        await Expect(Page.GetByLabel("Fra år")).ToHaveValueAsync("2018");
        await Expect(Page.GetByLabel("Til år")).ToHaveValueAsync("2018");
        await Expect(Bar(2018, 2)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Bar(2018, 2)).ToBeFocusedAsync();
        await Expect(Bar(2015, 2)).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(Bars).ToHaveCountAsync(30);
        await Screenshots.SaveAsync(Page, "year-histogram", fullPage: false);

        await Page.GetByLabel("Fra år").FillAsync("2015");
        await Page.GetByLabel("Til år").FillAsync("2016");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Anvend" }).ClickAsync();

        await Expect(Summary).ToContainTextAsync("3 udtalelser fundet");
        await Expect(Bar(2015, 2)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Bar(2016, 1)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Bar(2018, 2)).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [BrowserFact]
    public async Task YearBar_ClickedAgainAsTheOnlyYear_DropsTheRange()
    {
        await OpenAsync(Search + "&from=2018&to=2018");
        await Expect(Bar(2018, 2)).ToHaveAttributeAsync("aria-pressed", "true");

        await Bar(2018, 2).ClickAsync();

        await Expect(Summary).ToContainTextAsync("33 udtalelser fundet");
        Assert.DoesNotContain("from=", Page.Url, StringComparison.Ordinal);
        await Expect(Page.GetByLabel("Fra år")).ToHaveValueAsync(string.Empty);
        await Expect(Bar(2018, 2)).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [BrowserFact]
    public async Task YearBars_DraggedAcross_SetTheRange_AndShiftClickStretchesIt()
    {
        await OpenAsync(Search);
        await Expect(Bars).ToHaveCountAsync(30);

        var start = await CentreAsync(Bar(2003, 1));
        var end = await CentreAsync(Bar(2006, 1));
        await Page.Mouse.MoveAsync(start.X, start.Y);
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(end.X, end.Y, new() { Steps = 6 });
        await Page.Mouse.UpAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("from=2003&to=2006"));
        await Expect(Summary).ToContainTextAsync("4 udtalelser fundet");
        await Expect(Page.Locator(".year-bar[aria-pressed=true]")).ToHaveCountAsync(4);

        await Bar(2008, 1).ClickAsync(new() { Modifiers = [KeyboardModifier.Shift] });

        await Expect(Page).ToHaveURLAsync(new Regex("from=2003&to=2008"));
        await Expect(Summary).ToContainTextAsync("6 udtalelser fundet");
    }

    [BrowserFact]
    public async Task YearBars_AreOneTabStop_ArrowKeysMove_AndEnterPicksTheYear()
    {
        await OpenAsync(Search);
        await Expect(Bars).ToHaveCountAsync(30);
        await Page.GetByLabel("Fra år").FocusAsync();

        await Page.Keyboard.PressAsync("Shift+Tab");
        await Expect(Bar(2030, 1)).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Home");
        await Expect(Bar(2001, 1)).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ArrowRight");
        await Expect(Bar(2002, 1)).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Regex("from=2002&to=2002"));
        await Expect(Summary).ToContainTextAsync("1 udtalelse fundet");
        await Expect(Bar(2002, 1)).ToBeFocusedAsync();
        await Expect(Page.Locator(".year-bar[tabindex='0']")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task YearBars_AtPhoneWidth_FitAndPickAYear()
    {
        await Page.SetViewportSizeAsync(PhoneWidth, 740);
        await OpenAsync(Search);
        await Page.Locator("#filters-toggle").ClickAsync();
        await Expect(Bars).ToHaveCountAsync(30);

        await Bar(2015, 2).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("from=2015&to=2015"));
        await Expect(Bar(2015, 2)).ToHaveAttributeAsync("aria-pressed", "true");
        await Screenshots.SaveAsync(Page, "phone-year-histogram", fullPage: false);
        Assert.True(await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the search page scrolls sideways at 360 px");
        var box = (await Bar(2015, 2).BoundingBoxAsync())!;
        Assert.True(box.Height >= 40, $"a bar is {box.Height} px tall, too small a target for a finger");
    }

    private ILocator Bars => Page.GetByRole(AriaRole.Toolbar, new() { Name = "Udtalelser pr. år" }).GetByRole(AriaRole.Button);

    private ILocator Bar(int year, int count) =>
        Page.GetByRole(AriaRole.Button, new() { Name = $"{year}: {count} {(count == 1 ? "udtalelse" : "udtalelser")}", Exact = true });

    private static async Task<(float X, float Y)> CentreAsync(ILocator locator)
    {
        var box = (await locator.BoundingBoxAsync())!;
        return (box.X + (box.Width / 2), box.Y + (box.Height / 2));
    }
}
