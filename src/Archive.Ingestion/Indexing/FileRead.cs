using Archive.Ingestion.Extraction;
using Archive.Ingestion.Inbox;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Indexing;

internal enum ReadStatus
{
    /// <summary>The file was read; its outcome says whether its text could be extracted.</summary>
    Read,

    /// <summary>The file was gone by the time it was read.</summary>
    Vanished,

    /// <summary>The file changed while it was read; it is read again once it is quiet.</summary>
    Deferred,
}

/// <summary>What reading one file of a batch gave: its content hash and extracted text, or why not.</summary>
internal sealed record FileRead(FileSnapshot Snapshot, string? Sha256, ExtractionOutcome? Outcome, ReadStatus Status)
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
