using Archive.Lucene;

namespace Archive.Indexer.Watching;

/// <summary>A document file in the inbox as seen at one moment.</summary>
/// <param name="RelativePath">Path relative to the inbox with '/' separators: the file's identity in the archive.</param>
/// <param name="FullPath">Where the file is on disk.</param>
public sealed record FileSnapshot(string RelativePath, string FullPath, long Size, long ModifiedUtcTicks, string SidecarStamp)
{
    /// <summary>Takes a snapshot of a file, or null when it does not exist (any more).</summary>
    public static FileSnapshot? Take(string inboxRoot, string fullPath)
    {
        var info = new FileInfo(fullPath);
        if (!info.Exists)
        {
            return null;
        }

        return new FileSnapshot(
            InboxPaths.ToRelative(inboxRoot, fullPath),
            info.FullName,
            info.Length,
            info.LastWriteTimeUtc.Ticks,
            SidecarStampOf(fullPath));
    }

    public bool SameStateAs(ArchiveFile file) =>
        file.Size == Size && file.ModifiedUtcTicks == ModifiedUtcTicks && file.SidecarStamp == SidecarStamp;

    public bool SameStateAs(Indexing.IngestFailure failure) =>
        failure.Size == Size && failure.ModifiedUtcTicks == ModifiedUtcTicks && failure.SidecarStamp == SidecarStamp;

    public bool SameStateAs(FileSnapshot other) =>
        other.Size == Size && other.ModifiedUtcTicks == ModifiedUtcTicks && other.SidecarStamp == SidecarStamp;

    public ArchiveFile ToArchiveFile() => new(RelativePath, Size, ModifiedUtcTicks, SidecarStamp);

    private static string SidecarStampOf(string fullPath)
    {
        var sidecar = new FileInfo(Metadata.Sidecar.PathFor(fullPath));
        return sidecar.Exists ? $"{sidecar.Length}:{sidecar.LastWriteTimeUtc.Ticks}" : string.Empty;
    }
}
