using Archive.Lucene.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Archive.Lucene.Tests.Search;

public sealed class SharedFingerprintsTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;

    public SharedFingerprintsTests()
    {
        // No merges: every commit stays its own segment, so a copy can stand in another segment than its text.
        _writer = new IndexWriter(_directory, new IndexWriterConfig(ArchiveLucene.Version, new DanishArchiveAnalyzer()) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES });
    }

    [Fact]
    public void IsShared_CopyInAnotherSegment_IsTrueForBoth()
    {
        Add("a.pdf", 7);
        Add("b.pdf", 8);
        _writer.Commit();
        Add("a.docx", 7);
        _writer.Commit();

        using var reader = DirectoryReader.Open(_directory);

        Assert.True(SharedFingerprints.IsShared(reader, DocOf(reader, "a.pdf")));
        Assert.True(SharedFingerprints.IsShared(reader, DocOf(reader, "a.docx")));
        Assert.False(SharedFingerprints.IsShared(reader, DocOf(reader, "b.pdf")));
    }

    [Fact]
    public void IsShared_CopyInSameSegment_IsTrue()
    {
        Add("a.pdf", -3);
        Add("c.pdf", 5);
        Add("a.docx", -3);
        _writer.Commit();

        using var reader = DirectoryReader.Open(_directory);

        Assert.True(SharedFingerprints.IsShared(reader, DocOf(reader, "a.docx")));
        Assert.False(SharedFingerprints.IsShared(reader, DocOf(reader, "c.pdf")));
    }

    [Fact]
    public void IsShared_WithoutFingerprint_IsFalseEvenBesideOthersWithout()
    {
        Add("scan1.pdf", null);
        Add("scan2.pdf", null);
        Add("text.pdf", 0);
        _writer.Commit();

        using var reader = DirectoryReader.Open(_directory);

        // A missing doc value reads as 0, which must not make a text without words the copy of one whose number is 0.
        Assert.False(SharedFingerprints.IsShared(reader, DocOf(reader, "scan1.pdf")));
        Assert.False(SharedFingerprints.IsShared(reader, DocOf(reader, "text.pdf")));
    }

    [Fact]
    public void IsShared_SegmentAddedAfterFirstQuestion_SeesTheNewCopy()
    {
        Add("a.pdf", 42);
        _writer.Commit();
        using (var before = DirectoryReader.Open(_directory))
        {
            Assert.False(SharedFingerprints.IsShared(before, DocOf(before, "a.pdf")));
        }

        Add("a.odt", 42);
        _writer.Commit();
        using var after = DirectoryReader.Open(_directory);

        Assert.True(SharedFingerprints.IsShared(after, DocOf(after, "a.pdf")));
    }

    [Fact]
    public void InSegment_SegmentsOfAView_MarkOnlyTheSharedDocuments()
    {
        Add("a.pdf", 7);
        Add("b.pdf", 8);
        _writer.Commit();
        Add("c.pdf", 9);
        _writer.Commit();
        Add("a.docx", 7);
        _writer.Commit();

        using var reader = DirectoryReader.Open(_directory);
        var marked = reader.Leaves
            .SelectMany(leaf => Enumerable.Range(0, leaf.Reader.MaxDoc)
                .Where(doc => SharedFingerprints.InSegment(leaf)?.Get(doc) == true)
                .Select(doc => leaf.Reader.Document(doc).Get(ArchiveFields.Id)))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["a.docx", "a.pdf"], marked);
        Assert.Null(SharedFingerprints.InSegment(reader.Leaves.Single(leaf => leaf.Reader.Document(0).Get(ArchiveFields.Id) == "c.pdf")));
    }

    public void Dispose()
    {
        _writer.Dispose();
        _directory.Dispose();
    }

    private void Add(string id, long? fingerprint)
    {
        var document = new Document { new StringField(ArchiveFields.Id, id, Field.Store.YES) };
        if (fingerprint is { } number)
        {
            document.Add(new NumericDocValuesField(ArchiveFields.TextFingerprint, number));
        }

        _writer.AddDocument(document);
    }

    private static int DocOf(DirectoryReader reader, string id)
    {
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (reader.Document(doc).Get(ArchiveFields.Id) == id)
            {
                return doc;
            }
        }

        throw new InvalidOperationException($"No document {id}");
    }
}
