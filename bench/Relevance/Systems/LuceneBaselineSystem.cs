using Archive.Lucene;
using Archive.Relevance.Corpus;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Da;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.Relevance.Systems;

/// <summary>
/// What an engineer gets from Lucene out of the box: the whole text in one field, a stock analyzer and the classic
/// query parser with every word required. The yardstick for everything the archive adds (metadata fields,
/// Danish folding, compounds, its own parser).
/// </summary>
public sealed class LuceneBaselineSystem : IRankingSystem
{
    private const string IdField = "id";
    private const string TextField = "text";

    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private LuceneBaselineSystem(string name, Analyzer analyzer, BenchCorpus corpus)
    {
        Name = name;
        _analyzer = analyzer;
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(ArchiveLucene.Version, analyzer)))
        {
            foreach (var document in corpus.Documents)
            {
                writer.AddDocument(new Document
                {
                    new StringField(IdField, document.Id, Field.Store.YES),
                    new TextField(TextField, document.Text, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public string Name { get; }

    /// <summary>Lucene's StandardAnalyzer: Unicode word breaks, lower case, English stop words, no stemming.</summary>
    public static LuceneBaselineSystem Standard(BenchCorpus corpus) => new("standard", new StandardAnalyzer(ArchiveLucene.Version), corpus);

    /// <summary>Lucene's stock DanishAnalyzer: lower case, Danish stop words, Danish Snowball stemming.</summary>
    public static LuceneBaselineSystem Danish(BenchCorpus corpus) => new("danish", new DanishAnalyzer(ArchiveLucene.Version), corpus);

    public IReadOnlyList<string> Rank(string query, int depth)
    {
        // The classic parser is not thread-safe and cheap to make, so each query gets its own.
        var parser = new QueryParser(ArchiveLucene.Version, TextField, _analyzer) { DefaultOperator = Operator.AND };
        Query parsed;
        try
        {
            parsed = parser.Parse(query);
        }
        catch (ParseException exception)
        {
            Console.Error.WriteLine($"{Name}: cannot parse '{query}': {exception.Message}");
            return [];
        }

        return [.. _searcher.Search(parsed, depth).ScoreDocs.Select(hit => _searcher.Doc(hit.Doc).Get(IdField))];
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
