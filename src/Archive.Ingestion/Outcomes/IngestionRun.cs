namespace Archive.Ingestion.Outcomes;

/// <summary>What one run over the whole inbox did.</summary>
/// <param name="Scan">What the scan at its start found.</param>
/// <param name="Outcomes">What became of each file read, in the order read; a file read twice appears twice.</param>
/// <param name="LeftPending">Files that kept changing and were left for the next run.</param>
public sealed record IngestionRun(ScanSummary Scan, IReadOnlyList<FileOutcome> Outcomes, int LeftPending)
{
    /// <summary>The last word on each file.</summary>
    public IReadOnlyList<FileOutcome> Latest() =>
        [.. Outcomes.GroupBy(outcome => outcome.Path, StringComparer.Ordinal).Select(group => group.Last())];
}
