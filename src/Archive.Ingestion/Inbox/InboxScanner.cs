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
        foreach (var path in Directory.EnumerateFiles(inboxRoot, "*", Recursive))
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
}
