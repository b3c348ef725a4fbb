// Longer than most files here: each case of the inbox a file can be in (new, changed, renamed,
// duplicated, deleted, failed, fixed, with sidecar or metadata.csv) is its own test over one real archive.
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Indexing;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Indexing;

/// <summary>Changes in the inbox against a real index: change, delete, rename, duplicates, sidecars, restarts.</summary>
public sealed class InboxIngestionTests : IDisposable
{
    private readonly ArchiveHarness _archive = new();

    [Fact]
    public async Task Sync_ChangedFile_IsReindexedNotDuplicated()
    {
        _archive.Write("notat.txt", "Første udgave om hjemløshed og herberger.");
        await _archive.SyncAsync();
        var before = Assert.Single(_archive.Documents());

        _archive.Write("notat.txt", "Anden udgave om misbrug og behandling.");
        await _archive.SyncAsync();

        var after = Assert.Single(_archive.Documents());
        Assert.Equal(before.Id, after.Id);
        Assert.Single(_archive.Search("misbrug"));
        Assert.Empty(_archive.Search("hjemløshed"));
    }

    [Fact]
    public async Task Sync_DeletedFile_IsRemoved()
    {
        _archive.Write("a.txt", "Udsatterådet mødes i Slagelse.");
        _archive.Write("b.txt", "Handicaprådet mødes i Holbæk.");
        await _archive.SyncAsync();

        File.Delete(_archive.FullPath("a.txt"));
        var outcomes = await _archive.SyncAsync();

        Assert.Contains(outcomes, outcome => outcome is { Path: "a.txt", Status: FileStatus.Removed });
        var remaining = Assert.Single(_archive.Documents());
        Assert.Equal("b.txt", Assert.Single(remaining.Files).Path);
    }

    [Fact]
    public async Task Sync_RenamedFile_LeavesNoDuplicate()
    {
        _archive.Write("indbakke/gammelt-navn.txt", "Høringssvar om værestedet i Næstved.");
        await _archive.SyncAsync();

        Directory.CreateDirectory(_archive.FullPath("arkiv"));
        File.Move(_archive.FullPath("indbakke/gammelt-navn.txt"), _archive.FullPath("arkiv/nyt-navn.txt"));
        await _archive.SyncAsync();

        var document = Assert.Single(_archive.Documents());
        Assert.Equal("arkiv/nyt-navn.txt", Assert.Single(document.Files).Path);
        Assert.Equal(DocumentIds.FromPath("arkiv/nyt-navn.txt"), document.Id);
        Assert.Single(_archive.Search("værestedet"));
    }

    [Fact]
    public async Task Sync_DuplicateContent_IsOneDocumentWithBothPaths()
    {
        const string text = "Budget 2018: Rådet anbefaler at fastholde Backstage.";
        _archive.Write("slagelse/brev.txt", text);
        _archive.Write("kopi/brev-kopi.txt", text);
        await _archive.SyncAsync();

        var document = Assert.Single(_archive.Search("Backstage"));
        Assert.Equal(["kopi/brev-kopi.txt", "slagelse/brev.txt"], document.Files.Select(file => file.Path));
        Assert.Equal(DocumentIds.FromPath("kopi/brev-kopi.txt"), document.Id);

        File.Delete(_archive.FullPath("kopi/brev-kopi.txt"));
        await _archive.SyncAsync();

        var remaining = Assert.Single(_archive.Search("Backstage"));
        Assert.Equal("slagelse/brev.txt", Assert.Single(remaining.Files).Path);
        Assert.Equal(DocumentIds.FromPath("slagelse/brev.txt"), remaining.Id);
    }

    [Fact]
    public async Task Sync_OneOfTwoDuplicatesChanges_SplitsIntoTwoDocuments()
    {
        _archive.Write("a.txt", "Samme tekst om bostøtte.");
        _archive.Write("b.txt", "Samme tekst om bostøtte.");
        await _archive.SyncAsync();
        Assert.Single(_archive.Documents());

        _archive.Write("b.txt", "Ny tekst om kontanthjælp.");
        await _archive.SyncAsync();

        Assert.Equal(2, _archive.Documents().Count);
        Assert.Equal("a.txt", Assert.Single(Assert.Single(_archive.Search("bostøtte")).Files).Path);
        Assert.Equal("b.txt", Assert.Single(Assert.Single(_archive.Search("kontanthjælp")).Files).Path);
    }

    [Fact]
    public async Task Ingest_DuplicateRemovedWhileTheOtherChangedUnseen_ReadsTheOtherAsAChange()
    {
        _archive.Write("a.txt", "Fælles tekst om værestedet.");
        _archive.Write("b.txt", "Fælles tekst om værestedet.");
        await _archive.SyncAsync();

        // a.txt goes away; b.txt changes, but its change has not been seen yet when a.txt's removal is ingested.
        File.Delete(_archive.FullPath("a.txt"));
        _archive.Write("b.txt", "Ny tekst om gadeplansarbejde.");
        var ingestor = _archive.Synchronizer!.Ingestor;
        var outcomes = await ingestor.WriteAsync([], ["a.txt"], null, CancellationToken.None);
        ingestor.Commit();

        Assert.Contains(outcomes, outcome => outcome is { Path: "b.txt", Status: FileStatus.Deferred });
        Assert.Empty(_archive.Search("værestedet"));

        await _archive.SyncAsync();

        Assert.Equal("b.txt", Assert.Single(Assert.Single(_archive.Search("gadeplansarbejde")).Files).Path);
        Assert.Single(_archive.Documents());
    }

    [Fact]
    public async Task Sync_UnchangedFiles_AreNotReadAgain()
    {
        _archive.Write("a.txt", "Ældrerådet i Vejle.");
        await _archive.SyncAsync();

        var second = await _archive.SyncAsync();

        Assert.Empty(second);
    }

    [Fact]
    public async Task Sync_Sidecar_SetsMetadataAndItsChangeReindexes()
    {
        _archive.Write("svar.txt", "Høringssvar fra Handicaprådet.");
        _archive.Write("svar.txt.json", """{ "council": "Handicaprådet", "date": "2019-03" }""");
        await _archive.SyncAsync();
        var document = Assert.Single(_archive.Documents());
        Assert.Equal("Handicaprådet", document.Metadata.Council);
        Assert.Equal("2019-03-01", document.Metadata.Date!.IsoDate);
        Assert.Equal("sidecar", document.Metadata.Provenance["council"]);

        _archive.Write("svar.txt.json", """{ "council": "Ældrerådet" }""");
        await _archive.SyncAsync();

        Assert.Equal("Ældrerådet", Assert.Single(_archive.Documents()).Metadata.Council);
    }

    [Fact]
    public async Task Sync_FolderMetadataCsv_SetsMetadataAndItsChangeReindexesTheFolder()
    {
        _archive.Write("raad/svar.txt", "Høringssvar om budgettet.");
        _archive.Write("raad/notat.txt", "Notat om budgettet.");
        _archive.Write("raad/metadata.csv", "fileName;council;municipality\nsvar.txt;Handicaprådet;Vejle Kommune\n");
        await _archive.SyncAsync();
        var answer = _archive.Documents().Single(document => document.FileName == "svar.txt");
        Assert.Equal("Handicaprådet", answer.Metadata.Council);
        Assert.Equal("metadata.csv", answer.Metadata.Provenance["council"]);
        Assert.Equal(2, _archive.Documents().Count);

        _archive.Write("raad/metadata.csv", "fileName;council\nsvar.txt;Ældrerådet\nnotat.txt;Ældrerådet\n");
        _archive.Synchronizer!.Notify(_archive.FullPath("raad/metadata.csv"));
        Assert.Equal(2, _archive.Synchronizer.PendingCount);
        await _archive.DrainAsync();

        Assert.All(_archive.Documents(), document => Assert.Equal("Ældrerådet", document.Metadata.Council));
    }

    [Fact]
    public async Task Sync_ChangedMetadataCsvWhileNobodyWatched_IsFoundByTheScan()
    {
        _archive.Write("svar.txt", "Høringssvar om budgettet.");
        _archive.Write("metadata.csv", "fileName,council\nsvar.txt,Handicaprådet\n");
        await _archive.SyncAsync();

        _archive.Write("metadata.csv", "fileName,council\nsvar.txt,Integrationsrådet\n");
        await _archive.SyncAsync();

        Assert.Equal("Integrationsrådet", Assert.Single(_archive.Documents()).Metadata.Council);
    }

    [Fact]
    public async Task Sync_BrokenSidecar_IndexesDocumentAndRecordsTheSidecar()
    {
        _archive.Write("svar.txt", "Høringssvar fra Integrationsrådet.");
        _archive.Write("svar.txt.json", "{ not json");
        await _archive.SyncAsync();

        Assert.Single(_archive.Search("Integrationsrådet"));
        var failure = Assert.Single(_archive.Synchronizer!.Ingestor.Failures.All());
        Assert.Equal("svar.txt.json", failure.Path);
        Assert.Equal(FailureReason.Corrupt, failure.Reason);

        _archive.Write("svar.txt.json", """{ "council": "Integrationsrådet" }""");
        await _archive.SyncAsync();

        Assert.Empty(_archive.Synchronizer!.Ingestor.Failures.All());
    }

    [Fact]
    public async Task Sync_BadMetadataCsvRow_IndexesDocumentAndRecordsTheRow()
    {
        _archive.Write("raad/svar.txt", "Høringssvar fra Integrationsrådet.");
        _archive.Write("raad/notat.txt", "Notat om ledsagelse.");
        _archive.Write("raad/metadata.csv", "fileName;date;council\nsvar.txt;31-02-2020;Integrationsrådet\nnotat.txt;2020-03-01;Handicaprådet\n");
        await _archive.SyncAsync();

        Assert.Equal(2, _archive.Documents().Count);
        var failure = Assert.Single(_archive.Synchronizer!.Ingestor.Failures.All());
        Assert.Equal("raad/metadata.csv#svar.txt", failure.Path);
        Assert.Equal(FailureReason.Corrupt, failure.Reason);
        Assert.Contains("metadata.csv row", failure.Message, StringComparison.Ordinal);
        Assert.Equal("Integrationsrådet", _archive.Documents().Single(d => d.FileName == "svar.txt").Metadata.Council);

        _archive.Write("raad/metadata.csv", "fileName;date;council\nsvar.txt;2020-02-28;Integrationsrådet\nnotat.txt;2020-03-01;Handicaprådet\n");
        _archive.Synchronizer!.Notify(_archive.FullPath("raad/metadata.csv"));
        await _archive.SyncAsync();

        Assert.Empty(_archive.Synchronizer!.Ingestor.Failures.All());
    }

    [Fact]
    public async Task Sync_MetadataCsvWithoutFileNameColumn_IsReported()
    {
        _archive.Write("svar.txt", "Høringssvar fra Integrationsrådet.");
        _archive.Write("metadata.csv", "file;council\nsvar.txt;Integrationsrådet\n");
        await _archive.SyncAsync();

        Assert.Single(_archive.Documents());
        var failure = Assert.Single(_archive.Synchronizer!.Ingestor.Failures.All());
        Assert.Equal("metadata.csv#svar.txt", failure.Path);
        Assert.Contains("fileName", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_BadFiles_AreRecordedAndTheRestIndexed()
    {
        _archive.WriteBytes("tom.txt", []);
        _archive.WriteBytes("billede.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0]);
        _archive.WriteBytes("logo.gif", "GIF89a\u0001\0\u0001\0"u8.ToArray());
        _archive.Write("falsk.pdf", "Dette er tekst, ikke en PDF.");
        _archive.Write("god.txt", "Rådet for Socialt Udsatte om misbrug.");

        await _archive.SyncAsync();

        Assert.Single(_archive.Documents());
        var failures = _archive.Synchronizer!.Ingestor.Failures.All().ToDictionary(failure => failure.Path, failure => failure.Reason);
        Assert.Equal(FailureReason.Empty, failures["tom.txt"]);
        Assert.Equal(FailureReason.Corrupt, failures["billede.png"]);
        Assert.Equal(FailureReason.UnsupportedFormat, failures["logo.gif"]);
        Assert.Equal(FailureReason.Corrupt, failures["falsk.pdf"]);
    }

    [Fact]
    public async Task Failures_SurviveRestart_AndAreRetriedWhenTheFileChanges()
    {
        _archive.WriteBytes("rettes.txt", []);
        await _archive.SyncAsync();
        _archive.Close();

        _archive.Open();
        var unchanged = await _archive.SyncAsync();
        var failure = Assert.Single(_archive.Synchronizer!.Ingestor.Failures.All());
        Assert.Empty(unchanged);
        Assert.Equal(("rettes.txt", FailureReason.Empty), (failure.Path, failure.Reason));

        _archive.Write("rettes.txt", "Nu med tekst om psykiatri.");
        await _archive.SyncAsync();

        Assert.Empty(_archive.Synchronizer!.Ingestor.Failures.All());
        Assert.Single(_archive.Search("psykiatri"));
    }

    [Fact]
    public async Task Failures_DamagedFailureList_IsSetAsideAndFilesAreRetried()
    {
        _archive.WriteBytes("tom.txt", []);
        await _archive.SyncAsync();
        _archive.Close();
        await File.WriteAllTextAsync(Path.Combine(_archive.IndexPath, FailureLog.FileName), "[ { broken");

        _archive.Open();
        await _archive.SyncAsync();

        Assert.Equal(FailureReason.Empty, Assert.Single(_archive.Synchronizer!.Ingestor.Failures.All()).Reason);
        Assert.True(File.Exists(Path.Combine(_archive.IndexPath, FailureLog.FileName + ".unreadable")));
    }

    [Fact]
    public async Task Sync_FileDeletedWhileClosed_IsRemovedAtNextStart()
    {
        _archive.Write("a.txt", "Socialudvalget i Odense.");
        _archive.Write("b.txt", "Socialudvalget i Aalborg.");
        await _archive.SyncAsync();
        _archive.Close();

        File.Delete(_archive.FullPath("a.txt"));
        _archive.Open();
        await _archive.SyncAsync();

        Assert.Equal("b.txt", Assert.Single(Assert.Single(_archive.Documents()).Files).Path);
    }

    [Fact]
    public async Task Sync_TooLargeFile_IsRefusedWithoutReading()
    {
        _archive.Open(options => options.MaxFileSizeMegabytes = 1);
        _archive.WriteBytes("stor.txt", new byte[(1024 * 1024) + 1]);

        await _archive.SyncAsync();

        Assert.Equal(FailureReason.TooLarge, Assert.Single(_archive.Synchronizer!.Ingestor.Failures.All()).Reason);
    }

    [Fact]
    public async Task Sync_HiddenTemporaryAndSidecarFiles_AreNotDocuments()
    {
        _archive.Write(".skjult.txt", "skjult");
        _archive.Write("~$dokument.docx", "låsefil");
        _archive.Write("download.pdf.part", "halv");
        _archive.Write(".git/config", "intern");
        _archive.Write("metadata.csv", "fileName;council");
        _archive.Write("ægte.txt", "Et rigtigt dokument om ældre.");

        await _archive.SyncAsync();

        Assert.Equal("ægte.txt", Assert.Single(Assert.Single(_archive.Documents()).Files).Path);
        Assert.Empty(_archive.Synchronizer!.Ingestor.Failures.All());
    }

    public void Dispose() => _archive.Dispose();
}
