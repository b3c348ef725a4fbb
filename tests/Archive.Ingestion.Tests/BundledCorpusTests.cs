using System.Diagnostics;

namespace Archive.Ingestion.Tests;

/// <summary>
/// The tests' fixed list of bundled corpus files is the list git tracks under corpus/: a file a user drops into the
/// folder is in neither, and a sample file added to the repository without the list fails here instead of going unseen.
/// </summary>
public sealed class BundledCorpusTests
{
    [GitCheckoutFact]
    public async Task BundledCorpusFiles_AreTheFilesGitTracksUnderCorpus()
    {
        var tracked = await GitAsync("ls-files", "-z", "--", "corpus");

        var files = tracked.Split('\0', StringSplitOptions.RemoveEmptyEntries).Select(path => path["corpus/".Length..]);
        Assert.Equal(TestData.BundledCorpusFiles.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BundledCorpusFile_NameOutsideTheList_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => TestData.BundledCorpusFile("slagelse/eget-notat.pdf"));

        Assert.Contains("not one of the bundled corpus files", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CopyBundledCorpus_CopiesExactlyTheListedFiles()
    {
        using var target = new TempDirectory();

        TestData.CopyBundledCorpus(target.Path);

        var copied = Directory.EnumerateFiles(target.Path, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(target.Path, path).Replace(Path.DirectorySeparatorChar, '/'));
        Assert.Equal(TestData.BundledCorpusFiles.Order(StringComparer.Ordinal), copied.Order(StringComparer.Ordinal));
    }

    private static async Task<string> GitAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = TestData.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start) ?? throw new InvalidOperationException("could not start git");
        var output = git.StandardOutput.ReadToEndAsync();
        var errors = git.StandardError.ReadToEndAsync();
        await git.WaitForExitAsync();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {await errors}");
        return await output;
    }
}

/// <summary>A fact about the git checkout: skipped with a reason when the sources are not one, except under CI.</summary>
public sealed class GitCheckoutFactAttribute : FactAttribute
{
    public GitCheckoutFactAttribute()
    {
        // A worktree's .git is a file, a clone's a folder.
        var checkout = Path.Combine(TestData.RepositoryRoot, ".git");
        if (!Directory.Exists(checkout) && !File.Exists(checkout) && !TestData.IsCi)
        {
            Skip = $"needs a git checkout at {TestData.RepositoryRoot}";
        }
    }
}
