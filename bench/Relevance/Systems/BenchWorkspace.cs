namespace Archive.Relevance.Systems;

/// <summary>A scratch folder for the indexes of one run, deleted afterwards.</summary>
public sealed class BenchWorkspace : IDisposable
{
    public BenchWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "archive-relevance", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Folder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child process (recollindex) may still hold a file for a moment; the temp folder is cleaned eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
