using System.IO.Enumeration;

namespace Archive.Ingestion.Inbox;

/// <summary>Lists every document file under the inbox and its sub-folders.</summary>
internal static class InboxScanner
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.System,
        ReturnSpecialDirectories = false,
    };

    public static IReadOnlyList<FileSnapshot> Scan(string inboxRoot, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(inboxRoot))
        {
            throw new DirectoryNotFoundException($"The inbox folder '{inboxRoot}' does not exist.");
        }

        var snapshots = new List<FileSnapshot>();
        foreach (var path in Entries(inboxRoot))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (InboxPaths.IsDocument(inboxRoot, path) && FileSnapshot.Take(inboxRoot, path) is { } snapshot)
            {
                snapshots.Add(snapshot);
            }
        }

        snapshots.Sort((left, right) => string.CompareOrdinal(left.RelativePath, right.RelativePath));
        return snapshots;
    }

    /// <summary>
    /// Every file under the inbox, and every symbolic link (to a file or a folder) as an entry of its own: the walk
    /// never descends through a link, so a link to /etc adds one entry, not the files of /etc.
    /// </summary>
    private static FileSystemEnumerable<string> Entries(string inboxRoot) =>
        new(inboxRoot, (ref FileSystemEntry entry) => entry.ToFullPath(), Recursive)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || IsLink(entry),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(entry),
        };

    private static bool IsLink(in FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
