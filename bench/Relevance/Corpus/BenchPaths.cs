namespace Archive.Relevance.Corpus;

/// <summary>Where the evaluation reads from: the repository (its corpus/ seeds) and the shared folder (corpus-dk).</summary>
public sealed record BenchPaths(string RepositoryRoot, string SharedDirectory)
{
    public string SeedDirectory => Path.Combine(RepositoryRoot, "corpus");

    public string CorpusDkDirectory => Path.Combine(SharedDirectory, "corpus-dk");

    /// <summary>The repository above the running program, and <c>../shared</c> beside it unless another folder is given.</summary>
    public static BenchPaths Locate(string? sharedDirectory = null)
    {
        var root = FindRepositoryRoot();
        var shared = sharedDirectory is null ? Path.Combine(root, "..", "shared") : Path.GetFullPath(sharedDirectory);
        return new BenchPaths(root, Path.GetFullPath(shared));
    }

    private static string FindRepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Archive.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Archive.sln not found above {AppContext.BaseDirectory} or {Directory.GetCurrentDirectory()}.");
    }
}
