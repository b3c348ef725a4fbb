namespace Archive.Ingestion;

/// <summary>Ingestion cannot run: the inbox is missing, another process holds the index, or the index cannot be read.</summary>
public sealed class IngestionUnavailableException : Exception
{
    public IngestionUnavailableException()
    {
    }

    public IngestionUnavailableException(string message)
        : base(message)
    {
    }

    public IngestionUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when another process holds the index's write lock (its last commit can still be read).</summary>
    public bool IndexInUse { get; init; }
}
