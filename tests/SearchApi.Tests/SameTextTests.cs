namespace Archive.SearchApi.Tests;

/// <summary>The same text in several files (formats) is one hit that names the others, and is counted once.</summary>
public sealed class SameTextTests : IAsyncLifetime, IDisposable
{
    private const string Statement = "Høringssvar om værestedet\n\nUdsatterådet beklager lukningen af værestedet Fristedet. Brugerne mister et trygt sted.";
    private readonly TempDirectory _folder = new();
    private ArchiveApp _app = null!;

    public async Task InitializeAsync()
    {
        var inbox = _folder.Combine("inbox");
        TestData.CopyBundledCorpus(inbox);
        var roskilde = new { municipality = "Roskilde Kommune", council = "Udsatterådet", type = "Høringssvar" };
        SampleArchive.Write(inbox, "roskilde/fristedet.txt", Statement, roskilde);
        SampleArchive.Write(inbox, "roskilde/fristedet.html",
            "<!DOCTYPE html><html><head><title>Høringssvar</title></head><body><h1>Høringssvar om værestedet</h1>"
            + "<p>Udsatterådet beklager lukningen af værestedet <b>Fristedet</b>. Brugerne mister et trygt sted.</p></body></html>",
            roskilde);
        SampleArchive.Write(inbox, "roskilde/fristedet-udkast.txt", Statement.Replace("trygt", "godt", StringComparison.Ordinal), roskilde);
        if (TestData.SharedExists || TestData.IsCi)
        {
            // The seed texts the bundled PDF and Word file were rendered from.
            File.Copy(TestData.RequireShared("seeds", "004_226471755ba5451d.txt"), Path.Combine(inbox, "slagelse", "pejlemaerker-tekst.txt"));
            File.Copy(TestData.RequireShared("seeds", "002_0f1d5447576a8fab.txt"), Path.Combine(inbox, "koebenhavn", "pilotprojekt-tekst.txt"));
        }

        _app = new ArchiveApp(inbox, _folder.Combine("index"));
        await _app.ReadyAsync();
    }

    [Fact]
    public async Task Search_SameTextAsTextAndWebPage_IsOneHitNamingTheOtherFile()
    {
        var results = await _app.SearchAsync("q=fristedet");

        Assert.Equal(2, results.Total());
        var hits = results.Hits();
        var copied = Assert.Single(hits, hit => hit.GetProperty("alsoAs").GetArrayLength() == 1);
        var other = copied.GetProperty("alsoAs")[0];
        Assert.Equal(
            new[] { "fristedet.html", "fristedet.txt" },
            new[] { copied.GetProperty("fileName").GetString(), other.GetProperty("fileName").GetString() }.Order(StringComparer.Ordinal));
        Assert.Equal(copied.GetProperty("fileName").GetString() == "fristedet.txt" ? "HTML" : "TXT", other.GetProperty("format").GetString());
        var draft = Assert.Single(hits, hit => hit.GetProperty("fileName").GetString() == "fristedet-udkast.txt");
        Assert.Empty(draft.GetProperty("alsoAs").EnumerateArray());
        Assert.Equal("TXT", draft.GetProperty("format").GetString());
    }

    [Theory]
    [InlineData("q=fristedet")]
    [InlineData("q=fristedet&municipality=Roskilde")]
    public async Task Search_SameTextInTwoFiles_CountsItOnceInTotalAndFacets(string query)
    {
        var results = await _app.SearchAsync(query);

        Assert.Equal(2, results.Total());
        Assert.Equal(2, results.FacetCount("municipality", "Roskilde Kommune"));
        Assert.Equal(2, results.FacetCount("type", "Høringssvar"));
    }

    [Fact]
    public async Task Document_WithACopy_NamesIt()
    {
        var results = await _app.SearchAsync("q=fristedet");
        var copied = results.Hits().Single(hit => hit.GetProperty("alsoAs").GetArrayLength() == 1);

        var document = await _app.GetJsonAsync("/api/documents/" + Uri.EscapeDataString(copied.GetProperty("alsoAs")[0].GetProperty("id").GetString()!));

        Assert.Equal(copied.GetProperty("id").GetString(), Assert.Single(document.GetProperty("alsoAs").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Similar_DocumentWithACopy_LeavesItsOwnCopyOut()
    {
        var results = await _app.SearchAsync("q=fristedet");
        var copied = results.Hits().Single(hit => hit.GetProperty("alsoAs").GetArrayLength() == 1);
        var copyId = copied.GetProperty("alsoAs")[0].GetProperty("id").GetString();

        var similar = await _app.GetJsonAsync($"/api/documents/{Uri.EscapeDataString(copied.GetProperty("id").GetString()!)}/similar?otherMunicipalities=false");

        Assert.DoesNotContain(similar.Hits(), hit => hit.GetProperty("id").GetString() == copyId);
        Assert.Contains(similar.Hits(), hit => hit.GetProperty("fileName").GetString() == "fristedet-udkast.txt");
    }

    [SharedFact]
    public async Task Search_BundledPdfAndWordBesideTheirSeedTexts_AreOneHitEach()
    {
        var pejlemaerker = await _app.SearchAsync("q=pejlemærker");
        var pilot = await _app.SearchAsync("q=pilotprojekt+kontanthjælpsmodtagere");

        var pdf = Assert.Single(pejlemaerker.Hits(), hit => FileNames(hit).Any(name => name.Contains("pejlemaerker", StringComparison.Ordinal)));
        Assert.Equal(["pejlemaerker-tekst.txt", "politiske-pejlemaerker-2019.pdf"], FileNames(pdf));
        var word = Assert.Single(pilot.Hits(), hit => FileNames(hit).Any(name => name.Contains("pilotprojekt", StringComparison.Ordinal)));
        Assert.Equal(["pilotprojekt-tekst.txt", "pilotprojekt-udsatte-kontanthjaelpsmodtagere-2012.docx"], FileNames(word));
    }

    /// <summary>The hit's file name and its copies', in order.</summary>
    private static List<string> FileNames(System.Text.Json.JsonElement hit) =>
        [.. hit.GetProperty("alsoAs").EnumerateArray().Append(hit).Select(file => file.GetProperty("fileName").GetString()!).Order(StringComparer.Ordinal)];

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _app?.Dispose();
        _folder.Dispose();
    }
}
