using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Archive.Ingestion.Tests.Watching;

/// <summary>The watching worker in a real host: file-system events reach the committed index without a rescan.</summary>
public sealed class IngestionWorkerTests : IAsyncLifetime, IDisposable
{
    private readonly ArchiveHarness _archive = new();
    private IHost? _host;

    public async Task InitializeAsync()
    {
        _archive.Write("eksisterende.txt", "Ældrerådet i Kolding om værdighed.");
        _host = _archive.WatchingHost(new Dictionary<string, string?>
        {
            ["StabilityDelay"] = "00:00:00.300",

            // No periodic rescan during the test: only events can bring changes in.
            ["RescanInterval"] = "01:00:00",
        });
        await _host.StartAsync();
        await _host.Services.GetRequiredService<ArchiveIngestion>().InitialScanCompleted.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Worker_StartupScan_IndexesExistingFiles()
    {
        await EventuallyAsync(() => _archive.Search("værdighed").Count == 1);
    }

    [Fact]
    public async Task Worker_FileDroppedIn_BecomesSearchableThroughEvents()
    {
        Directory.CreateDirectory(_archive.FullPath("ny-mappe"));
        await File.WriteAllTextAsync(_archive.FullPath("ny-mappe/høringssvar.txt"), "Høringssvar om Housing First i Esbjerg.");

        await EventuallyAsync(() => _archive.Search("Housing First").Count == 1);
    }

    [Fact]
    public async Task Worker_FileRenamedThenDeleted_FollowsWithoutDuplicates()
    {
        await File.WriteAllTextAsync(_archive.FullPath("udkast.txt"), "Notat om kontanthjælpsloftet.");
        await EventuallyAsync(() => _archive.Search("kontanthjælpsloftet").Count == 1);

        File.Move(_archive.FullPath("udkast.txt"), _archive.FullPath("endelig.txt"));
        await EventuallyAsync(() => _archive.Search("kontanthjælpsloftet") is [{ Files: [{ Path: "endelig.txt" }] }]);

        File.Delete(_archive.FullPath("endelig.txt"));
        await EventuallyAsync(() => _archive.Search("kontanthjælpsloftet").Count == 0);
    }

    [Fact]
    public async Task Worker_SidecarWrittenLater_ReindexesItsDocument()
    {
        await EventuallyAsync(() => _archive.Search("værdighed").Count == 1);

        await File.WriteAllTextAsync(_archive.FullPath("eksisterende.txt.json"), """{ "council": "Ældrerådet", "municipality": "Kolding Kommune" }""");

        await EventuallyAsync(() => _archive.Search("værdighed") is [{ Metadata.Municipality: "Kolding Kommune" }]);
    }

    [Fact]
    public async Task Worker_FolderRenamed_MovesItsFilesWithoutDuplicates()
    {
        // Renaming a folder raises one event for the folder and none for the files inside it.
        Directory.CreateDirectory(_archive.FullPath("udvalg-2023"));
        await File.WriteAllTextAsync(_archive.FullPath("udvalg-2023/referat.txt"), "Referat fra Beskæftigelsesudvalget om jobcentret.");
        await EventuallyAsync(() => _archive.Search("jobcentret").Count == 1);

        Directory.Move(_archive.FullPath("udvalg-2023"), _archive.FullPath("arkiv-2023"));

        await EventuallyAsync(() => _archive.Search("jobcentret") is [{ Files: [{ Path: "arkiv-2023/referat.txt" }] }]);
    }

    [Fact]
    public async Task Worker_Stop_CommitsAndReleasesTheIndex()
    {
        await File.WriteAllTextAsync(_archive.FullPath("sidst.txt"), "Integrationsrådet i Ishøj.");
        await EventuallyAsync(() => _archive.Search("Ishøj").Count == 1);

        await _host!.StopAsync();
        _host.Dispose();
        _host = null;

        // The write lock is free again: a one-shot run can open the same index.
        _archive.Open();
        Assert.Equal(2, _archive.Synchronizer!.Ingestor.DocumentCount);
    }

    [Fact]
    public async Task Worker_DisposedWithoutStopping_OutlivesLaterFileSystemEvents()
    {
        // A host torn down after a failure disposes the worker without stopping it; the watcher may still report
        // changes then, and an exception on its thread would end the whole process (here: the test run).
        using var archive = new ArchiveHarness();
        archive.Write("brev.txt", "Ældrerådet i Vejle.");
        var host = archive.WatchingHost(new Dictionary<string, string?> { ["RescanInterval"] = "01:00:00" });
        await host.StartAsync();
        await host.Services.GetRequiredService<ArchiveIngestion>().InitialScanCompleted.WaitAsync(TimeSpan.FromSeconds(30));

        host.Dispose();
        for (var i = 0; i < 20; i++)
        {
            archive.Write($"efter-{i}.txt", "Skrevet efter lukningen.");
        }

        Directory.Delete(archive.InboxPath, recursive: true);
        await Task.Delay(TimeSpan.FromSeconds(1));
    }

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "the index did not follow the inbox within 10 s");
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
        }
    }

    public void Dispose()
    {
        _host?.Dispose();
        _archive.Dispose();
    }
}
