using System.Diagnostics.CodeAnalysis;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Inbox;
using Archive.Ingestion.Outcomes;
using Archive.Lucene;
using Microsoft.Extensions.Logging;

namespace Archive.Ingestion.Indexing;

/// <summary>
/// Reads files of the inbox for ingestion: the bytes (within the size limit), a check that the file did not change
/// while it was read, its content hash, and its text through <see cref="TextExtraction"/>.
/// </summary>
internal sealed class InboxFileReader(string inboxRoot, TextExtraction extraction, IngestionOptions options, ILogger logger)
{
    private readonly string _inboxRoot = inboxRoot;
    private readonly TextExtraction _extraction = extraction;
    private readonly IngestionOptions _options = options;
    private readonly ILogger _logger = logger;

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A file that cannot be read is recorded, never allowed to stop the batch.")]
    public async Task<FileRead> ReadAsync(FileSnapshot snapshot, CancellationToken cancellationToken)
    {
        var fullPath = snapshot.FullPathIn(_inboxRoot);
        if (SymbolicLinks.FirstOnTheWay(_inboxRoot, fullPath) is { } link)
        {
            return FileRead.Failed(snapshot, FailureReason.Symlink, SymbolicLinks.Refusal(link));
        }

        if (snapshot.Size > _options.MaxFileBytes)
        {
            return FileRead.Failed(snapshot, FailureReason.TooLarge, $"the file is {snapshot.Size / (1024 * 1024)} MB; the limit is {_options.MaxFileSizeMegabytes} MB (Archive:MaxFileSizeMegabytes)");
        }

        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(fullPath, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileRead.Vanished(snapshot);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(exception, "Cannot read {Path}", snapshot.RelativePath);
            return FileRead.Failed(snapshot, FailureReason.Unreadable, $"the file could not be read: {ReadProblems.Describe(exception)}");
        }

        // A file still being written has moved on since it was seen: read it again once it is quiet. A file swapped
        // for a link while it was read is not trusted either.
        var after = FileSnapshot.Take(_inboxRoot, fullPath);
        if (SymbolicLinks.FirstOnTheWay(_inboxRoot, fullPath) is { } swapped)
        {
            return FileRead.Failed(snapshot, FailureReason.Symlink, SymbolicLinks.Refusal(swapped));
        }

        if (after is null)
        {
            return FileRead.Vanished(snapshot);
        }

        if (!after.SameStateAs(snapshot) || content.LongLength != snapshot.Size)
        {
            return FileRead.Deferred(snapshot);
        }

        var sha256 = DocumentIds.Sha256Of(content);
        try
        {
            var outcome = await _extraction.ExtractAsync(content, snapshot.RelativePath, cancellationToken);
            return new FileRead(snapshot, sha256, outcome, ReadStatus.Read);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Unexpected error while extracting {Path}", snapshot.RelativePath);
            return FileRead.Failed(snapshot, FailureReason.Corrupt, $"the file could not be read: {ReadProblems.Describe(exception)}");
        }
    }

    /// <summary>The text of <paramref name="file"/> if it still holds <paramref name="sha256"/>; null otherwise.</summary>
    public async Task<(ExtractedText Text, FileFormat Format)?> ReadAgainAsync(string sha256, ArchiveFile file, CancellationToken cancellationToken)
    {
        var outcome = await ExtractAgainAsync(sha256, file, withOcr: false, cancellationToken);
        return outcome?.Text is { } text && outcome.Format is { } format ? (text, format) : null;
    }

    /// <summary>What extraction and OCR make of <paramref name="file"/> if it still holds <paramref name="sha256"/>; null otherwise.</summary>
    public Task<ExtractionOutcome?> ReadWithOcrAgainAsync(string sha256, ArchiveFile file, CancellationToken cancellationToken) =>
        ExtractAgainAsync(sha256, file, withOcr: true, cancellationToken);

    private async Task<ExtractionOutcome?> ExtractAgainAsync(string sha256, ArchiveFile file, bool withOcr, CancellationToken cancellationToken)
    {
        var fullPath = InboxPaths.ToFull(_inboxRoot, file.Path);
        if (SymbolicLinks.FirstOnTheWay(_inboxRoot, fullPath) is not null)
        {
            return null;
        }

        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(fullPath, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (DocumentIds.Sha256Of(content) != sha256)
        {
            return null;
        }

        return withOcr
            ? await _extraction.ExtractWithOcrAsync(content, file.Path, cancellationToken)
            : await _extraction.ExtractAsync(content, file.Path, cancellationToken);
    }
}
