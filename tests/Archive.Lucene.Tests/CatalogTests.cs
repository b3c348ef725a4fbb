using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Lucene.Tests;

/// <summary>The catalog of indexed files is read back from the index, whichever way a document holds it.</summary>
public sealed class CatalogTests
{
    [Fact]
    public void ReadCatalog_FromDocValues_FromStoredFields_AndForAVeryLongFileList()
    {
        var fromDocValues = Document('a', [new ArchiveFile("brev.txt", 10, 1, string.Empty), new ArchiveFile("kopi/brev.txt", 10, 2, "s")]);
        var withoutDocValues = Document('b', [new ArchiveFile("gammel.pdf", 20, 3, string.Empty)]);
        var manyCopies = Document('c', [.. Enumerable.Range(0, 1_000).Select(i => new ArchiveFile($"kopier/mappe-{i:D4}/høringssvar.pdf", 30, i, string.Empty))]);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveLucene.Version, new DanishArchiveAnalyzer())))
        {
            writer.AddDocument(ArchiveDocumentMapper.ToLucene(fromDocValues));
            var old = ArchiveDocumentMapper.ToLucene(withoutDocValues);
            old.RemoveField(ArchiveFields.Catalog); // as written before the catalog had doc values
            writer.AddDocument(old);
            writer.AddDocument(ArchiveDocumentMapper.ToLucene(manyCopies));
            writer.AddDocument(ArchiveDocumentMapper.ToLucene(Document('d', [new ArchiveFile("slettet.txt", 1, 1, string.Empty)])));
            writer.DeleteDocuments(new Term(ArchiveFields.Sha256, new string('d', 64)));
        }

        using var reader = DirectoryReader.Open(directory);
        var catalog = reader.Leaves.SelectMany(leaf => ArchiveDocumentMapper.ReadCatalog(leaf.AtomicReader)).ToDictionary(entry => entry.Sha256, entry => entry.Files);

        Assert.Equal(3, catalog.Count);
        Assert.Equal(fromDocValues.Files, catalog[fromDocValues.Sha256]);
        Assert.Equal(withoutDocValues.Files, catalog[withoutDocValues.Sha256]);
        Assert.Equal(manyCopies.Files, catalog[manyCopies.Sha256]);
    }

    private static ArchiveDocument Document(char hash, IReadOnlyList<ArchiveFile> files) => new()
    {
        Id = new string(hash, 16),
        Sha256 = new string(hash, 64),
        Files = files,
        Metadata = new DocumentMetadata(),
        FileName = Path.GetFileName(files[0].Path),
        ContentType = "text/plain",
        IngestedAt = DateTimeOffset.UnixEpoch,
        Pages = ["Udsatterådet drøftede sagen."],
    };
}
