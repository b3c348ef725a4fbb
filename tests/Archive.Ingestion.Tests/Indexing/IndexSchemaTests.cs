using Archive.Ingestion.Indexing;
using Archive.Lucene;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Ingestion.Tests.Indexing;

public sealed class IndexSchemaTests : IDisposable
{
    private readonly ArchiveHarness _archive = new();

    [Fact]
    public async Task Open_IndexFromAnotherSchemaVersion_IsRebuiltFromTheInbox()
    {
        _archive.Write("notat.txt", "Notat om ledsagelse.");
        _archive.Write("brudt.pdf", "ikke en pdf");
        await _archive.SyncAsync();
        _archive.Close();
        MarkAsWrittenBy("1");

        var synchronizer = _archive.Open();
        Assert.True(synchronizer.Ingestor.Index.Rebuilding);
        Assert.Equal(0, synchronizer.Ingestor.DocumentCount);
        Assert.Equal(0, synchronizer.Ingestor.Failures.Count);
        await _archive.SyncAsync();
        _archive.Close();

        Assert.Single(_archive.Documents());
        Assert.Equal(ArchiveLucene.SchemaVersion, CommittedSchemaVersion());
        Assert.False(_archive.Open().Ingestor.Index.Rebuilding);
    }

    [Fact]
    public async Task Open_IndexOfThisVersion_IsKept()
    {
        _archive.Write("notat.txt", "Notat om ledsagelse.");
        await _archive.SyncAsync();
        _archive.Close();

        var synchronizer = _archive.Open();

        Assert.False(synchronizer.Ingestor.Index.Rebuilding);
        Assert.Equal(1, synchronizer.Ingestor.DocumentCount);
    }

    public void Dispose() => _archive.Dispose();

    private void MarkAsWrittenBy(string version)
    {
        using var directory = FSDirectory.Open(_archive.IndexPath);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveLucene.Version, new DanishArchiveAnalyzer()));
        writer.SetCommitData(new Dictionary<string, string> { [IndexCommitData.SchemaVersionKey] = version });
        writer.Commit();
    }

    private string? CommittedSchemaVersion()
    {
        using var directory = FSDirectory.Open(_archive.IndexPath);
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData.TryGetValue(IndexCommitData.SchemaVersionKey, out var version) ? version : null;
    }
}
