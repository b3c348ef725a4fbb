using System.Text;
using Archive.Ingestion.Inbox;
using Archive.Ingestion.Indexing;
using Archive.Ingestion.Metadata;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Uploads;

/// <summary>
/// Puts uploaded files into the inbox the way a careful operator copies them: the sidecar first, then the file
/// written under a hidden temporary name and renamed into place, so the watcher never reads half a file and
/// never sees the file before its metadata. An existing file is never overwritten.
/// </summary>
internal sealed class InboxWriter(string inboxRoot)
{
    /// <summary>Hidden names (never documents) of the files an upload writes before its file is in place.</summary>
    public const string TemporaryPrefix = ".upload-";

    private const string ClaimPrefix = ".upload-claim-";

    public async Task<UploadOutcome> WriteAsync(string? folder, string fileName, Stream content, string? sidecarJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (NameProblem(fileName) is { } nameProblem)
        {
            return Refused(UploadStatus.InvalidName, null, nameProblem);
        }

        if (RelativePath(folder, fileName) is not { } relativePath)
        {
            return Refused(UploadStatus.InvalidName, null, $"The folder '{folder}' must be a relative path inside the archive (no '..', no leading '/').");
        }

        if (!InboxPaths.IsDocument(inboxRoot, InboxPaths.ToFull(inboxRoot, relativePath)))
        {
            return Refused(UploadStatus.InvalidName, relativePath, $"'{relativePath}' would not be read as a document (hidden, temporary, sidecar or metadata.csv names are not).");
        }

        if (FolderProblem(relativePath) is { } folderProblem)
        {
            return Refused(UploadStatus.InvalidName, relativePath, folderProblem);
        }

        var target = InboxPaths.ToFull(inboxRoot, relativePath);
        if (SymbolicLinks.IsLink(target) || SymbolicLinks.IsLink(Sidecar.PathFor(target)))
        {
            return Refused(UploadStatus.AlreadyExists, relativePath, $"'{relativePath}' or its sidecar is already in the archive's folder, as a symbolic link; nothing was written.");
        }

        byte[]? sidecar = null;
        if (!string.IsNullOrEmpty(sidecarJson))
        {
            sidecar = Encoding.UTF8.GetBytes(sidecarJson);
            if (Sidecar.Parse(sidecar).Problems is { Count: > 0 } problems)
            {
                return new UploadOutcome(UploadStatus.InvalidMetadata, relativePath, null, problems);
            }
        }

        if (!await WriteFilesAsync(relativePath, content, sidecar, cancellationToken))
        {
            return Refused(UploadStatus.AlreadyExists, relativePath, $"'{relativePath}' exists; nothing was overwritten. Choose another name or folder.");
        }

        return new UploadOutcome(UploadStatus.Written, relativePath, DocumentIds.FromPath(relativePath), []);
    }

    /// <summary>
    /// Removes what uploads cut short by a crash left behind (hidden temporary and claim files) once they are older
    /// than <paramref name="age"/>, so that an upload still under way in another process keeps its files.
    /// </summary>
    public static int RemoveLeftovers(string inboxRoot, TimeSpan age)
    {
        var removed = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint, MatchType = MatchType.Simple };
        foreach (var path in Directory.EnumerateFiles(inboxRoot, TemporaryPrefix + "*", options))
        {
            try
            {
                if (DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > age && SymbolicLinks.FirstOnTheWay(inboxRoot, path) is null)
                {
                    File.Delete(path);
                    removed++;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Not ours to remove after all; the next start tries again.
            }
        }

        return removed;
    }

    private static UploadOutcome Refused(UploadStatus status, string? relativePath, string problem) => new(status, relativePath, null, [problem]);

    /// <summary>Longest name of one file or folder, in UTF-8 bytes: what Linux and Windows file systems hold.</summary>
    private const int MaxNameBytes = 255;

    /// <summary>Names Windows reserves for devices, with or without an extension: a copy of the archive there could not hold them.</summary>
    private static readonly HashSet<string> ReservedNames = new(
        ["CON", "PRN", "AUX", "NUL", .. Enumerable.Range(1, 9).SelectMany(n => new[] { $"COM{n}", $"LPT{n}" })],
        StringComparer.OrdinalIgnoreCase);

    private static string? NameProblem(string fileName) => SegmentProblem(fileName, "file name") ?? (
        Encoding.UTF8.GetByteCount(fileName) > MaxNameBytes - ClaimPrefix.Length
            ? $"The file name is {Encoding.UTF8.GetByteCount(fileName)} bytes long; at most {MaxNameBytes - ClaimPrefix.Length} can be stored."
            : null);

    /// <summary>Why one file or folder name cannot be used: not plain (separators, control characters), or reserved.</summary>
    private static string? SegmentProblem(string name, string what)
    {
        if (string.IsNullOrWhiteSpace(name) || name != Path.GetFileName(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            || name.Contains('\\', StringComparison.Ordinal) || name.Any(char.IsControl))
        {
            return $"The {what} '{Printable(name)}' is not a plain name (no slashes, backslashes or control characters).";
        }

        if (ReservedNames.Contains(name.Split('.')[0].TrimEnd()) || name.EndsWith('.') || name.EndsWith(' '))
        {
            return $"The {what} '{Printable(name)}' is reserved or ends in a dot or a space, which Windows cannot store.";
        }

        return null;
    }

    private static string Printable(string name) => new([.. name.Take(60).Select(c => char.IsControl(c) ? '?' : c)]);

    /// <summary>
    /// Why the file's folder cannot take it: one of its folders is a symbolic link (uploads never write through a link,
    /// so nothing lands outside the inbox), an existing file, or a name too long to store.
    /// </summary>
    private string? FolderProblem(string relativePath)
    {
        var current = inboxRoot;
        foreach (var segment in relativePath.Split('/').SkipLast(1))
        {
            current = Path.Combine(current, segment);
            if (SegmentProblem(segment, "folder name") is { } problem)
            {
                return problem;
            }

            if (Encoding.UTF8.GetByteCount(segment) > MaxNameBytes)
            {
                return $"The folder name '{segment[..20]}…' is {Encoding.UTF8.GetByteCount(segment)} bytes long; at most {MaxNameBytes} can be stored.";
            }

            if (SymbolicLinks.IsLink(current))
            {
                return $"The folder '{InboxPaths.ToRelative(inboxRoot, current)}' is a symbolic link; uploads never write through links.";
            }

            if (File.Exists(current))
            {
                return $"'{InboxPaths.ToRelative(inboxRoot, current)}' is a file, not a folder.";
            }
        }

        return null;
    }

    /// <summary>The document's path relative to the inbox, or null when the folder leaves it.</summary>
    private string? RelativePath(string? folder, string fileName)
    {
        var cleanFolder = (folder ?? string.Empty).Replace('\\', '/').Trim().Trim('/');
        if (cleanFolder.Split('/').Any(segment => segment is ".." or "." || segment.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            || Path.IsPathRooted(folder ?? string.Empty))
        {
            return null;
        }

        var relative = cleanFolder.Length == 0 ? fileName : $"{cleanFolder}/{fileName}";
        var full = InboxPaths.ToFull(inboxRoot, relative);
        return full != Path.GetFullPath(inboxRoot) && InboxPaths.IsInside(Path.GetFullPath(inboxRoot), full) ? relative : null;
    }

    /// <summary>
    /// Writes the file (and its sidecar); false when a file of that name is already there. The name is claimed first,
    /// with a hidden claim file only one upload can create, so of two uploads of one name only the one that gets the
    /// file also writes the sidecar.
    /// </summary>
    private async Task<bool> WriteFilesAsync(string relativePath, Stream content, byte[]? sidecar, CancellationToken cancellationToken)
    {
        var target = InboxPaths.ToFull(inboxRoot, relativePath);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        if (File.Exists(target))
        {
            return false;
        }

        var claimPath = Path.Combine(folder, ClaimPrefix + Path.GetFileName(target));
        FileStream claim;
        try
        {
            claim = new FileStream(claimPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException) when (File.Exists(claimPath) || File.Exists(target))
        {
            // Another upload of the same name is under way, or has just finished (its claim gone, its file there).
            return false;
        }

        await using (claim)
        {
            // The other upload may have finished between the first look and the claim.
            return !File.Exists(target) && await WriteClaimedAsync(target, folder, content, sidecar, cancellationToken);
        }
    }

    private static async Task<bool> WriteClaimedAsync(string target, string folder, Stream content, byte[]? sidecar, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(folder, $"{TemporaryPrefix}{Guid.NewGuid():N}.tmp");
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
}
