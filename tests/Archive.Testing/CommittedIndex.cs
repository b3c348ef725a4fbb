using Archive.Lucene;
using Archive.Lucene.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Testing;

/// <summary>What an index folder holds once committed, read as another process would: every document, and searches
/// through the archive's own query parser and ranking.</summary>
public static class CommittedIndex
{
    private static readonly DanishArchiveAnalyzer Analyzer = new();

    /// <summary>Every document in the committed index, with its pages.</summary>
    public static IReadOnlyList<ArchiveDocument> Documents(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var documents = new List<ArchiveDocument>();
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                documents.Add(ArchiveDocumentMapper.FromLucene(reader.Document(doc)));
            }
        }

        return documents;
    }

    /// <summary>The documents a user's query finds, best first, with their pages: the query as the search API reads it.</summary>
    public static IReadOnlyList<ArchiveDocument> Search(string indexPath, string query)
    {
        using var directory = FSDirectory.Open(indexPath);
        using var searchers = new SearcherManager(directory, searcherFactory: null);
        var searcher = new ArchiveSearcher(searchers, Analyzer);
        var results = searcher.Search(new SearchRequest { Query = query, Sort = SearchSort.Relevance, PageSize = 1000, WithFacets = false, WithSnippets = false });
        return [.. results.Hits.Select(hit => searcher.Find(hit.Document.Id) ?? hit.Document)];
    }
}
