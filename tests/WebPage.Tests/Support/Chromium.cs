namespace Archive.WebPage.Tests.Support;

/// <summary>
/// Debian's Chromium, which scripts/install-prerequisites.sh installs. Playwright drives it and never downloads
/// a browser of its own.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool Installed => File.Exists(ExecutablePath);

    /// <summary>Why browser tests are skipped, or null when they must run.</summary>
    /// <remarks>Under CI the browser is part of the contract, so its absence fails instead of skipping.</remarks>
    public static string? SkipReason =>
        Installed || TestData.IsCi ? null : $"needs Chromium at {ExecutablePath} (scripts/install-prerequisites.sh installs it)";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        if (!Installed)
        {
            throw new InvalidOperationException($"Chromium is missing at {ExecutablePath}; run scripts/install-prerequisites.sh. Under CI=true it is required.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }
}

/// <summary>A browser test: skipped with a reason when Chromium is absent, except under CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = Chromium.SkipReason;
    }
}
