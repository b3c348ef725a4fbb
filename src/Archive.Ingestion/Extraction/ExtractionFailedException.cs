using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Extraction;

/// <summary>
/// A deliberate, classified refusal to extract a file. Extractors translate their library's
/// exceptions into this so that every failure reaches the failure log with a clear reason.
/// </summary>
internal sealed class ExtractionFailedException : Exception
{
    public ExtractionFailedException(FailureReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    public FailureReason Reason { get; }
}
