namespace Archive.Ingestion.Indexing;

/// <summary>How a file on disk stands against the index.</summary>
internal enum FileState
{
    /// <summary>New or changed since it was last read.</summary>
    Changed,

    /// <summary>Indexed in exactly this state.</summary>
    Indexed,

    /// <summary>Recorded as failed in exactly this state; retried only once it changes.</summary>
    Failed,
}
