using System.Diagnostics;
using System.Text;
using Archive.Ingestion.Outcomes;
using Archive.Ingestion.Watching;
using Archive.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archive.Ingestion.Tests.Support;

/// <summary>
/// A real archive in a temp folder: an inbox, a Lucene index, the production ingestion code over them,
/// and a searcher over what was committed.
/// </summary>
internal sealed class ArchiveHarness : IDisposable
{
    private readonly TempDirectory _root = new();
    private ServiceProvider? _services;

    public ArchiveHarness()
    {
        Directory.CreateDirectory(InboxPath);
    }

    public string InboxPath => _root.Combine("inbox");

    public string IndexPath => _root.Combine("index");

    public InboxSynchronizer? Synchronizer { get; private set; }

    /// <summary>The ingestion front door over the same index, once opened.</summary>
    public ArchiveIngestion? Ingestion { get; private set; }

    /// <summary>Opens the index and the ingestion code over the inbox (as a process start would).</summary>
    public InboxSynchronizer Open(Action<IngestionOptions>? configure = null)
    {
        Close();
        _services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddArchiveIngestion(new ConfigurationBuilder().Build(), options =>
            {
                options.InboxPath = InboxPath;
                options.IndexPath = IndexPath;
                options.StabilityDelay = TimeSpan.FromMilliseconds(300);
                options.ExtractionTimeout = TimeSpan.FromSeconds(60);
                configure?.Invoke(options);
            })
            .BuildServiceProvider();
        Ingestion = _services.GetRequiredService<ArchiveIngestion>();
        Synchronizer = Ingestion.Synchronizer;
        return Synchronizer;
    }

    /// <summary>Scans the inbox and ingests until nothing is pending (bounded in time), then commits.</summary>
    public async Task<IReadOnlyList<FileOutcome>> SyncAsync(TimeSpan? limit = null)
    {
        var synchronizer = Synchronizer ?? Open();
        await synchronizer.ScanAllAsync(CancellationToken.None);
        return await DrainAsync(limit);
    }

    /// <summary>Ingests what is pending until nothing is left (bounded in time).</summary>
    public async Task<IReadOnlyList<FileOutcome>> DrainAsync(TimeSpan? limit = null)
    {
        var synchronizer = Synchronizer ?? throw new InvalidOperationException("Open the archive first.");
        var outcomes = new List<FileOutcome>();
        var watch = Stopwatch.StartNew();
        do
        {
            outcomes.AddRange(await synchronizer.ProcessReadyAsync(null, CancellationToken.None));
            if (synchronizer.HasPending)
            {
                Assert.True(watch.Elapsed < (limit ?? TimeSpan.FromSeconds(60)), "ingestion did not settle in time");
                await Task.Delay(50);
            }
        }
        while (synchronizer.HasPending);

        synchronizer.Commit();
        return outcomes;
    }

    /// <summary>
    /// A real host running the watching worker over this inbox and index, with <paramref name="settings"/> (keys of
    /// the "Archive" section) besides them; not started.
    /// </summary>
    public IHost WatchingHost(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Archive:InboxPath"] = InboxPath,
            ["Archive:IndexPath"] = IndexPath,
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(setting => KeyValuePair.Create($"Archive:{setting.Key}", setting.Value)));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddArchiveIngestion(builder.Configuration);
        builder.Services.AddHostedService(provider => provider.GetRequiredService<ArchiveIngestion>());
        return builder.Build();
    }

    public string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] content)
    {
        var path = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);

        // Make the file look settled, as a copy finished a moment ago would.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(-5));
        return path;
    }

    public string FullPath(string relativePath) => Path.Combine(InboxPath, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Every document in the committed index.</summary>
    public IReadOnlyList<ArchiveDocument> Documents() => CommittedIndex.Documents(IndexPath);

    /// <summary>Searches the committed index as the search API does (all words must match).</summary>
    public IReadOnlyList<ArchiveDocument> Search(string query) => CommittedIndex.Search(IndexPath, query);

    /// <summary>The 1-based numbers of the pages of <paramref name="document"/> whose text has a term of <paramref name="word"/>.</summary>
    public static IReadOnlyList<int> PagesMentioning(ArchiveDocument document, string word)
    {
        using var analyzer = new DanishArchiveAnalyzer();
        var wanted = analyzer.Terms(word).ToHashSet(StringComparer.Ordinal);
        return document.Pages
            .Select((text, index) => (Terms: analyzer.Terms(text), Page: index + 1))
            .Where(page => page.Terms.Any(wanted.Contains))
            .Select(page => page.Page)
            .ToList();
    }

    public void Close()
    {
        _services?.Dispose();
        _services = null;
        Synchronizer = null;
        Ingestion = null;
    }

    public void Dispose()
    {
        Close();
        _root.Dispose();
    }
}
