using Archive.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Testing;

/// <summary>Ingests an inbox into an index once through the ingestion's front door, as the <c>ingest</c> command does.</summary>
public static class TestIngestion
{
    public static async Task IngestOnceAsync(string inbox, string index)
    {
        await using var services = Services(inbox, index);
        var run = await services.GetRequiredService<ArchiveIngestion>().IngestOnceAsync(null, null, TimeSpan.FromSeconds(60), CancellationToken.None);
        Assert.Equal(0, run.LeftPending);
    }

    /// <summary>The ingestion's services over <paramref name="inbox"/> and <paramref name="index"/>, with files read at once.</summary>
    public static ServiceProvider Services(string inbox, string index, Action<IngestionOptions>? configure = null) =>
        new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddArchiveIngestion(new ConfigurationBuilder().Build(), options =>
            {
                options.InboxPath = inbox;
                options.IndexPath = index;
                options.StabilityDelay = TimeSpan.Zero;
                configure?.Invoke(options);
            })
            .BuildServiceProvider();
}
