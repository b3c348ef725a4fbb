namespace Archive.Testing;

/// <summary>
/// Finds the test data: the repository's own <c>corpus/</c>, and <c>../shared</c> beside the checkout
/// (real-world test files and the Danish council corpus), which may be absent on a fresh clone.
/// </summary>
public static class TestData
{
    private static readonly Lazy<string> RepositoryRootPath = new(FindRepositoryRoot);

    public static string RepositoryRoot => RepositoryRootPath.Value;

    /// <summary>
    /// The files the repository's <c>corpus/</c> ships with. Tests read these and nothing else from it, so a file a
    /// user adds to <c>corpus/</c> never changes what a test sees.
    /// </summary>
    public static readonly IReadOnlyList<string> BundledCorpusFiles =
    [
        "koebenhavn/pilotprojekt-udsatte-kontanthjaelpsmodtagere-2012.docx",
        "koebenhavn/udsatteraadets-kommentarer-bif-sof-rapporten-2022.txt",
        "raadet-for-socialt-udsatte/kommunernes-budgetter-udsatteomraadet-2014.pdf",
        "slagelse/henvendelse-backstage-2017.docx",
        "slagelse/henvendelse-backstage-2017.docx.json",
        "slagelse/politiske-pejlemaerker-2019.pdf",
    ];

    private static string CorpusDirectory => Path.Combine(RepositoryRoot, "corpus");

    /// <summary>The path of one bundled corpus file; any other name is refused, so a test cannot come to rely on a user's file.</summary>
    public static string BundledCorpusFile(string relative)
    {
        if (!BundledCorpusFiles.Contains(relative, StringComparer.Ordinal))
        {
            throw new ArgumentException($"{relative} is not one of the bundled corpus files (TestData.BundledCorpusFiles).", nameof(relative));
        }

        return Path.Combine(CorpusDirectory, relative);
    }

    /// <summary>Copies the bundled corpus files (only those) into <paramref name="target"/>, once; returns it.</summary>
    public static string CopyBundledCorpus(string target)
    {
        foreach (var relative in BundledCorpusFiles)
        {
            var destination = Path.Combine(target, relative);
            if (!File.Exists(destination))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(BundledCorpusFile(relative), destination);
            }
        }

        return target;
    }

    /// <summary>
    /// The indexer program as its own build wrote it (same configuration as the running tests), with its own
    /// dependencies beside it: a test's output folder resolves some of them against ASP.NET's shared framework.
    /// </summary>
    public static string IndexerProgram
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(RepositoryRoot, "src", "Indexer", "bin", configuration, "net10.0", "Archive.Indexer.dll");
        }
    }

    public static string SharedDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static bool SharedExists => Directory.Exists(Path.Combine(SharedDirectory, "testfiles"));

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why a test that needs ../shared is skipped, or null when it must run.</summary>
    /// <remarks>Under CI the shared data is part of the contract, so its absence fails instead of skipping.</remarks>
    public static string? SharedSkipReason =>
        SharedExists || IsCi ? null : $"needs the shared test data at {SharedDirectory}, which is absent";

    /// <summary>The shared folder, or a failure that says it is missing (only reached under CI).</summary>
    public static string RequireShared(params string[] parts)
    {
        if (!SharedExists)
        {
            throw new InvalidOperationException(
                $"The shared test data is missing at {SharedDirectory}; under CI=true it is required.");
        }

        return Path.Combine([SharedDirectory, .. parts]);
    }

    /// <summary>
    /// The text of every corpus-dk page (../shared/corpus-dk/docs), for tests that check a rule holds on real council
    /// pages; fails when the folder holds too few pages for such a check to mean anything.
    /// </summary>
    public static IReadOnlyList<string> CorpusDkPages()
    {
        var pages = Directory.GetFiles(RequireShared("corpus-dk", "docs"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        return pages.Count > 100 ? pages : throw new InvalidOperationException($"only {pages.Count} corpus-dk pages at {RequireShared("corpus-dk", "docs")}");
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Archive.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Archive.sln not found above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A fact that needs <c>../shared</c>: skipped with a reason when it is absent, except under CI.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        Skip = TestData.SharedSkipReason;
    }
}

/// <summary>A theory that needs <c>../shared</c>: skipped with a reason when it is absent, except under CI.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        Skip = TestData.SharedSkipReason;
    }
}
