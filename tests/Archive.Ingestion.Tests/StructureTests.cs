using System.Text.RegularExpressions;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests;

/// <summary>
/// The library's shape: one public front door with the vocabulary of its answers, and folders that depend on each
/// other one way (file → extraction → metadata → index document → writer; watching only decides which files go in).
/// </summary>
public sealed partial class StructureTests
{
    private static readonly string SourceRoot = Path.Combine(TestData.RepositoryRoot, "src", "Archive.Ingestion");

    [Fact]
    public void PublicTypes_AreTheFrontDoorAndTheVocabularyOfItsAnswers()
    {
        var exported = typeof(ArchiveIngestion).Assembly.GetExportedTypes().Select(type => type.FullName).Order(StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                typeof(ArchiveIngestion), typeof(IngestionOptions), typeof(IngestionServiceCollectionExtensions), typeof(IngestionUnavailableException),
                typeof(FailureReason), typeof(FileOutcome), typeof(FileStatus), typeof(IngestFailure), typeof(IngestionActivity), typeof(IngestionRun), typeof(ReaderAvailability), typeof(ScanSummary),
                typeof(UploadOutcome), typeof(UploadStatus),
            }.Select(type => type.FullName).Order(StringComparer.Ordinal),
            exported);
    }

    [Fact]
    public void Folders_DependOnEachOtherOneWay()
    {
        var uses = FolderDependencies();

        foreach (var (folder, used) in uses)
        {
            Assert.False(Reaches(uses, used, folder, []), $"{folder} is part of a cycle: {folder} → {string.Join(", ", used)}");
        }

        // Watching decides which files go in; nothing the files pass through may depend on it.
        Assert.All(uses.Where(entry => entry.Key != "Watching"), entry => Assert.DoesNotContain("Watching", entry.Value));
        Assert.Empty(uses["Outcomes"]);
    }

    /// <summary>For each folder of the library, the other folders its files name in <c>using</c> directives or in qualified names.</summary>
    private static Dictionary<string, HashSet<string>> FolderDependencies()
    {
        var folders = Directory.GetDirectories(SourceRoot).Select(Path.GetFileName).Where(name => name is not ("bin" or "obj")).Cast<string>().ToHashSet(StringComparer.Ordinal);
        var uses = folders.ToDictionary(folder => folder, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(SourceRoot, folder), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match match in NamespaceReference().Matches(File.ReadAllText(file)))
                {
                    var used = match.Groups["folder"].Value;
                    if (used != folder && folders.Contains(used))
                    {
                        uses[folder].Add(used);
                    }
                }
            }
        }

        return uses;
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> uses, IEnumerable<string> from, string target, HashSet<string> seen)
    {
        foreach (var folder in from)
        {
            if (folder == target || (seen.Add(folder) && Reaches(uses, uses[folder], target, seen)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"Archive\.Ingestion\.(?<folder>[A-Z]\w+)")]
    private static partial Regex NamespaceReference();
}
