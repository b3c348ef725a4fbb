using Archive.Indexer;
using Archive.Indexer.Watching;

namespace Archive.SearchApi.Index;

/// <summary>
/// Runs the ingestion worker inside the API when the index could be opened for writing; otherwise does
/// nothing, so the API still serves what it can read.
/// </summary>
public sealed class IngestionHost(ArchiveIndex index, IndexerOptions options, TimeProvider clock, ILoggerFactory loggers) : IHostedService, IDisposable
{
    private IngestionWorker? _worker;

    /// <summary>Completes once the start-up scan has been ingested (at once when this process does not ingest).</summary>
    public Task InitialScanCompleted => _worker?.InitialScanCompleted ?? Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (index.Ingestion is not { } synchronizer)
        {
            return Task.CompletedTask;
        }

        _worker = new IngestionWorker(synchronizer, options, clock, loggers.CreateLogger<IngestionWorker>());
        return _worker.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _worker?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public void Dispose() => _worker?.Dispose();
}
