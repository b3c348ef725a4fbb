using System.Text;
using System.Xml.Linq;

namespace Archive.SearchApi.Tests;

/// <summary>An Atom entry's summary over a long document, whose best passages are cut out of the middle of its pages.</summary>
public sealed class AtomSummaryTests : IAsyncLifetime, IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TempDirectory _folder = new();
    private ArchiveApp _app = null!;

    public async Task InitializeAsync()
    {
        var inbox = _folder.Combine("inbox");
        var filler = string.Concat(Enumerable.Repeat("Rådet drøftede budgettet for det kommende år og de mange forslag. ", 8));
        var pages = Enumerable.Range(1, 4).Select(page => $"{filler}På side {page} nævnes natcaféen igen. {filler}");
        SampleArchive.Write(inbox, "lang-referat.txt", "Referat fra rådets møder\n\n" + string.Join('\f', pages));
        _app = new ArchiveApp(inbox, _folder.Combine("index"));
        await _app.ReadyAsync();
    }

    [Fact]
    public async Task Summary_JoinsPassagesWithOneEllipsis()
    {
        var hit = Assert.Single((await _app.SearchAsync("q=natcaf%C3%A9en")).Hits());
        var passages = hit.GetProperty("snippets").EnumerateArray().Select(snippet => snippet.GetProperty("html").GetString()!).ToList();
        using var response = await _app.Client.GetAsync(new Uri("/api/search?q=natcaf%C3%A9en&format=atom", UriKind.Relative));
        var entry = Assert.Single(XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(Atom + "entry"));

        var summary = entry.Element(Atom + "summary")!.Value;

        Assert.True(passages.Count > 1, "the document should give several passages");
        Assert.All(passages, passage => Assert.StartsWith("…", passage, StringComparison.Ordinal));
        Assert.DoesNotContain("… …", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("……", summary, StringComparison.Ordinal);
        Assert.Equal(passages.Count, summary.Split(" … ").Length);
        Assert.StartsWith("…", summary, StringComparison.Ordinal);
        Assert.EndsWith("…", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", summary, StringComparison.Ordinal);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _app?.Dispose();
        _folder.Dispose();
    }
}
