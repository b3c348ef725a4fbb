using System.Diagnostics;
using Archive.Lucene;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Archive.Ingestion.Tests.Watching;

/// <summary>The watching worker in a real host merges the small segments its commits wrote once the inbox is quiet.</summary>
public sealed class QuietMergeTests : IDisposable
{
    private readonly ArchiveHarness _archive = new();

    [Fact]
    public async Task Worker_InboxQuiet_MergesTheSmallSegmentsKeepingTheTimeOfIngestion()
    {
        // Forty-five files committed one at a time write forty-five one-document segments, of which Lucene's own
        // merge policy (ten at a time) leaves nine; every search pays for each.
        for (var i = 0; i < 45; i++)
        {
            _archive.Write($"brev-{i:00}.txt", $"Handicaprådet i Gentofte, brev nummer {i} om hjælpemidler.");
        }

        using var host = _archive.WatchingHost(new Dictionary<string, string?>
        {
            ["StabilityDelay"] = "00:00:00",
            ["CommitBatchSize"] = "1",
            ["RescanInterval"] = "01:00:00",
            ["MergeWhenQuietFor"] = "00:00:02",
        });
        await host.StartAsync();
        try
        {
            await host.Services.GetRequiredService<ArchiveIngestion>().InitialScanCompleted.WaitAsync(TimeSpan.FromSeconds(60));
            var ingestedAt = Committed().LastIngestion;

            var watch = Stopwatch.StartNew();
            while (Committed().Segments > 3)
            {
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"still {Committed().Segments} segments 30 s after the inbox went quiet");
                await Task.Delay(200);
            }

            var merged = Committed();
            Assert.Equal(45, merged.Documents);
            Assert.NotNull(ingestedAt);
            Assert.Equal(ingestedAt, merged.LastIngestion);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    /// <summary>The last commit as another process sees it.</summary>
    private (int Documents, int Segments, DateTimeOffset? LastIngestion) Committed()
    {
        using var directory = ArchiveLucene.OpenDirectory(_archive.IndexPath);
        using var reader = DirectoryReader.Open(directory);
        return (reader.NumDocs, reader.Leaves.Count, IndexCommitData.LastIngestion(reader.IndexCommit.UserData));
    }

    public void Dispose() => _archive.Dispose();
}
