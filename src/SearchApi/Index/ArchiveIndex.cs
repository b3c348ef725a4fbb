using Archive.Indexer;
using Archive.Indexer.Indexing;
using Archive.Indexer.Watching;
using Archive.Lucene;
using Archive.Lucene.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Archive.SearchApi.Index;

/// <summary>
/// The API's hold on the index. With ingestion hosted, searches read the writer's uncommitted changes
/// (near-real-time); otherwise, or when another process holds the index, they read its last commit.
/// When the index cannot be opened at all the API still starts, reports the problem and answers 503.
/// </summary>
public sealed class ArchiveIndex : IDisposable
{
    private readonly SearcherManager? _searchers;
    private readonly FSDirectory? _readOnlyDirectory;

    public ArchiveIndex(IndexerOptions indexerOptions, SearchApiOptions options, IServiceProvider services, ILogger<ArchiveIndex> logger)
    {
        ArgumentNullException.ThrowIfNull(indexerOptions);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        InboxRoot = Path.GetFullPath(indexerOptions.InboxPath);
        IndexPath = Path.GetFullPath(indexerOptions.IndexPath);
        if (options.HostIngestion)
        {
            try
            {
                Ingestion = services.GetRequiredService<InboxSynchronizer>();
                _searchers = new SearcherManager(Ingestion.Ingestor.Index.Writer, applyAllDeletes: true, searcherFactory: null);
            }
            catch (Exception exception) when (exception is IndexInUseException or IOException or UnauthorizedAccessException)
            {
                Problem = exception is IndexInUseException
                    ? $"The index at '{IndexPath}' is in use by another process: searching its last commit, not ingesting."
                    : $"Ingestion cannot run: {exception.Message}";
                logger.LogError("{Problem}", Problem);
            }
        }

        if (_searchers is null)
        {
            (_searchers, _readOnlyDirectory, var readProblem) = OpenReadOnly(IndexPath, logger);
            Problem ??= readProblem;
        }

        Searcher = _searchers is null ? null : new ArchiveSearcher(_searchers, new DanishArchiveAnalyzer());
    }

    /// <summary>Why the archive is not fully working, or null when it is.</summary>
    public string? Problem { get; }

    /// <summary>The hosted ingestion, or null when this process does not ingest.</summary>
    public InboxSynchronizer? Ingestion { get; }

    /// <summary>Null when the index cannot be read.</summary>
    public ArchiveSearcher? Searcher { get; }

    public string InboxRoot { get; }

    public string IndexPath { get; }

    /// <summary>
    /// Makes changes written so far visible to new searches (cheap when there are none). Waits for a refresh
    /// already under way instead of skipping, since that one may have started before the latest change.
    /// </summary>
    public void Refresh() => _searchers?.MaybeRefreshBlocking();

    /// <summary>The files that could not be ingested: live from the worker, or as last saved by the process that ingests.</summary>
    public IReadOnlyList<IngestFailure> Failures() =>
        Ingestion?.Ingestor.Failures.All() ?? FailureLog.Load(IndexPath).All();

    public DateTimeOffset? LastIngestion() => Ingestion?.Ingestor.LastIngestion() ?? Searcher?.LastIngestion();

    public void Dispose()
    {
        _searchers?.Dispose();
        _readOnlyDirectory?.Dispose();
    }

    private static (SearcherManager?, FSDirectory?, string? Problem) OpenReadOnly(string indexPath, ILogger logger)
    {
        FSDirectory? directory = null;
        try
        {
            directory = FSDirectory.Open(new DirectoryInfo(indexPath));
            if (!DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                return (null, null, $"There is no index at '{indexPath}' yet.");
            }

            return (new SearcherManager(directory, searcherFactory: null), directory, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogError(exception, "The index at {IndexPath} cannot be opened", indexPath);
            directory?.Dispose();
            return (null, null, $"The index at '{indexPath}' cannot be opened: {exception.Message}");
        }
    }
}
