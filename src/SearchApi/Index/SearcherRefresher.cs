using Microsoft.Extensions.Options;

namespace Archive.SearchApi.Index;

/// <summary>
/// Opens a fresh index view a moment after ingestion writes, so a dropped file is searchable within
/// about a second of being indexed, and searches never pay for reopening the index themselves.
/// </summary>
public sealed class SearcherRefresher(ArchiveIndex index, IOptions<SearchApiOptions> options, ILogger<SearcherRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SearchRefreshInterval);
        while (await WaitAsync(timer, stoppingToken))
        {
            try
            {
                index.Refresh();
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException)
            {
                logger.LogWarning(exception, "Could not refresh the index view; trying again");
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
