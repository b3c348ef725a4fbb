using System.Diagnostics;
using System.Text;
using Archive.Indexer.Indexing;
using Archive.Indexer.Watching;
using Archive.Lucene;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Directory = System.IO.Directory;

namespace Archive.Indexer.Tests.Support;

/// <summary>
/// A real archive in a temp folder: an inbox, a Lucene index, the production ingestion code over them,
/// and a searcher over what was committed.
/// </summary>
public sealed class ArchiveHarness : IDisposable
{
    private readonly TempDirectory _root = new();
    private ServiceProvider? _services;

    public ArchiveHarness()
    {
        Directory.CreateDirectory(InboxPath);
    }

    public string InboxPath => _root.Combine("inbox");

    public string IndexPath => _root.Combine("index");

    public InboxSynchronizer? Synchronizer { get; private set; }

    /// <summary>Opens the index and the ingestion code over the inbox (as a process start would).</summary>
    public InboxSynchronizer Open(Action<IndexerOptions>? configure = null)
    {
        Close();
        var options = new IndexerOptions
        {
            InboxPath = InboxPath,
            IndexPath = IndexPath,
            StabilityDelay = TimeSpan.FromMilliseconds(300),
            ExtractionTimeout = TimeSpan.FromSeconds(60),
        };
        configure?.Invoke(options);
        _services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddArchiveIndexing(options)
            .BuildServiceProvider();
        Synchronizer = _services.GetRequiredService<InboxSynchronizer>();
        return Synchronizer;
    }

    /// <summary>Scans the inbox and ingests until nothing is pending (bounded in time), then commits.</summary>
    public async Task<IReadOnlyList<FileOutcome>> SyncAsync(TimeSpan? limit = null)
    {
        var synchronizer = Synchronizer ?? Open();
        synchronizer.ScanAll(CancellationToken.None);
        return await DrainAsync(limit);
    }

    /// <summary>Ingests what is pending until nothing is left (bounded in time).</summary>
    public async Task<IReadOnlyList<FileOutcome>> DrainAsync(TimeSpan? limit = null)
    {
        var synchronizer = Synchronizer ?? throw new InvalidOperationException("Open the archive first.");
        var outcomes = new List<FileOutcome>();
        var watch = Stopwatch.StartNew();
        do
        {
            outcomes.AddRange(await synchronizer.ProcessReadyAsync(null, CancellationToken.None));
            if (synchronizer.HasPending)
            {
                Assert.True(watch.Elapsed < (limit ?? TimeSpan.FromSeconds(60)), "ingestion did not settle in time");
                await Task.Delay(50);
            }
        }
        while (synchronizer.HasPending);

        synchronizer.Commit();
        return outcomes;
    }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var path = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);

        // Make the file look settled, as a copy finished a moment ago would.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(-5));
        return path;
    }

    public string FullPath(string relativePath) => Path.Combine(InboxPath, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Every document in the committed index.</summary>
    public IReadOnlyList<ArchiveDocument> Documents()
    {
        using var directory = FSDirectory.Open(IndexPath);
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

    /// <summary>Searches the committed index's text with the archive's analyzer (all words must match).</summary>
    public IReadOnlyList<ArchiveDocument> Search(string query, string field = ArchiveFields.Text)
    {
        using var directory = FSDirectory.Open(IndexPath);
        using var reader = DirectoryReader.Open(directory);
        using var analyzer = new DanishArchiveAnalyzer();
        var parser = new QueryParser(ArchiveLucene.Version, field, analyzer) { DefaultOperator = Operator.AND };
        var searcher = new IndexSearcher(reader);
        return searcher.Search(parser.Parse(query), 1000).ScoreDocs
            .Select(hit => ArchiveDocumentMapper.FromLucene(searcher.Doc(hit.Doc)))
            .ToList();
    }

    /// <summary>The 1-based numbers of the pages of <paramref name="document"/> whose text has a term of <paramref name="word"/>.</summary>
    public static IReadOnlyList<int> PagesMentioning(ArchiveDocument document, string word)
    {
        using var analyzer = new DanishArchiveAnalyzer();
        var wanted = analyzer.Terms(word).ToHashSet(StringComparer.Ordinal);
        return document.Pages
            .Select((text, index) => (Terms: analyzer.Terms(text), Page: index + 1))
            .Where(page => page.Terms.Any(wanted.Contains))
            .Select(page => page.Page)
            .ToList();
    }

    public void Close()
    {
        _services?.Dispose();
        _services = null;
        Synchronizer = null;
    }

    public void Dispose()
    {
        Close();
        _root.Dispose();
    }
}
