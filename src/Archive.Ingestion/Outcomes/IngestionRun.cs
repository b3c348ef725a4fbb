namespace Archive.Ingestion.Outcomes;

/// <summary>What one run over the whole inbox did.</summary>
/// <param name="Scan">What the scan at its start found.</param>
/// <param name="Outcomes">What became of each file read, in the order read; a file read twice appears twice.</param>
/// <param name="LeftPending">Files that kept changing and were left for the next run.</param>
public sealed record IngestionRun(ScanSummary Scan, IReadOnlyList<FileOutcome> Outcomes, int LeftPending)
{
    /// <summary>Documents read by OCR after the files (Indexed with their OCR pages, or Failed with the reason), in the order read.</summary>
    public IReadOnlyList<FileOutcome> OcrOutcomes { get; init; } = [];

    /// <summary>Documents still waiting for OCR at the end (OCR not installed, or the run was stopped).</summary>
    public int OcrWaiting { get; init; }

    /// <summary>Why OCR could not run (what to install), or null.</summary>
    public string? OcrMissing { get; init; }

    /// <summary>The last word on each file.</summary>
    public IReadOnlyList<FileOutcome> Latest() =>
        [.. Outcomes.GroupBy(outcome => outcome.Path, StringComparer.Ordinal).Select(group => group.Last())];
}
