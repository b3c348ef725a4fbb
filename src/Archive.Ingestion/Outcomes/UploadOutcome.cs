namespace Archive.Ingestion.Outcomes;

/// <summary>How an upload into the inbox went.</summary>
public enum UploadStatus
{
    /// <summary>The file (and its sidecar) is in the inbox; the worker ingests it within seconds.</summary>
    Written,

    /// <summary>The file name or the folder cannot be used; nothing was written.</summary>
    InvalidName,

    /// <summary>The sidecar metadata has problems; nothing was written.</summary>
    InvalidMetadata,

    /// <summary>A file of that name is already in the inbox; nothing was overwritten.</summary>
    AlreadyExists,
}

/// <summary>The result of an upload: where the file went and the id its document will have, or why nothing was written.</summary>
/// <param name="RelativePath">The file's path in the inbox, when the name and folder were valid.</param>
/// <param name="Id">The id its document has once ingested, when written.</param>
/// <param name="Problems">What is wrong, when not written.</param>
public sealed record UploadOutcome(UploadStatus Status, string? RelativePath, string? Id, IReadOnlyList<string> Problems);
