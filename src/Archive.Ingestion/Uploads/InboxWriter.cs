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

    private static UploadOutcome Refused(UploadStatus status, string? relativePath, string problem) => new(status, relativePath, null, [problem]);

    private static string? NameProblem(string fileName) =>
        string.IsNullOrWhiteSpace(fileName) || fileName != Path.GetFileName(fileName) || fileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            ? $"'{fileName}' is not a plain file name."
            : null;

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
        return full.StartsWith(Path.GetFullPath(inboxRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? relative
            : null;
    }

    /// <summary>Writes the file (and its sidecar); false when a file of that name is already there.</summary>
    private async Task<bool> WriteFilesAsync(string relativePath, Stream content, byte[]? sidecar, CancellationToken cancellationToken)
    {
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
}
