namespace Archive.SearchApi.Tests;

/// <summary>Health says what ingestion is doing now: files dropped into the inbox wait until their writes settle.</summary>
public sealed class IngestionActivityTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _folder = new();
    private ArchiveApp _app = null!;

    public async Task InitializeAsync()
    {
        var inbox = _folder.Combine("inbox");
        SampleArchive.Write(inbox, "gammel.txt", "Et notat om vinterberedskab, skrevet for længe siden.");
        File.SetLastWriteTimeUtc(Path.Combine(inbox, "gammel.txt"), DateTime.UtcNow.AddDays(-1));

        // A file written now is read only once it has stayed unchanged this long: for this test, never.
        _app = new ArchiveApp(inbox, _folder.Combine("index"), new Dictionary<string, string?> { ["Archive:StabilityDelay"] = "01:00:00" });
        await _app.ReadyAsync();
    }

    [Fact]
    public async Task Health_FilesStillBeingWritten_AreWaiting_NotRunning()
    {
        SampleArchive.Write(_app.Inbox, "ny-1.txt", "Et nyt notat.");
        SampleArchive.Write(_app.Inbox, "ny-2.txt", "Endnu et nyt notat.");

        var waiting = await Eventually.WaitUntilAsync(
            async () => (await _app.GetJsonAsync("/api/health")).GetProperty("ingestion").GetProperty("waitingFiles").GetInt32() == 2,
            TimeSpan.FromSeconds(30));

        var health = await _app.GetJsonAsync("/api/health");
        Assert.True(waiting, $"health never counted the two new files as waiting: {health}");
        Assert.False(health.GetProperty("ingestion").GetProperty("running").GetBoolean());
        Assert.True(health.GetProperty("hostsIngestion").GetBoolean());
        Assert.Equal(1, health.GetProperty("documents").GetInt32());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _app.Dispose();
        _folder.Dispose();
    }
}
