using System.Diagnostics.CodeAnalysis;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Inbox;
using Archive.Ingestion.Metadata;
using Archive.Ingestion.Outcomes;
using Archive.Lucene;
using Microsoft.Extensions.Logging;

namespace Archive.Ingestion.Indexing;

/// <summary>
/// Brings the index in line with files of the inbox: reads and extracts changed files in parallel, then applies
/// the results one by one to the catalog and the index. Identical files share one document that lists every
/// path; a renamed file moves its path; a deleted one takes its path (and, if it was the last, the document) away.
/// </summary>
internal sealed class InboxIngestor : IDisposable
{
    private readonly string _inboxRoot;
    private readonly ArchiveIndexWriter _index;
    private readonly TextExtraction _extraction;
    private readonly IngestionOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly InboxCatalog _catalog;
    private readonly Lock _writeLock = new();

    public InboxIngestor(string inboxRoot, ArchiveIndexWriter index, FailureLog failures, TextExtraction extraction, IngestionOptions options, TimeProvider clock, ILogger logger)
    {
        _inboxRoot = Path.GetFullPath(inboxRoot);
        _index = index;
        Failures = failures;
        _extraction = extraction;
        _options = options;
        _clock = clock;
        _logger = logger;
        _catalog = index.LoadCatalog();
        ForgetFailuresOfIndexedFiles();
    }

    public string InboxRoot => _inboxRoot;

    public FailureLog Failures { get; }

    /// <summary>The index being written, for near-real-time searchers in the same process.</summary>
    public ArchiveIndexWriter Index => _index;

    public int DocumentCount => _index.DocumentCount;

    public int IndexedFileCount => _catalog.FileCount;

    /// <summary>Whether the path's current state is already indexed, already recorded as failed, or new to the index.</summary>
    public FileState Classify(FileSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_writeLock)
        {
            if (_catalog.TryGet(snapshot.RelativePath, out var file, out _))
            {
                return snapshot.SameStateAs(file) ? FileState.Indexed : FileState.Changed;
            }

            return Failures.TryGet(snapshot.RelativePath, out var failure) && snapshot.SameStateAs(failure)
                ? FileState.Failed
                : FileState.Changed;
        }
    }

    /// <summary>True when the path is an indexed or a failed file.</summary>
    public bool Knows(string relativePath)
    {
        lock (_writeLock)
        {
            return _catalog.TryGet(relativePath, out _, out _) || Failures.TryGet(relativePath, out _);
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
    /// Ingests <paramref name="changed"/> files and removes <paramref name="removed"/> paths. Reports each file
    /// as soon as it is read (for progress); the returned outcomes are the final word. Nothing is committed here:
    /// see <see cref="Commit"/>.
    /// </summary>
    public async Task<IReadOnlyList<FileOutcome>> IngestAsync(
        IReadOnlyList<FileSnapshot> changed,
        IReadOnlyCollection<string> removed,
        Action<FileOutcome>? onFile,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(removed);
        var reads = new FileRead[changed.Count];
        await Parallel.ForAsync(
            0,
            changed.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelism), CancellationToken = cancellationToken },
            async (i, token) =>
            {
                reads[i] = await ReadAsync(changed[i], token);

                // Reported as soon as the file is read, so progress moves while the batch is still running.
                onFile?.Invoke(reads[i].ToOutcome());
            });

        var batch = new Batch();
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
            foreach (var sha256 in batch.DirtyContents)
            {
                WriteContent(sha256, batch);
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

    public DateTimeOffset? LastIngestion() => _index.LastIngestion();

    public void Dispose() => _index.Dispose();

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A file that cannot be read is recorded, never allowed to stop the batch.")]
    private async Task<FileRead> ReadAsync(FileSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (snapshot.Size > _options.MaxFileBytes)
        {
            return FileRead.Failed(snapshot, FailureReason.TooLarge, $"the file is {snapshot.Size / (1024 * 1024)} MB; the limit is {_options.MaxFileSizeMegabytes} MB (Archive:MaxFileSizeMegabytes)");
        }

        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(snapshot.FullPath, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileRead.Vanished(snapshot);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return FileRead.Failed(snapshot, FailureReason.Unreadable, $"the file could not be read: {exception.Message}");
        }

        // A file still being written has moved on since it was seen: read it again once it is quiet.
        var after = FileSnapshot.Take(_inboxRoot, snapshot.FullPath);
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
            return FileRead.Failed(snapshot, FailureReason.Corrupt, $"unexpected error: {exception.Message}");
        }
    }

    private void Apply(FileRead read, Batch batch)
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
            batch.Outcomes.Add(new FileOutcome(path, FileStatus.Indexed, Pages: text.Pages.Count));
            return;
        }

        batch.MarkDirty(_catalog.Remove(path));
        var reason = outcome.FailureReason ?? FailureReason.Corrupt;
        Failures.Record(new IngestFailure(path, reason, outcome.Message, _clock.GetUtcNow(), read.Snapshot.Size, read.Snapshot.ModifiedUtcTicks, read.Snapshot.SidecarStamp));
        Failures.Remove(Sidecar.PathFor(path));
        _logger.LogWarning("Not ingested: {Path}: {Reason}: {Message}", path, reason, outcome.Message);
        batch.Outcomes.Add(new FileOutcome(path, FileStatus.Failed, reason, outcome.Message));
    }

    private void Forget(string path, Batch batch)
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
    private async Task ReadUnreadContentsAsync(Batch batch, CancellationToken cancellationToken)
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
                if (await ReadAgainAsync(sha256, file, cancellationToken) is { } extracted)
                {
                    batch.Extracted[sha256] = extracted;
                    break;
                }

                batch.Stale.Add(file.Path);
            }
        }
    }

    /// <summary>The text of <paramref name="file"/> if it still holds <paramref name="sha256"/>; null otherwise.</summary>
    private async Task<(ExtractedText Text, FileFormat Format)?> ReadAgainAsync(string sha256, ArchiveFile file, CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(InboxPaths.ToFull(_inboxRoot, file.Path), cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (DocumentIds.Sha256Of(content) != sha256)
        {
            return null;
        }

        var outcome = await _extraction.ExtractAsync(content, file.Path, cancellationToken);
        return outcome.Text is { } text && outcome.Format is { } format ? (text, format) : null;
    }

    /// <summary>Writes (or deletes) the one document of a content after its set of files changed.</summary>
    private void WriteContent(string sha256, Batch batch)
    {
        foreach (var path in batch.Stale.Where(path => _catalog.TryGet(path, out _, out var held) && held == sha256).ToList())
        {
            _catalog.Remove(path);
            batch.Outcomes.Add(new FileOutcome(path, FileStatus.Deferred));
        }

        var files = _catalog.FilesOf(sha256);
        if (files.Count == 0 || !batch.Extracted.TryGetValue(sha256, out var extracted))
        {
            _index.Delete(sha256);
            return;
        }

        var primary = files[0];
        var primaryFullPath = InboxPaths.ToFull(_inboxRoot, primary.Path);
        var sidecar = Sidecar.Read(primaryFullPath);
        RecordMetadataProblems(Sidecar.PathFor(primary.Path), Sidecar.PathFor(primary.Path), "sidecar", sidecar);
        var folderCsv = MetadataCsv.ReadRowFor(primaryFullPath);
        RecordMetadataProblems(MetadataCsv.RowPathFor(primary.Path), MetadataCsv.PathFor(primary.Path), MetadataCsv.FileName + " row", folderCsv);
        var fileName = Path.GetFileName(primary.Path);
        _index.Upsert(new ArchiveDocument
        {
            Id = DocumentIds.FromPath(primary.Path),
            Sha256 = sha256,
            Files = files,
            Metadata = MetadataBuilder.Build(extracted.Text, fileName, sidecar, folderCsv),
            FileName = fileName,
            ContentType = ContentTypes.For(extracted.Format, fileName),
            IngestedAt = _clock.GetUtcNow(),
            Pages = extracted.Text.Pages,
        });
    }

    /// <summary>
    /// Lists what a sidecar or a metadata.csv row got wrong (the document is indexed with what was valid), or clears
    /// the entry once it is right. <paramref name="filePath"/> is the file whose size and time the entry records.
    /// </summary>
    private void RecordMetadataProblems(string failurePath, string filePath, string what, Sidecar? source)
    {
        if (source is null || source.Problems.Count == 0)
        {
            Failures.Remove(failurePath);
            return;
        }

        var info = new FileInfo(InboxPaths.ToFull(_inboxRoot, filePath));
        var message = $"{what} metadata partly ignored: " + string.Join("; ", source.Problems);
        _logger.LogWarning("{Path}: {Message}", failurePath, message);
        Failures.Record(new IngestFailure(failurePath, FailureReason.Corrupt, message, _clock.GetUtcNow(), info.Exists ? info.Length : 0, info.Exists ? info.LastWriteTimeUtc.Ticks : 0, string.Empty));
    }

    /// <summary>A failure recorded before a crash may belong to a file that was indexed since; the index wins.</summary>
    private void ForgetFailuresOfIndexedFiles() =>
        Failures.RemoveWhere(failure => _catalog.TryGet(failure.Path, out var file, out _)
            && file.Size == failure.Size && file.ModifiedUtcTicks == failure.ModifiedUtcTicks);

    private enum ReadStatus
    {
        Read,
        Vanished,
        Deferred,
    }

    private sealed record FileRead(FileSnapshot Snapshot, string? Sha256, ExtractionOutcome? Outcome, ReadStatus Status)
    {
        public static FileRead Failed(FileSnapshot snapshot, FailureReason reason, string message) =>
            new(snapshot, null, ExtractionOutcome.Failure(reason, message), ReadStatus.Read);

        public static FileRead Vanished(FileSnapshot snapshot) => new(snapshot, null, null, ReadStatus.Vanished);

        public static FileRead Deferred(FileSnapshot snapshot) => new(snapshot, null, null, ReadStatus.Deferred);

        public FileOutcome ToOutcome() => Status switch
        {
            ReadStatus.Vanished => new FileOutcome(Snapshot.RelativePath, FileStatus.Removed),
            ReadStatus.Deferred => new FileOutcome(Snapshot.RelativePath, FileStatus.Deferred),
            _ when Outcome?.Text is { } text => new FileOutcome(Snapshot.RelativePath, FileStatus.Indexed, Pages: text.Pages.Count),
            _ => new FileOutcome(Snapshot.RelativePath, FileStatus.Failed, Outcome?.FailureReason, Outcome?.Message),
        };
    }

    private sealed class Batch
    {
        public List<FileOutcome> Outcomes { get; } = [];

        public SortedSet<string> DirtyContents { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (ExtractedText Text, FileFormat Format)> Extracted { get; } = new(StringComparer.Ordinal);

        /// <summary>Indexed files found to hold other content than the index says; read again as changes.</summary>
        public HashSet<string> Stale { get; } = new(StringComparer.Ordinal);

        public void MarkDirty(string? sha256)
        {
            if (sha256 is not null)
            {
                DirtyContents.Add(sha256);
            }
        }
    }
}
