using System.Diagnostics.CodeAnalysis;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Extraction.Tools;
using Archive.Ingestion.Inbox;
using Archive.Ingestion.Metadata;
using Archive.Ingestion.Outcomes;
using Archive.Lucene;
using Microsoft.Extensions.Logging;

namespace Archive.Ingestion.Indexing;

/// <summary>
/// Brings the index in line with files of the inbox: reads and extracts changed files in parallel, applies the
/// results one by one to the catalog, then makes and writes the documents of the changed contents in parallel. Identical files share one document that lists every
/// path; a renamed file moves its path; a deleted one takes its path (and, if it was the last, the document) away.
/// </summary>
internal sealed class InboxIngestor : IDisposable
{
    private readonly string _inboxRoot;
    private readonly ArchiveIndexWriter _index;
    private readonly InboxFileReader _reader;
    private readonly DocumentAssembler _assembler;
    private readonly IngestionOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly InboxCatalog _catalog;
    private readonly ToolAvailability _tools;
    private readonly Lock _writeLock = new();
    private readonly TextExtraction _extraction;

    public InboxIngestor(string inboxRoot, ArchiveIndexWriter index, FailureLog failures, TextExtraction extraction, MetadataBuilder metadata, ToolAvailability tools, IngestionOptions options, TimeProvider clock, ILogger logger)
    {
        _inboxRoot = Path.GetFullPath(inboxRoot);
        _index = index;
        Failures = failures;
        _reader = new InboxFileReader(_inboxRoot, extraction, options, logger);
        _assembler = new DocumentAssembler(_inboxRoot, metadata, failures, clock, logger);
        _tools = tools;
        _options = options;
        _clock = clock;
        _logger = logger;
        _catalog = index.LoadCatalog();
        OcrQueue = index.LoadOcrQueue();
        _extraction = extraction;
        ForgetFailuresOfIndexedFiles();
    }

    /// <summary>Documents with pages waiting for OCR.</summary>
    public OcrQueue OcrQueue { get; }

    /// <summary>Null when OCR can run; otherwise what is missing, to install.</summary>
    public string? OcrMissing => _extraction.OcrMissing;

    public string InboxRoot => _inboxRoot;

    public FailureLog Failures { get; }

    /// <summary>The index being written, for near-real-time searchers in the same process.</summary>
    public ArchiveIndexWriter Index => _index;

    public int DocumentCount => _index.DocumentCount;

    public int IndexedFileCount => _catalog.FileCount;

    /// <summary>The optional tools, checked again at each full scan of the inbox.</summary>
    public ToolAvailability Tools => _tools;

    /// <summary>Whether the path's current state is already indexed, already recorded as failed, or new to the index.</summary>
    public FileState Classify(FileSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_writeLock)
        {
            if (_catalog.TryGet(snapshot.RelativePath, out var file))
            {
                return snapshot.SameStateAs(file) ? FileState.Indexed : FileState.Changed;
            }

            // A file that waited for a tool (LibreOffice, OCR) is read again once the installed tools change, and a
            // scan that failed only for want of OCR as soon as OCR can run.
            return Failures.TryGet(snapshot.RelativePath, out var failure) && snapshot.SameStateAs(failure) && !_tools.MayReadNow(failure)
                && !(failure.Reason == FailureReason.NeedsOcr && OcrMissing is null)
                ? FileState.Failed
                : FileState.Changed;
        }
    }

    /// <summary>True when the path is an indexed or a failed file.</summary>
    public bool Knows(string relativePath)
    {
        lock (_writeLock)
        {
            return _catalog.TryGet(relativePath, out _) || Failures.TryGet(relativePath, out _);
        }
    }

    /// <summary>True when an indexed or failed file lies under the folder <paramref name="relativeFolder"/>.</summary>
    public bool HasPathsUnder(string relativeFolder)
    {
        var prefix = relativeFolder.TrimEnd('/') + "/";
        lock (_writeLock)
        {
            return _catalog.Paths.Any(path => path.StartsWith(prefix, StringComparison.Ordinal))
                || Failures.Any(failure => failure.Path.StartsWith(prefix, StringComparison.Ordinal));
        }
    }

    /// <summary>Indexed paths that are not among <paramref name="present"/>: files deleted while nobody watched.</summary>
    public IReadOnlyList<string> PathsMissingFrom(IReadOnlySet<string> present)
    {
        lock (_writeLock)
        {
            var failedDocuments = Failures.All().Select(failure => failure.Path).Where(path => !path.EndsWith(Sidecar.Extension, StringComparison.OrdinalIgnoreCase));
            return _catalog.Paths.Concat(failedDocuments).Where(path => !present.Contains(path)).Distinct().ToList();
        }
    }

    /// <summary>
    /// Reads and extracts <paramref name="changed"/> files in parallel, reporting each as soon as it is read (for
    /// progress). Touches neither the catalog nor the index, so it may run while an earlier batch is written or
    /// committed; the outcomes of <see cref="WriteAsync"/> are the final word.
    /// </summary>
    public async Task<IReadOnlyList<FileRead>> ReadAsync(IReadOnlyList<FileSnapshot> changed, Action<FileOutcome>? onFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var reads = new FileRead[changed.Count];
        await Parallel.ForAsync(
            0,
            changed.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelism), CancellationToken = cancellationToken },
            async (i, token) =>
            {
                reads[i] = await _reader.ReadAsync(changed[i], token);

                // Reported as soon as the file is read, so progress moves while the batch is still running.
                onFile?.Invoke(reads[i].ToOutcome());
            });
        return reads;
    }

    /// <summary>
    /// Applies files read by <see cref="ReadAsync"/> and the <paramref name="removed"/> paths to the catalog, in
    /// order, and writes the documents of the contents that changed. Batches must be written in the order they
    /// were taken. Nothing is committed here: see <see cref="Commit"/>.
    /// </summary>
    public async Task<IReadOnlyList<FileOutcome>> WriteAsync(
        IReadOnlyList<FileRead> reads,
        IReadOnlyCollection<string> removed,
        Action<FileOutcome>? onFile,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(removed);
        var batch = new IngestionBatch();
        lock (_writeLock)
        {
            foreach (var path in removed)
            {
                Forget(path, batch);
            }

            foreach (var read in reads)
            {
                Apply(read, batch);
            }
        }

        await ReadUnreadContentsAsync(batch, cancellationToken);

        lock (_writeLock)
        {
            // Which documents to write is decided in order against the catalog; making them (metadata rules,
            // analysis) is independent per content and runs on every core, since IndexWriter takes documents
            // from several threads.
            // The catalog already holds the batch, so its documents are written whole even when a stop is asked
            // for meanwhile: the commit that follows a stop must not find files in the catalog without documents.
            var writes = batch.DirtyContents.Select(sha256 => PlanWrite(sha256, batch)).ToList();
            try
            {
                Parallel.ForEach(writes, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelism) }, Write);
            }
            catch (AggregateException failed) when (failed.InnerExceptions.Count > 0)
            {
                // A full disk or a broken index reads as itself (IOException …), as when documents were written in turn.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
                throw;
            }
        }

        foreach (var path in removed)
        {
            onFile?.Invoke(new FileOutcome(path, FileStatus.Removed));
        }

        return batch.Outcomes;
    }

    /// <summary>Makes everything ingested so far durable: the index commit first, then the failure log.</summary>
    public void Commit()
    {
        lock (_writeLock)
        {
            _index.Commit(_clock.GetUtcNow());
            Failures.Save();
        }
    }

    /// <summary>Commits, then merges the index's small segments (see <see cref="ArchiveIndexWriter.MergeSmallSegmentsAndCommit"/>).</summary>
    public void MergeSmallSegmentsAndCommit()
    {
        lock (_writeLock)
        {
            Commit();
            _index.MergeSmallSegmentsAndCommit();
        }
    }

    /// <summary>Whether commits have added segments since the small segments were last merged.</summary>
    public bool HasUnmergedCommits => _index.HasUnmergedCommits;

    public DateTimeOffset? LastIngestion() => _index.LastIngestion();

    public void Dispose()
    {
        _index.Dispose();
        OcrQueue.Dispose();
    }

    /// <summary>
    /// Reads the pictures of pages of a queued content by OCR (minutes for a long scan, outside the write lock, so
    /// ingestion goes on meanwhile) and writes its document again with that text, or records the failure. Nothing is
    /// committed here. When the content has left the index meanwhile (its file changed or went away), the result is
    /// dropped; when OCR is not installed, the content stays queued.
    /// </summary>
    public async Task<OcrRead> ReadByOcrAsync(string sha256, CancellationToken cancellationToken)
    {
        IReadOnlyList<ArchiveFile> files;
        lock (_writeLock)
        {
            files = _catalog.FilesOf(sha256);
        }

        foreach (var file in files)
        {
            if (await _reader.ReadWithOcrAgainAsync(sha256, file, cancellationToken) is not { } outcome)
            {
                continue;
            }

            if (outcome.FailureReason == FailureReason.NeedsOcr)
            {
                return new OcrRead(file.Path, OcrReadStatus.Waiting, 0, outcome.Message);
            }

            lock (_writeLock)
            {
                files = _catalog.FilesOf(sha256);
                if (files.Count == 0)
                {
                    break;
                }

                if (outcome.Text is { } text && outcome.Format is { } format)
                {
                    Write(new ContentWrite(sha256, files, text, format));
                    return new OcrRead(file.Path, OcrReadStatus.Read, text.OcrPages.Count, "ok");
                }

                // A scan OCR cannot read fails as a whole, as any file that cannot be read: listed with its reason, tried again when it changes.
                var batch = new IngestionBatch();
                foreach (var holder in files)
                {
                    _catalog.Remove(holder.Path);
                    var reason = outcome.FailureReason ?? FailureReason.Corrupt;
                    Failures.Record(new IngestFailure(holder.Path, reason, outcome.Message, _clock.GetUtcNow(), holder.Size, holder.ModifiedUtcTicks, holder.SidecarStamp));
                    _logger.LogWarning("Not ingested: {Path}: {Reason}: {Message}", holder.Path, reason, outcome.Message);
                }

                Write(new ContentWrite(sha256, [], null, null));
                return new OcrRead(file.Path, OcrReadStatus.Failed, 0, outcome.Message);
            }
        }

        // No file holds the content any more: the scan that noticed it writes what they hold now.
        OcrQueue.Remove(sha256);
        return new OcrRead(files.Count > 0 ? files[0].Path : string.Empty, OcrReadStatus.Gone, 0, "the file changed or went away");
    }

    private void Apply(FileRead read, IngestionBatch batch)
    {
        var path = read.Snapshot.RelativePath;
        switch (read.Status)
        {
            case ReadStatus.Vanished:
                Forget(path, batch);
                return;
            case ReadStatus.Deferred:
                batch.Outcomes.Add(new FileOutcome(path, FileStatus.Deferred));
                return;
        }

        var outcome = read.Outcome!;
        if (outcome.Text is { } text && outcome.Format is { } format)
        {
            batch.MarkDirty(_catalog.Set(read.Snapshot.ToArchiveFile(), read.Sha256!));
            batch.MarkDirty(read.Sha256);
            batch.Extracted[read.Sha256!] = (text, format);
            Failures.Remove(path);
            batch.Outcomes.Add(new FileOutcome(path, FileStatus.Indexed, Message: UnreadAttachments(path, text), Pages: text.Pages.Count));
            return;
        }

        batch.MarkDirty(_catalog.Remove(path));
        var reason = outcome.FailureReason ?? FailureReason.Corrupt;
        Failures.Record(new IngestFailure(path, reason, outcome.Message, _clock.GetUtcNow(), read.Snapshot.Size, read.Snapshot.ModifiedUtcTicks, read.Snapshot.SidecarStamp));
        Failures.Remove(Sidecar.PathFor(path));
        _logger.LogWarning("Not ingested: {Path}: {Reason}: {Message}", path, reason, outcome.Message);
        batch.Outcomes.Add(new FileOutcome(path, FileStatus.Failed, reason, outcome.Message));
    }

    /// <summary>What an indexed message's outcome says of the attachments it could not read (also logged); null when none.</summary>
    private string? UnreadAttachments(string path, ExtractedText text)
    {
        if (text.AttachmentProblems.Count == 0)
        {
            return null;
        }

        var message = "attachments not indexed: " + string.Join("; ", text.AttachmentProblems);
        _logger.LogWarning("{Path}: {Message}", path, message);
        return message;
    }

    private void Forget(string path, IngestionBatch batch)
    {
        var previous = _catalog.Remove(path);
        var wasFailed = Failures.Remove(path);
        Failures.Remove(Sidecar.PathFor(path));
        Failures.Remove(MetadataCsv.RowPathFor(path));
        if (previous is not null || wasFailed)
        {
            batch.MarkDirty(previous);
            batch.Outcomes.Add(new FileOutcome(path, FileStatus.Removed));
        }
    }

    /// <summary>
    /// A content whose set of paths changed without any of its files being read in this batch (one of two
    /// duplicates went away) is read again from the first file that still holds it. A file that no longer
    /// holds it has changed on its own and is handed back to be read as such.
    /// </summary>
    private async Task ReadUnreadContentsAsync(IngestionBatch batch, CancellationToken cancellationToken)
    {
        foreach (var sha256 in batch.DirtyContents.Where(sha256 => !batch.Extracted.ContainsKey(sha256)).ToList())
        {
            IReadOnlyList<ArchiveFile> files;
            lock (_writeLock)
            {
                files = _catalog.FilesOf(sha256);
            }

            foreach (var file in files)
            {
                if (await _reader.ReadAgainAsync(sha256, file, cancellationToken) is { } extracted)
                {
                    batch.Extracted[sha256] = extracted;
                    break;
                }

                batch.Stale.Add(file.Path);
            }
        }
    }

    /// <summary>
    /// What to write for a content after its set of files changed: its one document, with every file that still
    /// holds it, or nothing (a deletion) when none does.
    /// </summary>
    private ContentWrite PlanWrite(string sha256, IngestionBatch batch)
    {
        foreach (var path in batch.Stale.Where(path => _catalog.Holds(path, sha256)).ToList())
        {
            _catalog.Remove(path);
            batch.Outcomes.Add(new FileOutcome(path, FileStatus.Deferred));
        }

        var files = _catalog.FilesOf(sha256);
        return files.Count > 0 && batch.Extracted.TryGetValue(sha256, out var extracted)
            ? new ContentWrite(sha256, files, extracted.Text, extracted.Format)
            : new ContentWrite(sha256, [], null, null);
    }

    private void Write(ContentWrite write)
    {
        if (write.Text is { } text && write.Format is { } format)
        {
            var documents = _assembler.Assemble(write.Sha256, write.Files, text, format);
            _index.Upsert(write.Sha256, documents);

            // The file's own document decides: OCR reads the file's pictures of pages, not those of a message's attachments.
            if (documents[0].AwaitsOcr)
            {
                OcrQueue.Add(write.Sha256);
            }
            else
            {
                OcrQueue.Remove(write.Sha256);
            }
        }
        else
        {
            _index.Delete(write.Sha256);
            OcrQueue.Remove(write.Sha256);
        }
    }

    /// <summary>One content's document to write, or to delete when it has no text (no file holds it any more).</summary>
    private sealed record ContentWrite(string Sha256, IReadOnlyList<ArchiveFile> Files, ExtractedText? Text, FileFormat? Format);

    /// <summary>A failure recorded before a crash may belong to a file that was indexed since; the index wins.</summary>
    private void ForgetFailuresOfIndexedFiles() =>
        Failures.RemoveWhere(failure => _catalog.TryGet(failure.Path, out var file)
            && file.Size == failure.Size && file.ModifiedUtcTicks == failure.ModifiedUtcTicks);
}
