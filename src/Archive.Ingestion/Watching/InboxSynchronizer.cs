using Archive.Ingestion.Inbox;
using Archive.Ingestion.Indexing;
using Archive.Ingestion.Outcomes;
using Archive.Ingestion.Metadata;
using Microsoft.Extensions.Logging;

namespace Archive.Ingestion.Watching;

/// <summary>
/// Keeps the index in step with the inbox: full scans and single-path notifications feed the pending files;
/// files that are ready go to the ingestor in batches, each batch committed. Used by the watching worker and
/// by the one-shot command alike.
/// </summary>
internal sealed class InboxSynchronizer : IDisposable
{
    private readonly InboxIngestor _ingestor;
    private readonly PendingFiles _pending;
    private readonly IngestionOptions _options;
    private readonly ILogger<InboxSynchronizer> _logger;
    private readonly SemaphoreSlim _processing = new(1, 1);
    private volatile bool _rescanRequested;
    private volatile bool _running;

    // The files taken from the pending ones for the run under way and not yet read: still waiting, to anyone asking.
    private int _unreadInRun;

    public InboxSynchronizer(InboxIngestor ingestor, IngestionOptions options, TimeProvider clock, ILogger<InboxSynchronizer> logger)
    {
        _ingestor = ingestor;
        _options = options;
        _logger = logger;
        _pending = new PendingFiles(ingestor.InboxRoot, options.StabilityDelay, clock);
        ReserveThreadsForReadingAhead(options.MaxParallelism);
    }

    /// <summary>
    /// Writing a batch holds up to <paramref name="parallelism"/> thread-pool threads for its whole length, and the
    /// batch read meanwhile needs threads of its own around each extraction (reading the file, hashing it, taking the
    /// result). The pool adds threads beyond its minimum (one per core) only after half a second of starvation, by
    /// which time a write is mostly over, so reading ahead stood still; the minimum is raised to leave room for both
    /// (never lowered).
    /// </summary>
    private static void ReserveThreadsForReadingAhead(int parallelism)
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        var needed = (2 * Math.Max(1, parallelism)) + 1;
        if (workers < needed)
        {
            ThreadPool.SetMinThreads(needed, completionPorts);
        }
    }

    public InboxIngestor Ingestor => _ingestor;

    public string InboxRoot => _ingestor.InboxRoot;

    public bool HasPending => _pending.Count > 0;

    public int PendingCount => _pending.Count;

    /// <summary>Whether a run is reading files now, and how many files wait to be read (see <see cref="IngestionActivity"/>).</summary>
    public IngestionActivity Activity => new(_running, _pending.Count + Math.Max(0, Volatile.Read(ref _unreadInRun)));

    /// <summary>Set when events may have been lost (a folder moved, the watcher's buffer overflowed).</summary>
    public bool RescanRequested => _rescanRequested;

    /// <summary>
    /// Checks again which optional tools are installed, then compares the whole inbox with the index and queues every
    /// difference, and every file that failed for want of a tool that has appeared since.
    /// </summary>
    public async Task<ScanSummary> ScanAllAsync(CancellationToken cancellationToken)
    {
        _rescanRequested = false;
        await _ingestor.Tools.RescanAsync(cancellationToken);
        var snapshots = InboxScanner.Scan(InboxRoot, cancellationToken);
        var present = snapshots.Select(snapshot => snapshot.RelativePath).ToHashSet(StringComparer.Ordinal);
        var unchanged = 0;
        var stillFailed = 0;
        foreach (var snapshot in snapshots)
        {
            switch (_ingestor.Classify(snapshot))
            {
                case FileState.Indexed:
                    unchanged++;
                    break;
                case FileState.Failed:
                    stillFailed++;
                    break;
                default:
                    _pending.Add(snapshot);
                    break;
            }
        }

        var removed = _ingestor.PathsMissingFrom(present);
        foreach (var path in removed)
        {
            _pending.Add(path);
        }

        return new ScanSummary(snapshots.Count, unchanged, stillFailed, snapshots.Count - unchanged - stillFailed, removed.Count);
    }

    /// <summary>Takes note of a file-system event for <paramref name="fullPath"/>.</summary>
    public void Notify(string fullPath)
    {
        var relative = InboxPaths.ToRelative(InboxRoot, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || relative == ".")
        {
            return;
        }

        // A deleted file the index knows is the common case and costs a lookup; only a path that is neither a
        // file nor known is looked for as a folder, which means a walk over the indexed paths.
        var vanishedFolder = !File.Exists(fullPath) && !_ingestor.Knows(relative) && _ingestor.HasPathsUnder(relative);
        if (Directory.Exists(fullPath) || vanishedFolder)
        {
            // A folder appeared, moved or vanished: its files raise no events of their own.
            _rescanRequested = true;
            return;
        }

        if (fullPath.EndsWith(Sidecar.Extension, StringComparison.OrdinalIgnoreCase))
        {
            // A sidecar changed: its document is read again with the new metadata.
            _pending.Add(relative[..^Sidecar.Extension.Length]);
            return;
        }

        if (Path.GetFileName(fullPath).Equals(MetadataCsv.FileName, StringComparison.OrdinalIgnoreCase))
        {
            // A folder's metadata.csv changed: every document of that folder is read again with its row.
            QueueFolderOf(fullPath);
            return;
        }

        if (InboxPaths.IsDocument(InboxRoot, fullPath))
        {
            _pending.Add(relative);
        }
    }

    private void QueueFolderOf(string csvFullPath)
    {
        var folder = Path.GetDirectoryName(csvFullPath);
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (InboxPaths.IsDocument(InboxRoot, file))
            {
                _pending.Add(InboxPaths.ToRelative(InboxRoot, file));
            }
        }
    }

    /// <summary>
    /// Files read at once: their texts are held together until they are written, and a run holds at most two such
    /// batches (one being written while the next is read), so this bounds the memory of a run. Commits come after
    /// many such batches (<see cref="IngestionOptions.CommitBatchSize"/>): each commit writes and syncs a segment,
    /// and many small segments must then be merged: committing every 200 files cost a run of 20,000 texts a quarter
    /// of its time (docs/benchmarks.md, "Commits every 2,000 files").
    /// </summary>
    public const int FilesReadAtOnce = 200;

    public void RequestRescan() => _rescanRequested = true;

    /// <summary>
    /// Ingests the pending files that are ready, <see cref="FilesReadAtOnce"/> at a time, committing after every
    /// <see cref="IngestionOptions.CommitBatchSize"/> files and at the end, until none is ready. Files still being
    /// written stay pending; files that changed while being read are pending again once this returns.
    /// The next batch is read while the one before it is written and committed, which runs on one thread at times
    /// (a commit flushes the index's buffers) and waits at times for the last documents of a batch: reading the
    /// next batch keeps the other cores busy meanwhile (docs/benchmarks.md, "Reading ahead").
    /// </summary>
    public async Task<IReadOnlyList<FileOutcome>> ProcessReadyAsync(Action<FileOutcome>? onFile, CancellationToken cancellationToken)
    {
        await _processing.WaitAsync(cancellationToken);
        var outcomes = new List<FileOutcome>();
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        (Batch Batch, Task<IReadOnlyList<FileRead>> Reads)? next = null;
        try
        {
            var commitEvery = Math.Max(1, _options.CommitBatchSize);
            var readAtOnce = Math.Min(FilesReadAtOnce, commitEvery);
            var uncommitted = 0;
            next = StartReading(TakeBatch(readAtOnce));
            while (next is { } current)
            {
                var reads = await current.Reads;
                next = StartReading(TakeBatch(readAtOnce));
                outcomes.AddRange(await _ingestor.WriteAsync(reads, current.Batch.Gone, Read, cancellationToken));
                uncommitted += current.Batch.Changed.Count + current.Batch.Gone.Count;
                if (uncommitted >= commitEvery)
                {
                    _ingestor.Commit();
                    uncommitted = 0;
                }
            }

            if (uncommitted > 0)
            {
                _ingestor.Commit();
            }

            return outcomes;
        }
        finally
        {
            // A batch taken but not written (the run was stopped, or a write before it failed) waits for the next run.
            if (next is { } abandoned)
            {
                await stopReading.CancelAsync();
                await abandoned.Reads.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                foreach (var snapshot in abandoned.Batch.Changed)
                {
                    _pending.Add(snapshot);
                }

                foreach (var path in abandoned.Batch.Gone)
                {
                    _pending.Add(path);
                }
            }

            // Taken again only by the next call, so a file that keeps changing cannot keep this one going.
            foreach (var deferred in outcomes.Where(outcome => outcome.Status == FileStatus.Deferred))
            {
                _pending.Add(deferred.Path);
            }

            _running = false;
            Volatile.Write(ref _unreadInRun, 0);
            _processing.Release();
        }

        (Batch, Task<IReadOnlyList<FileRead>>)? StartReading(Batch? batch)
        {
            if (batch is null)
            {
                return null;
            }

            _running = true;
            Interlocked.Add(ref _unreadInRun, batch.Changed.Count + batch.Gone.Count);
            return (batch, Task.Run(() => _ingestor.ReadAsync(batch.Changed, Read, stopReading.Token), CancellationToken.None));
        }

        void Read(FileOutcome outcome)
        {
            Interlocked.Decrement(ref _unreadInRun);
            onFile?.Invoke(outcome);
        }
    }

    /// <summary>
    /// The next pending files that are ready and changed, and paths gone, up to <paramref name="max"/>; null when
    /// none is left. Files the index already holds as they are now are passed over.
    /// </summary>
    private Batch? TakeBatch(int max)
    {
        while (true)
        {
            var (ready, gone) = _pending.TakeReady(max);
            if (ready.Count == 0 && gone.Count == 0)
            {
                return null;
            }

            var changed = ready.Where(snapshot => _ingestor.Classify(snapshot) == FileState.Changed).ToList();
            if (changed.Count > 0 || gone.Count > 0)
            {
                return new Batch(changed, gone);
            }
        }
    }

    /// <summary>Files taken together from the pending ones: those to read, and paths gone from the inbox.</summary>
    private sealed record Batch(IReadOnlyList<FileSnapshot> Changed, IReadOnlyList<string> Gone);

    /// <summary>Commits whatever is not yet durable (used on shutdown).</summary>
    public void Commit() => _ingestor.Commit();

    /// <summary>Commits between batches, never in the middle of one (what OCR read beside ingestion).</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _processing.WaitAsync(cancellationToken);
        try
        {
            _ingestor.Commit();
        }
        finally
        {
            _processing.Release();
        }
    }

    /// <summary>
    /// Between batches, commits and merges the index's small segments (<see cref="InboxIngestor.MergeSmallSegmentsAndCommit"/>).
    /// Once started, a merge runs to its end: an index writer has no way to stop it half-way and keep it.
    /// </summary>
    public async Task MergeSmallSegmentsAsync(CancellationToken cancellationToken)
    {
        await _processing.WaitAsync(cancellationToken);
        try
        {
            await Task.Run(_ingestor.MergeSmallSegmentsAndCommit, CancellationToken.None);
        }
        finally
        {
            _processing.Release();
        }
    }

    public void Dispose()
    {
        _ingestor.Dispose();
        _processing.Dispose();
    }
}
