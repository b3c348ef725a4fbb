using Archive.Ingestion.Metadata;
using Archive.Ingestion.Outcomes;
using Archive.Lucene;

namespace Archive.Ingestion.Inbox;

/// <summary>
/// A document file in the inbox as seen at one moment. A full scan holds one for every file of the inbox, so it keeps
/// the path relative to the inbox alone (<see cref="FullPathIn"/> makes the full one when the file is read).
/// </summary>
/// <param name="RelativePath">Path relative to the inbox with '/' separators: the file's identity in the archive.</param>
internal sealed record FileSnapshot(string RelativePath, long Size, long ModifiedUtcTicks, string SidecarStamp)
{
    /// <summary>
    /// Takes a snapshot of a file, or null when it does not exist (any more). A symbolic link (to a file or a folder)
    /// is taken as itself with a fixed state, never its target's: once listed as a failure it stays listed, unread,
    /// until it is removed or replaced.
    /// </summary>
    public static FileSnapshot? Take(string inboxRoot, string fullPath)
    {
        if (SymbolicLinks.IsLink(fullPath))
        {
            return new FileSnapshot(InboxPaths.ToRelative(inboxRoot, fullPath), 0, 0, string.Empty);
        }

        var info = new FileInfo(fullPath);
        if (!info.Exists)
        {
            return null;
        }

        return new FileSnapshot(
            InboxPaths.ToRelative(inboxRoot, fullPath),
            info.Length,
            info.LastWriteTimeUtc.Ticks,
            SidecarStampOf(fullPath));
    }

    /// <summary>Where the file is on disk.</summary>
    public string FullPathIn(string inboxRoot) => InboxPaths.ToFull(inboxRoot, RelativePath);

    public bool SameStateAs(ArchiveFile file) =>
        file.Size == Size && file.ModifiedUtcTicks == ModifiedUtcTicks && file.SidecarStamp == SidecarStamp;

    public bool SameStateAs(IngestFailure failure) =>
        failure.Size == Size && failure.ModifiedUtcTicks == ModifiedUtcTicks && failure.SidecarStamp == SidecarStamp;

    public bool SameStateAs(FileSnapshot other) =>
        other.Size == Size && other.ModifiedUtcTicks == ModifiedUtcTicks && other.SidecarStamp == SidecarStamp;

    public ArchiveFile ToArchiveFile() => new(RelativePath, Size, ModifiedUtcTicks, SidecarStamp);

    /// <summary>
    /// The state of the metadata files that override this file's text: its sidecar and its folder's metadata.csv.
    /// A change to either makes the file changed, so a full scan re-indexes it with the new metadata.
    /// </summary>
    private static string SidecarStampOf(string fullPath)
    {
        var sidecar = new FileInfo(Sidecar.PathFor(fullPath));
        var stamp = sidecar.Exists ? $"{sidecar.Length}:{sidecar.LastWriteTimeUtc.Ticks}" : string.Empty;
        var folderCsv = new FileInfo(MetadataCsv.PathFor(fullPath));
        return folderCsv.Exists ? $"{stamp}|csv:{folderCsv.Length}:{folderCsv.LastWriteTimeUtc.Ticks}" : stamp;
    }
}
