namespace Archive.Lucene.Tests;

public sealed class ArchiveLuceneTests
{
    [Fact]
    public void OpenDirectory_AnyIndexFolder_ReadsWithoutMemoryMaps()
    {
        // Memory-mapped inputs are tracked per clone in dependent GC handles, which cost the search API a third of
        // its CPU time in garbage collection (docs/benchmarks.md); the archive reads its index with positional reads.
        var folder = Path.Combine(Path.GetTempPath(), "archive-directory-" + Guid.NewGuid().ToString("N"));
        using var directory = ArchiveLucene.OpenDirectory(folder);

        Assert.IsType<PositionalReadDirectory>(directory);
        Assert.Equal(folder, directory.Directory.FullName);
    }
}
