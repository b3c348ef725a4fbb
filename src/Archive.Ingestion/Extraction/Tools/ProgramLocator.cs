namespace Archive.Ingestion.Extraction.Tools;

/// <summary>
/// Finds programs the way a shell finds them on PATH: the first folder of the search path that holds an executable
/// file of the name. The search path is the process's PATH unless one is given (<see cref="IngestionOptions.ToolSearchPath"/>),
/// which lets the operator choose which converters the archive uses, and a test offer none, or a stand-in.
/// </summary>
internal sealed class ProgramLocator(string? searchPath)
{
    private static readonly string[] WindowsExtensions = [".exe", ".cmd", ".bat", ".com"];

    /// <summary>The folders searched, in order: read at each search, so a PATH changed later counts. Relative folders (".") are skipped.</summary>
    public IReadOnlyList<string> Folders =>
        (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(Path.IsPathFullyQualified)
            .ToList();

    /// <summary>The full path of the first program found under any of <paramref name="names"/>, tried in order; null when none is installed.</summary>
    public string? Find(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var folders = Folders;
        foreach (var name in names)
        {
            foreach (var folder in folders)
            {
                foreach (var candidate in Candidates(folder, name))
                {
                    if (IsExecutableFile(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> Candidates(string folder, string name)
    {
        yield return Path.Combine(folder, name);
        if (OperatingSystem.IsWindows())
        {
            foreach (var extension in WindowsExtensions)
            {
                yield return Path.Combine(folder, name + extension);
            }
        }
    }

    private static bool IsExecutableFile(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            return OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & AnyExecute) != 0;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
