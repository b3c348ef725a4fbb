using Archive.Ingestion.Extraction;
using Archive.Ingestion.Extraction.Email;
using Archive.Ingestion.Extraction.Tools;
using Archive.Ingestion.Inbox;
using Archive.Ingestion.Indexing;
using Archive.Ingestion.Metadata;
using Archive.Ingestion.Metadata.Municipalities;
using Archive.Ingestion.Outcomes;
using Archive.Ingestion.Uploads;
using Archive.Ingestion.Watching;
using Archive.Lucene;
using Lucene.Net.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Ingestion;

/// <summary>
/// The one way into ingestion for the programs that host it (the search API, the indexer's command line): open
/// the index for writing, watch the inbox (as a hosted service) or ingest it once, search what is being written
/// (near-real-time), list the files that failed, and put an upload into the inbox. Everything behind it is internal.
/// </summary>
public sealed class ArchiveIngestion : IHostedService, IDisposable
{
    private readonly IngestionOptions _options;
    private readonly TextExtraction _extraction;
    private readonly MetadataBuilder _metadata;
    private readonly ToolAvailability _tools;
    private readonly DanishArchiveAnalyzer _analyzer;
    private readonly TimeProvider _clock;
    private readonly ILoggerFactory _loggers;
    private readonly InboxWriter _uploads;
    private readonly Lock _openLock = new();
    private InboxSynchronizer? _synchronizer;
    private IngestionWorker? _worker;
    private OcrWorker? _ocrWorker;

    internal ArchiveIngestion(IOptions<IngestionOptions> options, TextExtraction extraction, MetadataBuilder metadata, ToolAvailability tools, DanishArchiveAnalyzer analyzer, TimeProvider clock, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _extraction = extraction;
        _metadata = metadata;
        _tools = tools;
        _analyzer = analyzer;
        _clock = clock;
        _loggers = loggers;
        InboxRoot = Path.GetFullPath(_options.InboxPath);
        IndexPath = Path.GetFullPath(_options.IndexPath);
        _uploads = new InboxWriter(InboxRoot);
    }

    /// <summary>The inbox folder, as a full path.</summary>
    public string InboxRoot { get; }

    /// <summary>The index folder, as a full path.</summary>
    public string IndexPath { get; }

    /// <summary>True once <see cref="Open"/> has opened the index for writing.</summary>
    public bool IsOpen => _synchronizer is not null;

    /// <summary>Documents in the index (written so far, committed or not); 0 before <see cref="Open"/>.</summary>
    public int DocumentCount => _synchronizer?.Ingestor.DocumentCount ?? 0;

    /// <summary>Files in the index; identical files share one document, so this can exceed <see cref="DocumentCount"/>.</summary>
    public int IndexedFileCount => _synchronizer?.Ingestor.IndexedFileCount ?? 0;

    /// <summary>Whether a run is reading files now and how many wait; null before <see cref="Open"/> (this process does not ingest).</summary>
    public IngestionActivity? Activity() => _synchronizer?.Activity;

    /// <summary>Documents with pages waiting for OCR (being read included); 0 before <see cref="Open"/>.</summary>
    public int OcrWaiting => _synchronizer?.Ingestor.OcrQueue.Count ?? 0;

    /// <summary>Null when OCR can run; otherwise what is missing and what to install.</summary>
    public string? OcrMissing => _extraction.OcrMissing;

    /// <summary>Completes once the watching worker has ingested the inbox as it was at start (at once if it never starts).</summary>
    public Task InitialScanCompleted => _worker?.InitialScanCompleted ?? Task.CompletedTask;

    /// <summary>
    /// Opens the index for writing and reads which files it holds; does nothing when already open.
    /// </summary>
    /// <exception cref="IngestionUnavailableException">The inbox is missing, another process holds the index, or it cannot be read.</exception>
    public void Open()
    {
        lock (_openLock)
        {
            _synchronizer ??= OpenSynchronizer();
        }
    }

    /// <summary>
    /// Searchers over the index being written, which see its changes before they are committed. The caller owns
    /// the manager and refreshes it (<c>MaybeRefresh</c>) to see newer changes.
    /// </summary>
    public SearcherManager OpenNearRealTimeSearchers() =>
        new(Opened().Ingestor.Index.Writer, applyAllDeletes: true, searcherFactory: null);

    /// <summary>Opens the index if needed and starts watching the inbox: a full scan, file-system events, periodic rescans.</summary>
    /// <remarks>The OCR queue is read beside it, by a worker of its own.</remarks>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _worker ??= new IngestionWorker(Opened(), _options, _clock, _loggers.CreateLogger<IngestionWorker>());
        _ocrWorker ??= new OcrWorker(Opened(), _options, _loggers.CreateLogger<OcrWorker>());
        await _worker.StartAsync(cancellationToken);
        await _ocrWorker.StartAsync(cancellationToken);
    }

    /// <summary>Stops watching and reading by OCR; what was ingested is committed.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_ocrWorker is not null)
        {
            await _ocrWorker.StopAsync(cancellationToken);
        }

        if (_worker is not null)
        {
            await _worker.StopAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Brings the index in line with the inbox once: scans it, ingests every new or changed file and removes what is
    /// gone, committing in batches. Files still being written are waited for up to <paramref name="maxWaitForWrites"/>
    /// and then left for the next run. <paramref name="onScanned"/> hears what the scan found before ingestion
    /// starts, <paramref name="onFile"/> of each file as soon as it is read (both for progress).
    /// </summary>
    public Task<IngestionRun> IngestOnceAsync(
        Action<ScanSummary>? onScanned,
        Action<FileOutcome>? onFile,
        TimeSpan maxWaitForWrites,
        CancellationToken cancellationToken) =>
        IngestOnceAsync(onScanned, onFile, onOcr: null, maxWaitForWrites, cancellationToken);

    /// <summary>
    /// As <see cref="IngestOnceAsync(Action{ScanSummary}?, Action{FileOutcome}?, TimeSpan, CancellationToken)"/>, and
    /// then reads the whole OCR queue (this run's scans and any an earlier run left), each document committed as it is
    /// read; <paramref name="onOcr"/> hears of each. Without OCR installed the queue is left for a later run. Last,
    /// the index's small segments are merged (see <see cref="ArchiveIndexWriter.MergeSmallSegmentsAndCommit"/>).
    /// </summary>
    public async Task<IngestionRun> IngestOnceAsync(
        Action<ScanSummary>? onScanned,
        Action<FileOutcome>? onFile,
        Action<FileOutcome>? onOcr,
        TimeSpan maxWaitForWrites,
        CancellationToken cancellationToken)
    {
        var synchronizer = Opened();
        var scan = await synchronizer.ScanAllAsync(cancellationToken);
        onScanned?.Invoke(scan);
        var outcomes = new List<FileOutcome>();
        var quietSince = _clock.GetTimestamp();
        while (synchronizer.HasPending && !cancellationToken.IsCancellationRequested)
        {
            var batch = await synchronizer.ProcessReadyAsync(onFile, cancellationToken);
            outcomes.AddRange(batch);
            if (batch.Any(outcome => outcome.Status != FileStatus.Deferred))
            {
                quietSince = _clock.GetTimestamp();
            }
            else if (_clock.GetElapsedTime(quietSince) > maxWaitForWrites)
            {
                break;
            }
            else
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), _clock, cancellationToken);
            }
        }

        synchronizer.Commit();
        var ocrOutcomes = new List<FileOutcome>();
        if (!cancellationToken.IsCancellationRequested)
        {
            var ocr = new OcrWorker(synchronizer, _options, _loggers.CreateLogger<OcrWorker>());
            await ocr.RunAsync(
                untilEmpty: true,
                read =>
                {
                    var outcome = read.Status == OcrReadStatus.Failed
                        ? new FileOutcome(read.Path, FileStatus.Failed, _synchronizer!.Ingestor.Failures.TryGet(read.Path, out var failure) ? failure.Reason : null, read.Message)
                        : new FileOutcome(read.Path, read.Status == OcrReadStatus.Read ? FileStatus.Indexed : FileStatus.Removed, Pages: read.Pages);
                    lock (ocrOutcomes)
                    {
                        ocrOutcomes.Add(outcome);
                    }

                    onOcr?.Invoke(outcome);
                },
                cancellationToken);
            synchronizer.Commit();

            // Searches pay per segment; a one-shot run can wait for the small ones to be merged (and, once it has
            // begun, a Ctrl+C too).
            await synchronizer.MergeSmallSegmentsAsync(CancellationToken.None);
        }

        return new IngestionRun(scan, outcomes, synchronizer.PendingCount)
        {
            OcrOutcomes = ocrOutcomes,
            OcrWaiting = synchronizer.Ingestor.OcrQueue.Count,
            OcrMissing = synchronizer.Ingestor.OcrQueue.Count > 0 ? OcrMissing : null,
        };
    }

    /// <summary>Every file that could not be ingested: live while the index is open, else as the ingesting process last saved them.</summary>
    public IReadOnlyList<IngestFailure> Failures() =>
        _synchronizer?.Ingestor.Failures.All() ?? FailureLog.Load(IndexPath).All();

    /// <summary>
    /// Which formats can be read on this machine: the optional tools as last checked (at the first use and at every
    /// full scan of the inbox).
    /// </summary>
    public async Task<ReaderAvailability> ReadersAsync(CancellationToken cancellationToken)
    {
        var tools = await _tools.GetAsync(cancellationToken);
        return ReaderAvailability.With(tools.ConvertsOfficeFiles, tools.ReadsScans);
    }

    /// <summary>When the index last changed, while it is open here; null otherwise (readers know it from the index's commit).</summary>
    public DateTimeOffset? LastIngestion() => _synchronizer?.Ingestor.LastIngestion();

    /// <summary>
    /// The canonical name the archive stores for a municipality as people write it ("Slagelse", "slagelse kommune",
    /// "Åbenrå", "Holbaek" give "Slagelse Kommune", "Aabenraa Kommune", "Holbæk Kommune"), from the same gazetteer the
    /// metadata rules use; null for a name it does not know.
    /// </summary>
    public static string? MunicipalityName(string name) => MunicipalityGazetteer.Default.FindByName(name)?.Name;

    /// <summary>
    /// The full path of an inbox file that may be served, or null: only a regular file inside the inbox with no
    /// symbolic link on its way is ever served, so no request and no link can bring out a file from elsewhere.
    /// </summary>
    public string? ServableFile(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var fullPath = InboxPaths.ToFull(InboxRoot, relativePath);
        return InboxPaths.IsInside(InboxRoot, fullPath) && SymbolicLinks.FirstOnTheWay(InboxRoot, fullPath) is null && File.Exists(fullPath) ? fullPath : null;
    }

    /// <summary>
    /// An attachment of a message file in the inbox, read out of the message as the file is now: its name and bytes,
    /// or null when the file may not be served, is not a message, or no longer carries that attachment with the
    /// content <paramref name="sha256"/> the index holds. <paramref name="attachment"/> is its place ("2", "2/1").
    /// </summary>
    public (string FileName, byte[] Content)? ReadAttachment(string messagePath, string attachment, string sha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (ServableFile(messagePath) is not { } fullPath)
        {
            return null;
        }

        var numbers = new List<int>();
        foreach (var part in attachment.Split('/'))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                return null;
            }

            numbers.Add(number);
        }

        try
        {
            using var message = File.OpenRead(fullPath);
            return MessageAttachments.Read(message, numbers, cancellationToken) is { } read && ContentHash.Of(read.Content) == sha256 ? read : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Puts an uploaded file into the inbox under <paramref name="folder"/> (relative, may be empty), with its sidecar
    /// when <paramref name="sidecarJson"/> is given. Nothing is written when the name, the folder or the sidecar is
    /// wrong, or a file of that name exists. The watching worker (here or in another process) ingests it.
    /// </summary>
    public Task<UploadOutcome> WriteUploadAsync(string? folder, string fileName, Stream content, string? sidecarJson, CancellationToken cancellationToken) =>
        _uploads.WriteAsync(folder, fileName, content, sidecarJson, cancellationToken);

    public void Dispose()
    {
        _ocrWorker?.Dispose();
        _worker?.Dispose();
        _synchronizer?.Dispose();
    }

    /// <summary>The synchronizer behind the front door, opened; for the library's own tests.</summary>
    internal InboxSynchronizer Synchronizer => Opened();

    private InboxSynchronizer Opened()
    {
        Open();
        return _synchronizer!;
    }

    private InboxSynchronizer OpenSynchronizer()
    {
        if (!Directory.Exists(InboxRoot))
        {
            throw new IngestionUnavailableException($"The inbox folder '{InboxRoot}' does not exist (Archive:InboxPath).");
        }

        if (InboxPaths.IsInside(InboxRoot, IndexPath))
        {
            // Its files would be ingested as documents of the archive.
            throw new IngestionUnavailableException($"The index folder '{IndexPath}' lies inside the inbox '{InboxRoot}'; put it elsewhere (Archive:IndexPath, --index).");
        }

        ArchiveIndexWriter index;
        try
        {
            index = ArchiveIndexWriter.Open(IndexPath, _analyzer);
        }
        catch (IndexInUseException exception)
        {
            throw new IngestionUnavailableException(exception.Message, exception) { IndexInUse = true };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new IngestionUnavailableException(exception.Message, exception);
        }

        // Uploads a crash cut short leave hidden files behind; an upload older than this is not under way any more.
        if (InboxWriter.RemoveLeftovers(InboxRoot, TimeSpan.FromMinutes(10)) is > 0 and var leftovers)
        {
            _loggers.CreateLogger<ArchiveIngestion>().LogInformation("Removed {Count} file(s) left by interrupted uploads", leftovers);
        }

        var failures = FailureLog.Load(IndexPath);
        if (index.Rebuilding)
        {
            // Files that failed under the old rules get another chance under the new ones.
            failures.RemoveWhere(_ => true);
            _loggers.CreateLogger<ArchiveIngestion>().LogWarning("The index at {IndexPath} was written by another version of the archive; rebuilding it from the inbox", IndexPath);
        }

        var ingestor = new InboxIngestor(InboxRoot, index, failures, _extraction, _metadata, _tools, _options, _clock, _loggers.CreateLogger<InboxIngestor>());
        return new InboxSynchronizer(ingestor, _options, _clock, _loggers.CreateLogger<InboxSynchronizer>());
    }
}
