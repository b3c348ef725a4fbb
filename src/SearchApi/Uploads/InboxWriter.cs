using Archive.Indexer.Indexing;
using Archive.Indexer.Metadata;
using Archive.Indexer.Watching;

namespace Archive.SearchApi.Uploads;

/// <summary>
/// Puts uploaded files into the inbox the way a careful operator copies them: the sidecar first, then the file
/// written under a hidden temporary name and renamed into place, so the watcher never reads half a file and
/// never sees the file before its metadata. An existing file is never overwritten.
/// </summary>
public sealed class InboxWriter(string inboxRoot)
{
    /// <summary>Checks a requested folder and file name; returns why they cannot be used, or null.</summary>
    public string? Problem(string? folder, string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName != Path.GetFileName(fileName) || fileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            return $"'{fileName}' is not a plain file name.";
        }

        var relative = RelativePath(folder, fileName);
        if (relative is null)
        {
            return $"The folder '{folder}' must be a relative path inside the archive (no '..', no leading '/').";
        }

        if (!InboxPaths.IsDocument(inboxRoot, InboxPaths.ToFull(inboxRoot, relative)))
        {
            return $"'{relative}' would not be read as a document (hidden, temporary, sidecar or metadata.csv names are not).";
        }

        return null;
    }

    /// <summary>The document's path relative to the inbox, or null when the folder leaves it.</summary>
    public string? RelativePath(string? folder, string fileName)
    {
        var cleanFolder = (folder ?? string.Empty).Replace('\\', '/').Trim().Trim('/');
        if (cleanFolder.Split('/').Any(segment => segment is ".." or "." || segment.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            || Path.IsPathRooted(folder ?? string.Empty))
        {
            return null;
        }

        var relative = cleanFolder.Length == 0 ? fileName : $"{cleanFolder}/{fileName}";
        var full = InboxPaths.ToFull(inboxRoot, relative);
        return full.StartsWith(Path.GetFullPath(inboxRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? relative
            : null;
    }

    /// <summary>Writes the file (and its sidecar); false when a file of that name is already there.</summary>
    public async Task<bool> WriteAsync(string relativePath, Stream content, byte[]? sidecar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var target = InboxPaths.ToFull(inboxRoot, relativePath);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        if (File.Exists(target))
        {
            return false;
        }

        var temporary = Path.Combine(folder, $".upload-{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            if (sidecar is not null)
            {
                await File.WriteAllBytesAsync(Sidecar.PathFor(target), sidecar, cancellationToken);
            }

            File.Move(temporary, target, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another upload of the same name won the race.
            return false;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static string IdOf(string relativePath) => DocumentIds.FromPath(relativePath);
}
