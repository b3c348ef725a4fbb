using System.Text.Json;
using Archive.Ingestion;
using Archive.Ingestion.Outcomes;
using Archive.Lucene;
using Archive.Lucene.Search;
using Archive.Relevance.Corpus;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Directory = System.IO.Directory;

namespace Archive.Relevance.Systems;

/// <summary>
/// The archive itself: the bench corpus goes into an inbox as an operator would put it there (corpus-dk pages as
/// text files with a sidecar holding their address, seeds as they are), the real ingestion pipeline indexes it,
/// and the real <see cref="ArchiveSearcher"/> answers. Nothing of the analysis or the query parser is repeated
/// here, so this row always measures the archive as it is built.
/// </summary>
public sealed class ArchiveSystem : IRankingSystem
{
    // Files are copied with a modification time in the past; a short wait still lets the pipeline's own check run.
    private static readonly TimeSpan StabilityDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxIngestionTime = TimeSpan.FromMinutes(5);

    private readonly FSDirectory _directory;
    private readonly SearcherManager _searchers;
    private readonly ArchiveSearcher _searcher;
    private readonly Dictionary<string, string> _idByInboxPath;

    private ArchiveSystem(string indexPath, Dictionary<string, string> idByInboxPath, IReadOnlyList<IngestFailure> failures, TopicWords topics, bool withSynonyms)
    {
        _idByInboxPath = idByInboxPath;
        Failures = failures;
        _directory = FSDirectory.Open(indexPath);
        _searchers = new SearcherManager(_directory, searcherFactory: null);
        var analyzer = new DanishArchiveAnalyzer();
        _searcher = new ArchiveSearcher(_searchers, analyzer, topics, withSynonyms ? null : Synonyms.None(analyzer));
        Name = withSynonyms ? RankingSystems.Archive : RankingSystems.ArchiveWithoutSynonyms;
    }

    public string Name { get; }

    /// <summary>Files the pipeline could not ingest; they cannot be found, and the report says so.</summary>
    public IReadOnlyList<IngestFailure> Failures { get; }

    /// <param name="withSynonyms">False to search without the synonym rings (the same index and ranking otherwise).</param>
    public static async Task<ArchiveSystem> CreateAsync(BenchCorpus corpus, string workspace, bool withSynonyms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var inbox = Path.Combine(workspace, "inbox");
        var indexPath = Path.Combine(workspace, "index");
        var settled = DateTime.UtcNow.AddMinutes(-1);
        foreach (var document in corpus.Documents)
        {
            var target = Path.Combine(inbox, document.InboxPath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(document.SourcePath, target);
            File.SetLastWriteTimeUtc(target, settled);
            var sidecar = target + ".json";
            if (document.SourceUrl is not null)
            {
                await File.WriteAllTextAsync(sidecar, JsonSerializer.Serialize(new Dictionary<string, string> { ["sourceUrl"] = document.SourceUrl }), cancellationToken);
            }
            else if (File.Exists(document.SourcePath + ".json"))
            {
                // A seed's own sidecar is part of the sample archive as it ships.
                File.Copy(document.SourcePath + ".json", sidecar);
            }

            if (File.Exists(sidecar))
            {
                File.SetLastWriteTimeUtc(sidecar, settled);
            }
        }

        var (failures, topics) = await IngestAsync(inbox, indexPath, cancellationToken);
        var idByInboxPath = corpus.Documents.ToDictionary(document => document.InboxPath, document => document.Id, StringComparer.Ordinal);
        return new ArchiveSystem(indexPath, idByInboxPath, failures, topics, withSynonyms);
    }

    public IReadOnlyList<string> Rank(string query, int depth)
    {
        SearchResults results;
        try
        {
            results = _searcher.Search(new SearchRequest { Query = query, Sort = SearchSort.Relevance, PageSize = depth, WithFacets = false, WithSnippets = false });
        }
        catch (QuerySyntaxException exception)
        {
            Console.Error.WriteLine($"{Name}: cannot parse '{query}': {exception.Message}");
            return [];
        }

        // Identical files are one document listing every path; the first path the bench knows names it.
        return [.. results.Hits.Select(hit => hit.Document.Files.Select(file => _idByInboxPath.GetValueOrDefault(file.Path)).FirstOrDefault(id => id is not null) ?? hit.Document.Id)];
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _directory.Dispose();
    }

    /// <summary>Ingests the inbox as the archive does; the failures, and the taxonomy's words the archive searches with.</summary>
    private static async Task<(IReadOnlyList<IngestFailure> Failures, TopicWords Topics)> IngestAsync(string inbox, string indexPath, CancellationToken cancellationToken)
    {
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Error))
            .AddArchiveIngestion(new ConfigurationBuilder().Build(), options =>
            {
                options.InboxPath = inbox;
                options.IndexPath = indexPath;
                options.StabilityDelay = StabilityDelay;

                // Documents written from several threads land in segments and at document numbers that differ
                // from run to run, and documents of equal score are ordered by number: one thread makes the
                // figures of two runs of the same code the same.
                options.MaxParallelism = 1;
            })
            .BuildServiceProvider();
        var ingestion = services.GetRequiredService<ArchiveIngestion>();
        var run = await ingestion.IngestOnceAsync(onScanned: null, onFile: null, MaxIngestionTime, cancellationToken);
        if (run.LeftPending > 0)
        {
            throw new TimeoutException($"{run.LeftPending} files of the bench corpus did not settle within {MaxIngestionTime}.");
        }

        return (ingestion.Failures(), services.GetRequiredService<TopicWords>());
    }
}
