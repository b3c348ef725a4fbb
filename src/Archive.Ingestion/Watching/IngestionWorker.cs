using System.Diagnostics.CodeAnalysis;
using Archive.Ingestion.Outcomes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archive.Ingestion.Watching;

/// <summary>
/// Keeps the index in step with the inbox while the host runs: a full scan at start-up, file-system events
/// as they come, and a periodic rescan for whatever the events missed. Commits after every batch and on shutdown,
/// and merges the small segments the commits wrote once the inbox has been quiet for a while.
/// </summary>
internal sealed class IngestionWorker(InboxSynchronizer synchronizer, IngestionOptions options, TimeProvider clock, ILogger<IngestionWorker> logger)
    : BackgroundService
{
    // While files are waiting to settle, look again this often.
    private static readonly TimeSpan PendingPollInterval = TimeSpan.FromMilliseconds(250);

    private readonly SemaphoreSlim _changed = new(0);
    private readonly TaskCompletionSource _initialScan = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // After a failed merge, the next attempt waits for the next rescan rather than retrying at once.
    private DateTimeOffset _noMergeBefore = DateTimeOffset.MinValue;

    /// <summary>Completes once the start-up scan has been ingested and committed.</summary>
    public Task InitialScanCompleted => _initialScan.Task;

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The worker logs and carries on; one bad pass must not stop ingestion for good.")]
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        logger.LogInformation("Watching {Inbox}", synchronizer.InboxRoot);
        using var watcher = StartWatcher();
        var nextRescan = clock.GetUtcNow();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (clock.GetUtcNow() >= nextRescan || synchronizer.RescanRequested)
                    {
                        var scan = await synchronizer.ScanAllAsync(stoppingToken);
                        nextRescan = clock.GetUtcNow() + options.RescanInterval;
                        logger.LogInformation(
                            "Scanned {Files} files: {Queued} to ingest, {Unchanged} unchanged, {StillFailed} failed before, {Removed} removed",
                            scan.Files, scan.Queued, scan.Unchanged, scan.StillFailed, scan.Removed);
                    }

                    await ProcessAsync(stoppingToken);
                    if (!synchronizer.HasPending)
                    {
                        _initialScan.TrySetResult();
                        await MergeWhenQuietAsync(stoppingToken);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception exception)
                {
                    logger.LogError(exception, "Ingestion pass failed; retrying at the next rescan");
                    nextRescan = clock.GetUtcNow() + TimeSpan.FromSeconds(10);
                }

                await WaitForWorkAsync(nextRescan, stoppingToken);
            }
        }
        finally
        {
            synchronizer.Commit();
            logger.LogInformation("Ingestion stopped; index committed");
        }
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    private InboxWatcher? StartWatcher()
    {
        try
        {
            return new InboxWatcher(
                synchronizer.InboxRoot,
                path =>
                {
                    synchronizer.Notify(path);
                    Wake();
                },
                () =>
                {
                    logger.LogWarning("File-system events were lost; rescanning the inbox");
                    synchronizer.RequestRescan();
                    Wake();
                });
        }
        catch (Exception exception) when (exception is ArgumentException or IOException or PlatformNotSupportedException)
        {
            logger.LogWarning(exception, "Cannot watch {Inbox} for changes; relying on rescans every {Interval}", synchronizer.InboxRoot, options.RescanInterval);
            return null;
        }
    }

    /// <summary>Wakes the loop. Events come on the watcher's own thread, and may still come when a host disposed the
    /// worker without stopping it first; an exception there would end the process.</summary>
    private void Wake()
    {
        try
        {
            _changed.Release();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task ProcessAsync(CancellationToken stoppingToken)
    {
        var outcomes = await synchronizer.ProcessReadyAsync(null, stoppingToken);
        if (outcomes.Count > 0)
        {
            logger.LogInformation(
                "Ingested {Indexed} file(s), removed {Removed}, failed {Failed}; {Documents} documents in the index",
                outcomes.Count(o => o.Status == FileStatus.Indexed),
                outcomes.Count(o => o.Status == FileStatus.Removed),
                outcomes.Count(o => o.Status == FileStatus.Failed),
                synchronizer.Ingestor.DocumentCount);
        }
    }

    /// <summary>
    /// When the small segments are to be merged: <see cref="IngestionOptions.MergeWhenQuietFor"/> after the last
    /// commit that changed the index, if none has been merged since; null when there is nothing to merge.
    /// </summary>
    private DateTimeOffset? MergeDue()
    {
        var lastIngestion = synchronizer.Ingestor.LastIngestion();
        if (!synchronizer.Ingestor.HasUnmergedCommits || lastIngestion is null)
        {
            return null;
        }

        var due = lastIngestion.Value + options.MergeWhenQuietFor;
        return due > _noMergeBefore ? due : _noMergeBefore;
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A failed merge leaves the index as committed; ingestion goes on and the merge is tried again later.")]
    private async Task MergeWhenQuietAsync(CancellationToken stoppingToken)
    {
        if (MergeDue() is not { } due || due > clock.GetUtcNow())
        {
            return;
        }

        var started = clock.GetTimestamp();
        try
        {
            await synchronizer.MergeSmallSegmentsAsync(stoppingToken);
            logger.LogInformation("The inbox was quiet: merged the index's small segments in {Seconds:0.0} s", clock.GetElapsedTime(started).TotalSeconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _noMergeBefore = clock.GetUtcNow() + options.RescanInterval;
            logger.LogWarning(exception, "Merging the index's small segments failed; trying again after {Time}", _noMergeBefore);
        }
    }

    private async Task WaitForWorkAsync(DateTimeOffset nextRescan, CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow();
        var nextWork = MergeDue() is { } mergeDue && mergeDue < nextRescan ? mergeDue : nextRescan;
        var wait = synchronizer.HasPending ? PendingPollInterval : nextWork - now;
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            // An event wakes the loop at once; several events in a burst are taken together.
            if (await _changed.WaitAsync(wait, stoppingToken))
            {
                while (_changed.CurrentCount > 0)
                {
                    await _changed.WaitAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
