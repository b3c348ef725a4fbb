using Archive.Ingestion;

namespace Archive.SearchApi.Index;

/// <summary>
/// Runs the ingestion worker inside the API when the index could be opened for writing; otherwise does
/// nothing, so the API still serves what it can read.
/// </summary>
public sealed class IngestionHost(ArchiveIndex index, ArchiveIngestion ingestion) : IHostedService
{
    /// <summary>Completes once the start-up scan has been ingested (at once when this process does not ingest).</summary>
    public Task InitialScanCompleted => ingestion.InitialScanCompleted;

    public Task StartAsync(CancellationToken cancellationToken) =>
        index.HostsIngestion ? ingestion.StartAsync(cancellationToken) : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => ingestion.StopAsync(cancellationToken);
}
