namespace Archive.Ingestion.Outcomes;

/// <summary>What became of a file in one pass of ingestion.</summary>
public enum FileStatus
{
    /// <summary>New or changed content is in the index.</summary>
    Indexed,

    /// <summary>The file is gone and so is its entry in the index.</summary>
    Removed,

    /// <summary>The file could not be ingested; see the reason.</summary>
    Failed,

    /// <summary>The file changed while it was read; it is read again once it is stable.</summary>
    Deferred,
}

/// <summary>What happened to one file in an ingestion batch.</summary>
public sealed record FileOutcome(string Path, FileStatus Status, FailureReason? Reason = null, string? Message = null, int Pages = 0);
