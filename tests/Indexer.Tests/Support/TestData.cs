namespace Archive.Indexer.Tests.Support;

/// <summary>
/// Finds the test data: the repository's own <c>corpus/</c>, and <c>../shared</c> beside the checkout
/// (real-world test files and the Danish council corpus), which may be absent on a fresh clone.
/// </summary>
public static class TestData
{
    private static readonly Lazy<string> RepositoryRootPath = new(FindRepositoryRoot);

    public static string RepositoryRoot => RepositoryRootPath.Value;

    public static string CorpusDirectory => Path.Combine(RepositoryRoot, "corpus");

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
