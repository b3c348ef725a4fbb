using Archive.Ingestion.Tests.Support;
using Archive.Ingestion.Watching;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Ingestion.Tests.Watching;

/// <summary>
/// A long run commits once per <see cref="IngestionOptions.CommitBatchSize"/> files (each commit is one more
/// generation of the index), not once per batch of files read together, and commits what is left at the end.
/// </summary>
public sealed class CommitBatchTests
{
    [Theory]
    [InlineData(450, 400, 2)] // read 200 at a time; committed when 400 are in, then the last 50
    [InlineData(450, 100, 5)] // read 100 at a time, committed after each, then the last 50
    [InlineData(30, 2000, 1)] // fewer files than one commit's worth: committed at the end
    public async Task ProcessReady_CommitsAfterEveryBatchOfFilesAndAtTheEnd(int files, int commitBatchSize, int commits)
    {
        using var archive = new ArchiveHarness();
        for (var i = 0; i < files; i++)
        {
            File.SetLastWriteTimeUtc(archive.Write($"notat-{i:0000}.txt", $"Notat nummer {i} om boliger til hjemløse borgere."), DateTime.UtcNow.AddMinutes(-5));
        }

        var synchronizer = archive.Open(options => options.CommitBatchSize = commitBatchSize);
        await synchronizer.ScanAllAsync(CancellationToken.None);
        var before = CommitGeneration(archive.IndexPath);

        var outcomes = await synchronizer.ProcessReadyAsync(null, CancellationToken.None);

        Assert.Equal(files, outcomes.Count);
        Assert.Equal(commits, CommitGeneration(archive.IndexPath) - before);
        Assert.True(InboxSynchronizer.FilesReadAtOnce < 400, "the first case needs more than one batch read per commit");
    }

    [Fact]
    public async Task ProcessReady_TakesAtMostABatchOfFilesToReadAtOnce_HoweverRarelyItCommits()
    {
        const int Files = 450;
        using var archive = new ArchiveHarness();
        for (var i = 0; i < Files; i++)
        {
            archive.Write($"notat-{i:0000}.txt", $"Notat nummer {i} om boliger til hjemløse borgere.");
        }

        var synchronizer = archive.Open(options => options.CommitBatchSize = 2000);
        await synchronizer.ScanAllAsync(CancellationToken.None);
        var (mostTaken, reported) = (0, 0);
        var gate = new System.Threading.Lock();

        // Files taken from the pending set and not yet reported read: the batch being read.
        var outcomes = await synchronizer.ProcessReadyAsync(
            _ =>
            {
                lock (gate)
                {
                    mostTaken = Math.Max(mostTaken, Files - synchronizer.PendingCount - reported++);
                }
            },
            CancellationToken.None);

        Assert.Equal(Files, outcomes.Count);
        Assert.Equal(InboxSynchronizer.FilesReadAtOnce, mostTaken);
    }

    /// <summary>How many commits the index has had: its first commit is generation 1, and a new index has none (-1).</summary>
    private static long CommitGeneration(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        return Math.Max(0, SegmentInfos.GetLastCommitGeneration(directory));
    }
}
