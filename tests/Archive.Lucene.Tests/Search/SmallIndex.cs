using Archive.Lucene.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Lucene.Tests.Search;

/// <summary>A few documents (id, title, one page of text) in an index in memory, searched as the archive searches.</summary>
internal sealed class SmallIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DanishArchiveAnalyzer _analyzer = new();
    private readonly SearcherManager _searchers;

    public SmallIndex(params (string Id, string Title, string Text)[] documents)
        : this(TopicWords.None, [.. documents.Select(document => (document.Id, new DocumentMetadata().With(MetadataFields.Title, document.Title, source: null), document.Text))])
    {
    }

    /// <summary>Documents with any metadata, searched with the words of a taxonomy's topics.</summary>
    public SmallIndex(TopicWords topics, params (string Id, DocumentMetadata Metadata, string Text)[] documents)
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(ArchiveLucene.Version, _analyzer) { Similarity = ArchiveLucene.Similarity }))
        {
            foreach (var (id, metadata, text) in documents)
            {
                writer.AddDocument(ArchiveDocumentMapper.ToLucene(new ArchiveDocument
                {
                    Id = id,
                    Sha256 = id,
                    Files = [new ArchiveFile(id + ".txt", text.Length, 0, string.Empty)],
                    Metadata = metadata,
                    FileName = id + ".txt",
                    ContentType = "text/plain",
                    IngestedAt = DateTimeOffset.UnixEpoch,
                    Pages = [text],
                }));
            }
        }

        _searchers = new SearcherManager(_directory, null);
        Searcher = new ArchiveSearcher(_searchers, _analyzer, topics);
    }

    public ArchiveSearcher Searcher { get; }

    /// <summary>Runs <paramref name="search"/> on a Lucene searcher of the index, scoring as the archive scores.</summary>
    public T WithLuceneSearcher<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try
        {
            searcher.Similarity = ArchiveLucene.Similarity;
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The ids of the documents a query finds, best first.</summary>
    public List<string> Search(string query) => [.. Results(query).Hits.Select(hit => hit.Document.Id)];

    public SearchResults Results(string query, bool correct = true) =>
        Searcher.Search(new SearchRequest { Query = query, WithFacets = false, CorrectSpelling = correct });

    /// <summary>The snippets' HTML of the hit with <paramref name="id"/> for <paramref name="query"/>.</summary>
    public List<string> Snippets(string query, string id) =>
        [.. Results(query).Hits.Single(hit => hit.Document.Id == id).Snippets.Select(snippet => snippet.Html)];

    public void Dispose()
    {
        _searchers.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
