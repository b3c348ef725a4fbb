using Archive.Ingestion.Metadata;

namespace Archive.Ingestion.Inbox;

/// <summary>
/// Which files in the inbox are documents, and how their paths are written inside the archive.
/// Sidecars, per-folder metadata, hidden files and the temporary files of editors and downloads are not documents.
/// </summary>
internal static class InboxPaths
{
    public const string FolderMetadataFileName = MetadataCsv.FileName;

    private static readonly string[] TemporarySuffixes = [".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp", "~"];

    /// <summary>True when <paramref name="fullPath"/> is the inbox folder or lies under it (by path, links aside).</summary>
    public static bool IsInside(string inboxRoot, string fullPath) =>
        (fullPath + Path.DirectorySeparatorChar).StartsWith(inboxRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public static string ToRelative(string inboxRoot, string fullPath) =>
        Path.GetRelativePath(inboxRoot, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    public static string ToFull(string inboxRoot, string relativePath) =>
        Path.GetFullPath(Path.Combine(inboxRoot, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    public static bool IsDocument(string inboxRoot, string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        if (name.Length == 0
            || name.StartsWith('.')
            || name.StartsWith("~$", StringComparison.Ordinal)
            || name.EndsWith(Sidecar.Extension, StringComparison.OrdinalIgnoreCase)
            || name.Equals(FolderMetadataFileName, StringComparison.OrdinalIgnoreCase)
            || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase)
            || TemporarySuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // A hidden folder anywhere on the way (.git, .Trash) is not part of the archive.
        var relative = ToRelative(inboxRoot, fullPath);
        return !relative.StartsWith("..", StringComparison.Ordinal)
            && !relative.Split('/').SkipLast(1).Any(segment => segment.StartsWith('.'));
    }
}
