using System.Text;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Indexing;

/// <summary>A file still being copied into the inbox is never indexed half-written.</summary>
public sealed class HalfWrittenFileTests : IDisposable
{
    private readonly ArchiveHarness _archive = new();

    [Fact]
    public async Task Sync_FileStillBeingWritten_IsIndexedOnlyWhenComplete()
    {
        var synchronizer = _archive.Open(options => options.StabilityDelay = TimeSpan.FromMilliseconds(800));
        var path = _archive.FullPath("kopieres.txt");
        await using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes("Begyndelsen af brevet om hjemløshed. "));
            await stream.FlushAsync();
            await synchronizer.ScanAllAsync(CancellationToken.None);

            // Keep writing in small steps, each well within the stability delay, and let the ingestor look each time.
            for (var step = 0; step < 6; step++)
            {
                await Task.Delay(200);
                await stream.WriteAsync(Encoding.UTF8.GetBytes($"Afsnit {step} om bostøtte. "));
                await stream.FlushAsync();
                var outcomes = await synchronizer.ProcessReadyAsync(null, CancellationToken.None);
                Assert.DoesNotContain(outcomes, outcome => outcome.Status == FileStatus.Indexed);
            }

            await stream.WriteAsync(Encoding.UTF8.GetBytes("Slutningen med underskriften."));
        }

        await _archive.DrainAsync();

        var document = Assert.Single(_archive.Documents());
        Assert.Contains("Slutningen med underskriften.", document.Pages[0], StringComparison.Ordinal);
        Assert.Single(_archive.Search("underskriften"));
    }

    public void Dispose() => _archive.Dispose();
}
