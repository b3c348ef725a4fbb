using Archive.Ingestion;
using Archive.Ingestion.Outcomes;
using Archive.Lucene;
using Archive.Lucene.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;

namespace Archive.SearchApi.Index;

/// <summary>
/// The API's hold on the index. With ingestion hosted, searches read the writer's uncommitted changes
/// (near-real-time); otherwise, or when another process holds the index, they read its last commit.
/// When the index cannot be opened at all the API still starts, reports the problem and answers 503.
/// </summary>
public sealed class ArchiveIndex : IDisposable
{
    private readonly ArchiveIngestion _ingestion;
    private readonly SearcherManager? _searchers;
    private readonly FSDirectory? _readOnlyDirectory;

    public ArchiveIndex(ArchiveIngestion ingestion, IOptions<SearchApiOptions> options, DanishArchiveAnalyzer analyzer, TopicWords topics, ILogger<ArchiveIndex> logger)
    {
        ArgumentNullException.ThrowIfNull(ingestion);
        ArgumentNullException.ThrowIfNull(options);
        _ingestion = ingestion;
        if (options.Value.HostIngestion)
        {
            try
            {
                ingestion.Open();
                _searchers = ingestion.OpenNearRealTimeSearchers();
                HostsIngestion = true;
            }
            catch (IngestionUnavailableException exception)
            {
                // What the API says is in plain words; where the folders are stays in the log.
                Problem = exception.IndexInUse
                    ? "The index is in use by another process: searching its last commit, not ingesting."
                    : "Ingestion cannot run: the inbox folder is missing or the index cannot be written; the archive's log says which.";
                logger.LogError(exception, "Ingestion cannot run: {Reason}", exception.Message);
            }
        }

        if (_searchers is null)
        {
            (_searchers, _readOnlyDirectory, var readProblem) = OpenReadOnly(IndexPath, logger);
            Problem ??= readProblem;
        }

        Searcher = _searchers is null ? null : new ArchiveSearcher(_searchers, analyzer, topics);
    }

    /// <summary>Why the archive is not fully working, or null when it is.</summary>
    public string? Problem { get; }

    /// <summary>Whether this process may ingest the inbox (it holds the index for writing), not whether it is ingesting now.</summary>
    public bool HostsIngestion { get; }

    /// <summary>Null when the index cannot be read.</summary>
    public ArchiveSearcher? Searcher { get; }

    public string InboxRoot => _ingestion.InboxRoot;

    public string IndexPath => _ingestion.IndexPath;

    /// <summary>Where an indexed file may be served from, or null when it is gone or is (or lies behind) a symbolic link.</summary>
    public string? ServableFile(string relativePath) => _ingestion.ServableFile(relativePath);

    /// <inheritdoc cref="ArchiveIngestion.ReadAttachment"/>
    public (string FileName, byte[] Content)? ReadAttachment(string messagePath, string attachment, string sha256, CancellationToken cancellationToken) =>
        _ingestion.ReadAttachment(messagePath, attachment, sha256, cancellationToken);

    /// <summary>
    /// Makes changes written so far visible to new searches (cheap when there are none). Waits for a refresh
    /// already under way instead of skipping, since that one may have started before the latest change.
    /// </summary>
    public void Refresh() => _searchers?.MaybeRefreshBlocking();

    /// <summary>The files that could not be ingested: live from this process's ingestion, or as last saved by the process that ingests.</summary>
    public IReadOnlyList<IngestFailure> Failures() => _ingestion.Failures();

    /// <summary>Whether a run is under way and how many files wait; null when this process does not ingest.</summary>
    public IngestionActivity? IngestionActivity() => HostsIngestion ? _ingestion.Activity() : null;

    /// <summary>Documents waiting for OCR: live from this process's queue, or as the last commit holds them.</summary>
    public int OcrWaiting() => HostsIngestion ? _ingestion.OcrWaiting : Searcher?.OcrWaitingCount() ?? 0;

    /// <summary>Why OCR cannot run here (what to install), or null; null too when another process ingests.</summary>
    public string? OcrMissing() => HostsIngestion ? _ingestion.OcrMissing : null;

    public DateTimeOffset? LastIngestion() => HostsIngestion ? _ingestion.LastIngestion() : Searcher?.LastIngestion();

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
            directory = ArchiveLucene.OpenDirectory(indexPath);
            if (!DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                return (null, null, "There is no index yet: start the archive with ingestion, or run the ingest command.");
            }

            return (new SearcherManager(directory, searcherFactory: null), directory, null);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            logger.LogError(exception, "The index at {IndexPath} cannot be opened", indexPath);
            directory?.Dispose();
            return (null, null, "The index cannot be opened; the archive's log says why.");
        }
    }
}
