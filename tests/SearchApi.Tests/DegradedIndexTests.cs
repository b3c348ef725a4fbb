using System.Text.Json;
using Archive.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.SearchApi.Tests;

/// <summary>The API when its index is held by another process, damaged, or only read.</summary>
public sealed class DegradedIndexTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task IndexHeldByAnotherWriter_IsDegraded_ButSearchesItsLastCommit()
    {
        var (inbox, index) = await BuildArchiveAsync();
        await using var otherProcess = TestIngestion.Services(inbox, index);
        otherProcess.GetRequiredService<ArchiveIngestion>().Open();
        using var app = new ArchiveApp(inbox, index);

        var health = await app.GetJsonAsync("/api/health");
        var results = await app.SearchAsync("q=ledsagelse");

        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.False(health.GetProperty("hostsIngestion").GetBoolean());
        Assert.Equal(JsonValueKind.Null, health.GetProperty("ingestion").ValueKind);
        Assert.Contains("in use by another process", health.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(index, health.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, results.Total());
    }

    [Fact]
    public async Task DamagedIndex_IsDegraded_AndSearchesAre503()
    {
        var inbox = _folder.Combine("inbox");
        SampleArchive.Create(inbox);
        var index = _folder.Combine("index");
        Directory.CreateDirectory(index);
        await File.WriteAllTextAsync(Path.Combine(index, "segments_1"), "this is not a Lucene index");
        using var app = new ArchiveApp(inbox, index);

        var health = await app.GetJsonAsync("/api/health");
        var problem = await app.GetProblemAsync("/api/search?q=ledsagelse", 503);
        await app.GetProblemAsync("/api/facets", 503);
        await app.GetProblemAsync("/api/documents/0000000000000000", 503);

        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Equal(0, health.GetProperty("documents").GetInt32());
        Assert.False(string.IsNullOrEmpty(health.GetProperty("problem").GetString()));
        Assert.Equal("The archive's index is not available", problem.GetProperty("title").GetString());

        // Where the archive keeps its files is for its log, not for its clients.
        Assert.DoesNotContain(index, health.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(index, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOnly_SeesWhatAnotherProcessCommits()
    {
        var (inbox, index) = await BuildArchiveAsync();
        using var app = new ArchiveApp(inbox, index, new Dictionary<string, string?> { ["Archive:HostIngestion"] = "false" });
        var before = await app.SearchAsync("q=ledsagelse");
        var health = await app.GetJsonAsync("/api/health");

        // Another process adds a document and commits.
        SampleArchive.Write(inbox, "nye/vinter.txt", "Notat om vinterberedskab.");
        await Ingest(inbox, index);

        app.Index.Refresh();
        var after = await app.SearchAsync("q=vinterberedskab");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.False(health.GetProperty("hostsIngestion").GetBoolean());
        Assert.True(health.GetProperty("lastIngestion").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(-1), "the last commit's time is read from the index");
        Assert.Equal(1, before.Total());
        Assert.Equal(1, after.Total());
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Ingests the sample archive once, as the ingest command would, and closes the index.</summary>
    private async Task<(string Inbox, string Index)> BuildArchiveAsync()
    {
        var inbox = _folder.Combine("inbox");
        var index = _folder.Combine("index");
        SampleArchive.Create(inbox);
        await Ingest(inbox, index);
        return (inbox, index);
    }

    private static Task Ingest(string inbox, string index) => TestIngestion.IngestOnceAsync(inbox, index);
}
