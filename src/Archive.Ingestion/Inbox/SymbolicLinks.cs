namespace Archive.Ingestion.Inbox;

/// <summary>
/// The archive's rule for symbolic links: none is ever followed. A link in the inbox, to a file or a folder, inside the
/// inbox or out of it, is listed among the failures (reason <c>symlink</c>) and nothing behind it is read, indexed,
/// written or served. Checked at every step that touches a path: scanning, reading, serving and uploading.
/// </summary>
internal static class SymbolicLinks
{
    /// <summary>
    /// The inbox-relative path of the first symbolic link on the way from the inbox to <paramref name="fullPath"/>
    /// (the path itself included), or null when there is none. A path outside the inbox is its own answer.
    /// </summary>
    public static string? FirstOnTheWay(string inboxRoot, string fullPath)
    {
        var relative = InboxPaths.ToRelative(inboxRoot, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return relative;
        }

        var current = inboxRoot;
        foreach (var segment in relative.Split('/'))
        {
            current = Path.Combine(current, segment);
            if (IsLink(current))
            {
                return InboxPaths.ToRelative(inboxRoot, current);
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="path"/> is itself a symbolic link (to anything, or to nothing).</summary>
    public static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Why a link is not read, for the failure list.</summary>
    public static string Refusal(string linkRelativePath) =>
        $"'{linkRelativePath}' is a symbolic link; the archive never follows links, so that nothing outside its folder is read. Put the file itself there instead.";
}
