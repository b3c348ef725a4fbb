using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Inbox;

/// <summary>
/// Symbolic links are never followed: a link to a folder or a file, outside the inbox or in it, a loop or a link as a
/// sidecar ends as one failure with reason symlink, is read once, and nothing behind it reaches the index.
/// </summary>
public sealed class SymbolicLinkTests : IDisposable
{
    private const string Secret = "hemmeligtkodeord";
    private readonly ArchiveHarness _archive = new();
    private readonly TempDirectory _outside = new();

    public SymbolicLinkTests()
    {
        Directory.CreateDirectory(_outside.Combine("etc"));
        File.WriteAllText(_outside.Combine("etc", "shadow"), $"root:{Secret}:19000:0:99999:7:::");
        File.WriteAllText(_outside.Combine("etc", "passwd"), $"root:x:0:0:{Secret}:/root:/bin/bash");
        _archive.Write("notat.txt", "Notat om ledsagelse.");
    }

    [Fact]
    public async Task FolderLinkToOutside_IsOneFailure_AndNothingBehindItIsIndexed()
    {
        Directory.CreateSymbolicLink(_archive.FullPath("x"), _outside.Combine("etc"));

        await _archive.SyncAsync();

        Assert.Single(_archive.Documents());
        Assert.Empty(_archive.Search(Secret));
        Assert.Equal(FailureReason.Symlink, Assert.Single(Failures()).Reason);
        Assert.Equal("x", Assert.Single(Failures()).Path);
    }

    [Fact]
    public async Task FileLinkToOutside_EvenOfTheLinksOwnLength_IsNotRead_AndSettlesAsAFailure()
    {
        // A target path as long as the file it names once fooled the size check.
        var target = _outside.Combine("etc", "shadow");
        var link = _archive.FullPath("kopi.txt");
        File.CreateSymbolicLink(link, target);

        await _archive.SyncAsync();
        var again = await _archive.SyncAsync();

        Assert.Empty(_archive.Search(Secret));
        var failure = Assert.Single(Failures());
        Assert.Equal(("kopi.txt", FailureReason.Symlink), (failure.Path, failure.Reason));
        Assert.DoesNotContain(Secret, failure.Message, StringComparison.Ordinal);
        Assert.Empty(again);
        Assert.False(_archive.Synchronizer!.HasPending, "a link must not stay pending, read again and again");
    }

    [Fact]
    public async Task LinkToAFileInTheInbox_IsAlsoRefused()
    {
        File.CreateSymbolicLink(_archive.FullPath("genvej.txt"), _archive.FullPath("notat.txt"));

        await _archive.SyncAsync();

        Assert.Equal("notat.txt", Assert.Single(Assert.Single(_archive.Documents()).Files).Path);
        Assert.Equal("genvej.txt", Assert.Single(Failures()).Path);
    }

    [Fact]
    public async Task LinkLoop_IsNotFollowed()
    {
        Directory.CreateDirectory(_archive.FullPath("mappe"));
        Directory.CreateSymbolicLink(_archive.FullPath("mappe/løkke"), _archive.FullPath("mappe"));
        File.CreateSymbolicLink(_archive.FullPath("a.txt"), _archive.FullPath("b.txt"));
        File.CreateSymbolicLink(_archive.FullPath("b.txt"), _archive.FullPath("a.txt"));

        await _archive.SyncAsync();

        Assert.Single(_archive.Documents());
        Assert.Equal(["a.txt", "b.txt", "mappe/løkke"], Failures().Select(failure => failure.Path));
        Assert.All(Failures(), failure => Assert.Equal(FailureReason.Symlink, failure.Reason));
    }

    [Fact]
    public async Task SidecarThatIsALink_IsNotRead()
    {
        File.CreateSymbolicLink(_archive.FullPath("notat.txt.json"), _outside.Combine("etc", "passwd"));

        await _archive.SyncAsync();

        var document = Assert.Single(_archive.Documents());
        Assert.DoesNotContain("sidecar", document.Metadata.Provenance.Values);
        var failure = Assert.Single(Failures());
        Assert.Equal("notat.txt.json", failure.Path);
        Assert.Contains("symbolic link", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IndexedFileReplacedByALink_LeavesTheIndex()
    {
        await _archive.SyncAsync();
        File.Delete(_archive.FullPath("notat.txt"));
        File.CreateSymbolicLink(_archive.FullPath("notat.txt"), _outside.Combine("etc", "shadow"));

        await _archive.SyncAsync();

        Assert.Empty(_archive.Documents());
        Assert.Equal(FailureReason.Symlink, Assert.Single(Failures()).Reason);
    }

    public void Dispose()
    {
        _archive.Dispose();
        _outside.Dispose();
    }

    private IReadOnlyList<IngestFailure> Failures() => _archive.Synchronizer!.Ingestor.Failures.All();
}
