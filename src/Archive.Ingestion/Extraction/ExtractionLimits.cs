namespace Archive.Ingestion.Extraction;

/// <summary>Bounds on the work spent on one file, so that a hostile or huge file cannot stall ingestion.</summary>
/// <param name="Timeout">Longest time one file may take to extract.</param>
/// <param name="ThreadStackBytes">Stack of the extraction thread: deep but legal nesting in a PDF must not overflow it.</param>
internal sealed record ExtractionLimits(TimeSpan Timeout, int ThreadStackBytes = 64 * 1024 * 1024)
{
    public static ExtractionLimits Default { get; } = new(TimeSpan.FromSeconds(60));
}
