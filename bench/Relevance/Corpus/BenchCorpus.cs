using System.Text;
using System.Text.Json;
using Archive.Ingestion.Extraction;

namespace Archive.Relevance.Corpus;

/// <summary>
/// The documents every system indexes: the 412 corpus-dk pages and the seed files of the repository's corpus/.
/// Seeds are read once with the archive's own extractors, so the baselines index the same text the archive does
/// and the comparison is about analysis and ranking, not about reading PDF or Word.
/// </summary>
public sealed class BenchCorpus
{
    public const string CorpusDkFolder = "corpus-dk";
    public const string SeedFolder = "seeds";

    private readonly Dictionary<string, BenchDocument> _byId;

    private BenchCorpus(IReadOnlyList<BenchDocument> documents, BenchPaths paths)
    {
        Documents = documents;
        Paths = paths;
        _byId = documents.ToDictionary(document => document.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<BenchDocument> Documents { get; }

    public BenchPaths Paths { get; }

    public bool Contains(string id) => _byId.ContainsKey(id);

    public BenchDocument this[string id] => _byId[id];

    public static async Task<BenchCorpus> LoadAsync(BenchPaths paths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (!Directory.Exists(paths.CorpusDkDirectory))
        {
            throw new DirectoryNotFoundException($"corpus-dk is missing at {paths.CorpusDkDirectory}; pass --shared <folder holding corpus-dk>.");
        }

        var documents = new List<BenchDocument>();
        var urls = ReadManifest(Path.Combine(paths.CorpusDkDirectory, "manifest.jsonl"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(paths.CorpusDkDirectory, "docs"), "*.txt").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(file);
            var text = await File.ReadAllTextAsync(file, Encoding.UTF8, cancellationToken);
            documents.Add(new BenchDocument(id, file, $"{CorpusDkFolder}/{id}.txt", text, urls.GetValueOrDefault(id)));
        }

        var extraction = new TextExtraction([new PlainTextExtractor(), new PdfTextExtractor(), new DocxTextExtractor()], ExtractionLimits.Default);
        foreach (var file in Directory.EnumerateFiles(paths.SeedDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                // Sidecars travel with their file into the archive's inbox; they are not documents.
                continue;
            }

            var relative = Path.GetRelativePath(paths.SeedDirectory, file).Replace(Path.DirectorySeparatorChar, '/');
            var outcome = await extraction.ExtractAsync(await File.ReadAllBytesAsync(file, cancellationToken), Path.GetFileName(file), cancellationToken);
            var text = outcome.Text ?? throw new InvalidOperationException($"The seed {relative} cannot be read: {outcome.FailureReason}.");
            documents.Add(new BenchDocument(Path.GetFileName(file), file, $"{SeedFolder}/{relative}", string.Join("\n\n", text.Pages), SourceUrl: null));
        }

        var duplicate = documents.GroupBy(document => document.Id).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two documents have the id {duplicate.Key}; seed file names must be unique.");
        }

        return new BenchCorpus(documents, paths);
    }

    private static Dictionary<string, string> ReadManifest(string path)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(line => !string.IsNullOrWhiteSpace(line)))
        {
            using var json = JsonDocument.Parse(line);
            urls[json.RootElement.GetProperty("id").GetString()!] = json.RootElement.GetProperty("url").GetString()!;
        }

        return urls;
    }
}
