using Archive.Lucene.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Lucene.Tests;

public sealed class FacetCounterTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;

    public FacetCounterTests()
    {
        // No merges: every commit stays its own segment, so counts are added up across segments.
        _writer = new IndexWriter(_directory, new IndexWriterConfig(ArchiveLucene.Version, new DanishArchiveAnalyzer()) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES });
    }

    [Fact]
    public void Results_SeveralSegments_AddUpCountsByValue()
    {
        Add("1", "Udsatterådet", "Hjemløshed og bolig", "Misbrug og rusmidler");
        Add("2", "Handicaprådet");
        _writer.Commit();
        Add("3", "Udsatterådet", "Misbrug og rusmidler");
        Add("4", null);
        _writer.Commit();

        var facets = Count(new MatchAllDocsQuery());

        Assert.Equal([new("Udsatterådet", 2), new("Handicaprådet", 1)], facets[ArchiveFields.Council]);
        Assert.Equal([new("Misbrug og rusmidler", 2), new("Hjemløshed og bolig", 1)], facets[ArchiveFields.Topic]);
    }

    [Fact]
    public void Results_SegmentsSearchedBefore_CountOnlyMatchesAndLiveDocuments()
    {
        Add("1", "Udsatterådet", "Handicap");
        Add("2", "Handicaprådet", "Handicap");
        _writer.Commit();
        Count(new MatchAllDocsQuery());

        Add("3", "Ældrerådet", "Ældre");
        _writer.DeleteDocuments(new Term(ArchiveFields.Id, "2"));
        _writer.Commit();
        var all = Count(new MatchAllDocsQuery());
        var one = Count(new TermQuery(new Term(ArchiveFields.Id, "3")));

        Assert.Equal([new("Udsatterådet", 1), new("Ældrerådet", 1)], all[ArchiveFields.Council]);
        Assert.Equal([new("Ældrerådet", 1)], one[ArchiveFields.Council]);
        Assert.Equal([new("Ældre", 1)], one[ArchiveFields.Topic]);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _directory.Dispose();
    }

    private void Add(string id, string? council, params string[] topics)
    {
        var document = new Document { new StringField(ArchiveFields.Id, id, Field.Store.YES) };
        if (council is not null)
        {
            document.Add(new SortedSetDocValuesField(ArchiveFields.Council, new BytesRef(council)));
        }

        foreach (var topic in topics)
        {
            document.Add(new SortedSetDocValuesField(ArchiveFields.Topic, new BytesRef(topic)));
        }

        _writer.AddDocument(document);
    }

    private IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Count(Query query)
    {
        using var reader = DirectoryReader.Open(_directory);
        var counter = new FacetCounter([ArchiveFields.Council, ArchiveFields.Topic]);
        new IndexSearcher(reader).Search(query, counter);
        return counter.Results();
    }
}
