namespace Archive.Relevance.Tests.Support;

/// <summary>A file with the given lines in the system temp folder, deleted when the test ends.</summary>
public sealed class TempFile : IDisposable
{
    public TempFile(params string[] lines)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "archive-relevance-tests", Guid.NewGuid().ToString("N") + ".tsv");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        File.WriteAllLines(Path, lines);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
