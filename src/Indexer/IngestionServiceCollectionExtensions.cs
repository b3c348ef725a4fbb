using Archive.Indexer.Extraction;
using Archive.Indexer.Indexing;
using Archive.Indexer.Watching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archive.Indexer;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers text extraction, the index writer over <c>Archive:IndexPath</c> and the worker that watches
    /// <c>Archive:InboxPath</c>. Relative paths are taken from the current directory.
    /// </summary>
    public static IServiceCollection AddArchiveIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new IndexerOptions();
        configuration.GetSection(IndexerOptions.Section).Bind(options);
        services.AddArchiveIndexing(options);
        services.AddSingleton<IngestionWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<IngestionWorker>());
        return services;
    }

    /// <summary>Registers extraction and the synchronizer over the index, without the watching worker (for one-shot runs).</summary>
    public static IServiceCollection AddArchiveIndexing(this IServiceCollection services, IndexerOptions options)
    {
        services.AddSingleton(options);
        services.AddArchiveExtraction(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => OpenSynchronizer(provider, options));
        return services;
    }

    public static IServiceCollection AddArchiveExtraction(this IServiceCollection services, IndexerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton<ITextExtractor, PlainTextExtractor>();
        services.AddSingleton<ITextExtractor, DocxTextExtractor>();
        services.AddSingleton<ITextExtractor, PdfTextExtractor>();
        services.AddSingleton(new ExtractionLimits(options.ExtractionTimeout));
        services.AddSingleton<TextExtraction>();
        return services;
    }

    private static InboxSynchronizer OpenSynchronizer(IServiceProvider provider, IndexerOptions options)
    {
        var inbox = Path.GetFullPath(options.InboxPath);
        if (!Directory.Exists(inbox))
        {
            throw new DirectoryNotFoundException($"The inbox folder '{inbox}' does not exist (Archive:InboxPath).");
        }

        var indexPath = Path.GetFullPath(options.IndexPath);
        if (IsInside(indexPath, inbox))
        {
            // Its files would be ingested as documents of the archive.
            throw new IOException($"The index folder '{indexPath}' lies inside the inbox '{inbox}'; put it elsewhere (Archive:IndexPath, --index).");
        }

        var loggers = provider.GetRequiredService<ILoggerFactory>();
        var index = ArchiveIndexWriter.Open(indexPath);
        var failures = FailureLog.Load(indexPath);
        if (index.Rebuilding)
        {
            // Files that failed under the old rules get another chance under the new ones.
            failures.RemoveWhere(_ => true);
            loggers.CreateLogger<ArchiveIndexWriter>().LogWarning("The index at {IndexPath} was written by another version of the archive; rebuilding it from the inbox", indexPath);
        }

        var clock = provider.GetRequiredService<TimeProvider>();
        var ingestor = new InboxIngestor(
            inbox,
            index,
            failures,
            provider.GetRequiredService<TextExtraction>(),
            options,
            clock,
            loggers.CreateLogger<InboxIngestor>());
        return new InboxSynchronizer(ingestor, options, clock, loggers.CreateLogger<InboxSynchronizer>());
    }

    private static bool IsInside(string path, string folder) =>
        (path + Path.DirectorySeparatorChar).StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
