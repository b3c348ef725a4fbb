using System.Diagnostics;

namespace Archive.SearchApi.Tests;

/// <summary>Files arriving, failing and changing while the API runs and answers searches.</summary>
public sealed class LiveIngestionTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _folder = new();
    private ArchiveApp _app = null!;

    public async Task InitializeAsync()
    {
        var inbox = _folder.Combine("inbox");
        SampleArchive.Create(inbox);
        _app = new ArchiveApp(inbox, _folder.Combine("index"));
        await _app.ReadyAsync();
    }

    [Fact]
    public async Task DroppedFile_IsSearchableWithinFiveSeconds()
    {
        var written = Stopwatch.StartNew();
        SampleArchive.Write(_app.Inbox, "nye/hoeringssvar-vinterberedskab.txt", "Høringssvar om vinterberedskab for hjemløse: varmestuer og natcaféer skal holde åbent.");

        var found = await Eventually.WaitUntilAsync(async () => (await _app.SearchAsync("q=vinterberedskab")).Total() == 1, TimeSpan.FromSeconds(5));

        Assert.True(found, $"not searchable {written.Elapsed.TotalSeconds:0.0} s after it was written");
    }

    [Fact]
    public async Task ChangedAndDeletedFiles_ShowInSearch()
    {
        var path = Path.Combine(_app.Inbox, "nye", "notat-snerydning.txt");
        SampleArchive.Write(_app.Inbox, "nye/notat-snerydning.txt", "Notat om snerydning ved herberget.");
        Assert.True(await Eventually.WaitUntilAsync(async () => (await _app.SearchAsync("q=snerydning")).Total() == 1, TimeSpan.FromSeconds(10)));

        await File.WriteAllTextAsync(path, "Notat om saltning ved herberget.");
        Assert.True(await Eventually.WaitUntilAsync(async () => (await _app.SearchAsync("q=saltning")).Total() == 1 && (await _app.SearchAsync("q=snerydning")).Total() == 0, TimeSpan.FromSeconds(10)));

        File.Delete(path);
        Assert.True(await Eventually.WaitUntilAsync(async () => (await _app.SearchAsync("q=saltning")).Total() == 0, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task BrokenFile_IsListedUnderFailures_AndCountedInHealth()
    {
        SampleArchive.Write(_app.Inbox, "nye/ikke-en-pdf.pdf", "Dette er tekst, ikke en PDF.");

        Assert.True(await Eventually.WaitUntilAsync(async () => (await _app.GetJsonAsync("/api/ingest/failures")).GetProperty("total").GetInt32() == 1, TimeSpan.FromSeconds(10)));
        var failure = (await _app.GetJsonAsync("/api/ingest/failures")).GetProperty("failures")[0];
        var health = await _app.GetJsonAsync("/api/health");

        Assert.Equal("nye/ikke-en-pdf.pdf", failure.GetProperty("path").GetString());
        Assert.Equal("corrupt", failure.GetProperty("reason").GetString());
        Assert.Contains("not a PDF", failure.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, health.GetProperty("failedFiles").GetInt32());
        Assert.Equal("ok", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Searches_WhileFilesAreIngested_NeverFail()
    {
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < 60; i++)
            {
                SampleArchive.Write(_app.Inbox, $"strøm/referat-{i:000}.txt", $"Referat {i} om gadeplansarbejde og væresteder, nummer {i}.");
                await Task.Delay(20);
            }
        });

        var searches = 0;
        while (!writer.IsCompleted || searches < 50)
        {
            var results = await _app.SearchAsync("q=gadeplansarbejde&pageSize=5");
            Assert.InRange(results.Total(), 0, 60);
            searches++;
        }

        await writer;
        Assert.True(await Eventually.WaitUntilAsync(async () => (await _app.SearchAsync("q=gadeplansarbejde")).Total() == 60, TimeSpan.FromSeconds(30)));
    }

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
