using System.Globalization;
using Archive.Lucene;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace Archive.Ingestion.Indexing;

/// <summary>
/// The archive's Lucene index, opened for writing. One document per content (keyed by SHA-256; an e-mail's content
/// gives its message and one document per attachment, under the message file's key), replaced whole on every change; nothing is visible to other processes until <see cref="Commit"/>, and a commit is
/// atomic, so a crash at any moment leaves the last committed state.
/// </summary>
internal sealed class ArchiveIndexWriter : IDisposable
{
    private readonly Directory _directory;
    private bool _disposed;

    private ArchiveIndexWriter(Directory directory, IndexWriter writer)
    {
        _directory = directory;
        Writer = writer;
    }

    /// <summary>
    /// True when the index held documents written under another <see cref="ArchiveLucene.SchemaVersion"/>:
    /// they were dropped on opening and the whole inbox is ingested again.
    /// </summary>
    public bool Rebuilding { get; private init; }

    /// <summary>The underlying writer, for near-real-time readers in the same process.</summary>
    public IndexWriter Writer { get; }

    public static ArchiveIndexWriter Open(string indexPath, DanishArchiveAnalyzer analyzer)
    {
        System.IO.Directory.CreateDirectory(indexPath);
        var directory = ArchiveLucene.OpenDirectory(indexPath);
        var config = new IndexWriterConfig(ArchiveLucene.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            Similarity = ArchiveLucene.Similarity,
            MergeScheduler = MergingOnEveryCore(),
        };

        try
        {
            var writer = new IndexWriter(directory, config);
            var outdated = writer.MaxDoc > 0 && !IndexCommitData.IsCurrentSchema(writer.CommitData);
            if (outdated)
            {
                writer.DeleteAll();
            }

            return new ArchiveIndexWriter(directory, writer) { Rebuilding = outdated };
        }
        catch (LockObtainFailedException exception)
        {
            directory.Dispose();
            throw new IndexInUseException(indexPath, exception);
        }
        catch (Exception exception) when (exception is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            directory.Dispose();
            throw new IOException($"The index at '{indexPath}' cannot be read ({exception.Message}). Delete the folder to rebuild it from the inbox.", exception);
        }
    }

    /// <summary>
    /// Lucene runs merges on one thread per two cores (one, on two cores), so the merges that end a one-shot ingest
    /// (<see cref="MergeSmallSegmentsAndCommit"/>) ran one after the other on one core while the other idled. With a
    /// thread per core, independent merges run side by side (measured in docs/benchmarks.md, "Merges on every core").
    /// Searches in the same process share the cores with a merge either way.
    /// </summary>
    private static ConcurrentMergeScheduler MergingOnEveryCore()
    {
        var scheduler = new ConcurrentMergeScheduler();
        var threads = Math.Max(1, Environment.ProcessorCount);

        // Lucene's default allows two merges waiting beyond those running before it slows the indexing threads.
        scheduler.SetMaxMergesAndThreads(threads + 2, threads);
        return scheduler;
    }

    /// <summary>Reads which files the committed index holds (from the catalog doc values of every document).</summary>
    public InboxCatalog LoadCatalog()
    {
        var catalog = new InboxCatalog();
        using var reader = DirectoryReader.Open(Writer, applyAllDeletes: true);
        foreach (var leaf in reader.Leaves)
        {
            foreach (var (sha256, files) in ArchiveDocumentMapper.ReadCatalog(leaf.AtomicReader))
            {
                foreach (var file in files)
                {
                    catalog.Set(file, sha256);
                }
            }
        }

        return catalog;
    }

    /// <summary>The contents the committed index holds with pages waiting for OCR: the OCR queue as a crash left it.</summary>
    public OcrQueue LoadOcrQueue()
    {
        var queue = new OcrQueue();
        using var reader = DirectoryReader.Open(Writer, applyAllDeletes: true);
        var searcher = new IndexSearcher(reader);
        var waiting = searcher.Search(new TermQuery(new Term(ArchiveFields.OcrPending, ArchiveDocumentMapper.OcrPendingValue)), Math.Max(1, reader.NumDocs));
        foreach (var hit in waiting.ScoreDocs.OrderBy(hit => hit.Doc))
        {
            queue.Add(reader.Document(hit.Doc, new HashSet<string>(StringComparer.Ordinal) { ArchiveFields.SourceSha256 }).Get(ArchiveFields.SourceSha256));
        }

        return queue;
    }

    /// <summary>
    /// Adds the documents one content gave (a file's one document, or a message and its attachments), replacing every
    /// document of an earlier version of that content in one step: no reader and no commit sees a message without
    /// its attachments, or the old attachments beside the new.
    /// </summary>
    public void Upsert(string sourceSha256, IReadOnlyList<ArchiveDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Writer.UpdateDocuments(new Term(ArchiveFields.SourceSha256, sourceSha256), documents.Select(ArchiveDocumentMapper.ToLucene));
    }

    /// <summary>Deletes every document the content gave.</summary>
    public void Delete(string sourceSha256) => Writer.DeleteDocuments(new Term(ArchiveFields.SourceSha256, sourceSha256));

    /// <summary>Makes every change durable and visible, stamped with the time of this ingestion.</summary>
    public void Commit(DateTimeOffset now)
    {
        if (!Writer.HasUncommittedChanges())
        {
            return;
        }

        Writer.SetCommitData(IndexCommitData.For(now));
        Writer.Commit();
        HasUnmergedCommits = true;
    }

    /// <summary>
    /// Whether commits have added segments since <see cref="MergeSmallSegmentsAndCommit"/> last ran in this process;
    /// true at opening, as an index may hold small segments from an earlier run.
    /// </summary>
    public bool HasUnmergedCommits { get; private set; } = true;

    /// <summary>
    /// Merges the index's small segments and waits for it. Every search looks each of its terms up in every segment
    /// and scores each segment on its own, and each committed batch writes small segments, which Lucene's merge
    /// policy lets stand ten to a size: at 100,000 documents 13 of 19 segments were under 1 MB, and the same index in
    /// 5 segments answered a one-word search for a quarter less CPU. Keeping that few segments all along cost 60 %
    /// more CPU at ingest (docs/benchmarks.md), so the tighter policy is applied once, at the end of a one-shot
    /// ingest and when the watching worker finds the inbox quiet. The merged segments are committed under the time of
    /// the last ingestion, which a merge does not change; commit what was ingested first.
    /// </summary>
    public void MergeSmallSegmentsAndCommit()
    {
        MergeSmallSegments();
        if (Writer.HasUncommittedChanges())
        {
            Writer.Commit(); // the commit data stays that of the last commit
        }

        HasUnmergedCommits = false;
    }

    private void MergeSmallSegments()
    {
        if (Writer.Config.MergePolicy is not TieredMergePolicy policy)
        {
            return;
        }

        var (floor, perTier, atOnce) = (policy.FloorSegmentMB, policy.SegmentsPerTier, policy.MaxMergeAtOnce);
        (policy.FloorSegmentMB, policy.SegmentsPerTier, policy.MaxMergeAtOnce) = (FinalFloorSegmentMB, FinalSegmentsPerTier, FinalMergeAtOnce);
        try
        {
            Writer.MaybeMerge();
            Writer.WaitForMerges();
        }
        finally
        {
            (policy.FloorSegmentMB, policy.SegmentsPerTier, policy.MaxMergeAtOnce) = (floor, perTier, atOnce);
        }
    }

    // The policy of MergeSmallSegments: segments under 64 MB count as 64 MB, four of a size, merged four at a time
    // (Lucene's ten at a time would leave up to nine small segments, and would rewrite big ones with them): 4
    // segments at 100,000 documents (0.6 GB, measured), some 9 at a million (by the policy's arithmetic, not measured).
    private const double FinalFloorSegmentMB = 64;
    private const double FinalSegmentsPerTier = 4;
    private const int FinalMergeAtOnce = 4;

    /// <summary>When the last commit that changed the index was made, if any.</summary>
    public DateTimeOffset? LastIngestion() => IndexCommitData.LastIngestion(Writer.CommitData);

    public int DocumentCount => Writer.NumDocs;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Writer.Dispose();
        _directory.Dispose();
    }
}

/// <summary>Another process holds the index's write lock.</summary>
internal sealed class IndexInUseException(string indexPath, Exception innerException)
    : Exception($"The index at '{indexPath}' is in use by another Archive process; stop it or choose another --index folder.", innerException);
