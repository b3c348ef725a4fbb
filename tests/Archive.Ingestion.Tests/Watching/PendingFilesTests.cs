using Archive.Ingestion.Watching;

namespace Archive.Ingestion.Tests.Watching;

/// <summary>Pending files are taken a batch at a time; what is not taken stays pending.</summary>
public sealed class PendingFilesTests : IDisposable
{
    private readonly string _inbox = Directory.CreateTempSubdirectory("archive-pending-").FullName;

    [Fact]
    public void TakeReady_TakesAtMostTheBatch_InPathOrder_AndLeavesTheRest()
    {
        var pending = new PendingFiles(_inbox, TimeSpan.Zero, TimeProvider.System);
        foreach (var name in new[] { "e.txt", "c.txt", "a.txt", "d.txt", "b.txt" })
        {
            File.WriteAllText(Path.Combine(_inbox, name), name);
            pending.Add(name);
        }

        var taken = new List<string>();
        while (pending.TakeReady(2) is { Ready.Count: > 0 } batch)
        {
            Assert.InRange(batch.Ready.Count, 1, 2);
            Assert.Equal(batch.Ready.Select(file => file.RelativePath).Order(StringComparer.Ordinal), batch.Ready.Select(file => file.RelativePath));
            taken.AddRange(batch.Ready.Select(file => file.RelativePath));
        }

        Assert.Equal(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"], taken.Order(StringComparer.Ordinal));
        Assert.Equal(0, pending.Count);
    }

    [Fact]
    public void TakeReady_GoneFilesCountTowardTheBatch()
    {
        var pending = new PendingFiles(_inbox, TimeSpan.Zero, TimeProvider.System);
        for (var i = 0; i < 5; i++)
        {
            pending.Add($"slettet-{i}.txt");
        }

        var first = pending.TakeReady(3);
        Assert.Equal(3, first.Gone.Count);
        Assert.Equal(2, pending.Count);
        Assert.Equal(2, pending.TakeReady(3).Gone.Count);
    }

    [Fact]
    public void TakeReady_FileStillBeingWritten_StaysPendingWhileOthersAreTaken()
    {
        var pending = new PendingFiles(_inbox, TimeSpan.FromHours(1), TimeProvider.System);
        File.WriteAllText(Path.Combine(_inbox, "skrives.txt"), "halv");
        pending.Add("skrives.txt");

        var (ready, gone) = pending.TakeReady(10);
        Assert.Empty(ready);
        Assert.Empty(gone);
        Assert.Equal(1, pending.Count);
    }

    public void Dispose() => Directory.Delete(_inbox, recursive: true);
}
