namespace Archive.WebPage.Tests.Support;

/// <summary>Screenshots of the main views, kept as build artifacts in artifacts/screenshots/ at the repository root.</summary>
public static class Screenshots
{
    public static string Directory => Path.Combine(TestData.RepositoryRoot, "artifacts", "screenshots");

    public static async Task SaveAsync(IPage page, string name, bool fullPage = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        System.IO.Directory.CreateDirectory(Directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Directory, name + ".png"), FullPage = fullPage });
    }
}
