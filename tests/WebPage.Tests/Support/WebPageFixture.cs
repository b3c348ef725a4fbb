namespace Archive.WebPage.Tests.Support;

/// <summary>
/// One archive over the sample inbox (the bundled corpus and council texts with fixed metadata) and one
/// headless Chromium, shared by every browser test; each test opens its own browser context.
/// </summary>
public sealed class WebPageFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _folder = new();
    private Task<WebArchiveServer>? _archiveWithFailures;

    public WebArchiveServer Server { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A second archive over <see cref="FailingFiles"/>, started the first time a test asks for it.</summary>
    public Task<WebArchiveServer> ArchiveWithFailuresAsync() =>
        _archiveWithFailures ??= StartArchiveWithFailuresAsync();

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        var inbox = _folder.Combine("inbox");
        SampleArchive.Create(inbox);

        // The Odense hearing response once more, as the web page it was published as: the same text in two formats.
        SampleArchive.Write(inbox, "odense/hoeringssvar-herberg.html",
            "<!DOCTYPE html><html lang=\"da\"><head><title>Høringssvar om herberg og Housing First</title></head><body><main>"
            + "<h1>Høringssvar om herberg og Housing First</h1><p>Udsatterådet anbefaler Housing First frem for herberg. Hjemløse borgere skal "
            + "tilbydes egen bolig med bostøtte. Vestergaardmodellen nævnes. Vi advarer mod &lt;script&gt;alert(1)&lt;/script&gt; &amp; lignende.</p>"
            + "</main></body></html>",
            new { council = "Udsatterådet", municipality = "Odense Kommune", type = "Høringssvar", date = "2015-09-15", topics = new[] { "Hjemløshed og bolig" } });
        Server = await WebArchiveServer.StartAsync(inbox, _folder.Combine("index"));
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();

        // A loaded CI machine runs the other test projects beside these; a first search there may take seconds.
        Assertions.SetDefaultExpectTimeout(10_000);
        Browser = await Chromium.LaunchAsync(Playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose()
    {
        Playwright?.Dispose();
        Server?.Dispose();
        if (_archiveWithFailures is { IsCompletedSuccessfully: true })
        {
            _archiveWithFailures.Result.Dispose();
        }

        _folder.Dispose();
    }

    private Task<WebArchiveServer> StartArchiveWithFailuresAsync()
    {
        var inbox = _folder.Combine("failing-inbox");
        FailingFiles.Create(inbox);
        return WebArchiveServer.StartAsync(inbox, _folder.Combine("failing-index"));
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<WebPageFixture>
{
    // One archive and one browser for all browser tests, which run one after another.
    public const string Name = "web page";
}

/// <summary>A browser test: a fresh context and page per test, and no script error may happen on the page.</summary>
[Collection(SharedBrowser.Name)]
public abstract class BrowserTest(WebPageFixture web) : IAsyncLifetime
{
    public const int PhoneWidth = 360;

    private readonly List<string> _scriptErrors = [];

    protected WebPageFixture Web { get; } = web;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Viewport of the page; a phone test overrides it.</summary>
    protected virtual ViewportSize Viewport => new() { Width = 1280, Height = 900 };

    /// <summary>Tests that inject axe-core need the page's script policy lifted, as it forbids scripts the archive does not serve.</summary>
    protected virtual bool BypassContentSecurityPolicy => false;

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        Context = await Web.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = Viewport,
            Locale = "da-DK",
            BypassCSP = BypassContentSecurityPolicy,
        });
        Context.SetDefaultTimeout(10_000);
        Page = await Context.NewPageAsync();
        Page.PageError += (_, error) => _scriptErrors.Add(error);
    }

    public async Task DisposeAsync()
    {
        if (Context is not null)
        {
            await Context.CloseAsync();
        }

        Assert.True(_scriptErrors.Count == 0, "Script errors on the page: " + string.Join(" | ", _scriptErrors));
    }

    protected Task<IResponse?> OpenAsync(string pathAndQuery) => Page.GotoAsync(Web.Server.Url(pathAndQuery));

    /// <summary>Types a query into the search box and submits it, as a reader does.</summary>
    protected async Task SearchAsync(string query)
    {
        await Page.GetByLabel("Søg i udtalelser").FillAsync(query);
        await Page.GetByLabel("Søg i udtalelser").PressAsync("Enter");
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&]q="));
    }

    protected ILocator Hits => Page.Locator("#hits > li");

    protected ILocator HitTitles => Page.Locator("#hits .hit-title a");

    protected ILocator Summary => Page.Locator("#summary");
}
