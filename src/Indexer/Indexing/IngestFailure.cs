using Archive.Indexer.Extraction;

namespace Archive.Indexer.Indexing;

/// <summary>A file that could not be ingested, with the state it had, so that it is retried once it changes.</summary>
public sealed record IngestFailure(
    string Path,
    FailureReason Reason,
    string Message,
    DateTimeOffset FailedAt,
    long Size,
    long ModifiedUtcTicks,
    string SidecarStamp);
