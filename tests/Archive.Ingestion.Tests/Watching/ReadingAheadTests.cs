using Archive.Ingestion.Outcomes;
using Archive.Ingestion.Tests.Support;
using Archive.Ingestion.Watching;

namespace Archive.Ingestion.Tests.Watching;

/// <summary>
/// A run reads the next batch of files while it writes the one before; a run stopped meanwhile must lose none of
/// the files it had taken but not written.
/// </summary>
public sealed class ReadingAheadTests
{
    private const int Files = 450;

    [Fact]
    public async Task ProcessReady_StoppedWhileTheNextBatchIsRead_LeavesItsFilesPendingAndLosesNone()
    {
        using var archive = new ArchiveHarness();
        var synchronizer = await ScannedAsync(archive, commitBatchSize: 2000);
        using var stop = new CancellationTokenSource();
        var read = 0;

        // Stopped once the second batch is being read: the first is read, and written or being written.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => synchronizer.ProcessReadyAsync(
            _ =>
            {
                if (Interlocked.Increment(ref read) == 250)
                {
                    stop.Cancel();
                }
            },
            stop.Token));

        Assert.True(synchronizer.PendingCount >= Files - 250, $"only {synchronizer.PendingCount} files still pending");
        var rest = await archive.DrainAsync();
        var written = synchronizer.Ingestor.IndexedFileCount;

        Assert.All(rest, outcome => Assert.Equal(FileStatus.Indexed, outcome.Status));
        Assert.Equal(Files, written);
        Assert.Equal(Files, archive.Search("hjemløse").Count);
    }

    [Fact]
    public async Task ProcessReady_ReadsEveryBatchOnceAndWritesThemInOrder()
    {
        using var archive = new ArchiveHarness();
        var synchronizer = await ScannedAsync(archive, commitBatchSize: 100);
        var reported = new System.Collections.Concurrent.ConcurrentBag<string>();

        var outcomes = await synchronizer.ProcessReadyAsync(outcome => reported.Add(outcome.Path), CancellationToken.None);

        Assert.Equal(Files, reported.Count);
        Assert.Equal(Files, reported.Distinct().Count());
        Assert.Equal(outcomes.Select(outcome => outcome.Path).Order(StringComparer.Ordinal), outcomes.Select(outcome => outcome.Path));
        Assert.Equal(Files, synchronizer.Ingestor.IndexedFileCount);
        Assert.False(synchronizer.HasPending);
    }

    /// <summary>The archive with <see cref="Files"/> finished texts in its inbox, scanned, none ingested yet.</summary>
    private static async Task<InboxSynchronizer> ScannedAsync(ArchiveHarness archive, int commitBatchSize)
    {
        for (var i = 0; i < Files; i++)
        {
            File.SetLastWriteTimeUtc(archive.Write($"notat-{i:0000}.txt", $"Notat nummer {i} om boliger til hjemløse borgere."), DateTime.UtcNow.AddMinutes(-5));
        }

        var synchronizer = archive.Open(options => options.CommitBatchSize = commitBatchSize);
        await synchronizer.ScanAllAsync(CancellationToken.None);
        return synchronizer;
    }
}
