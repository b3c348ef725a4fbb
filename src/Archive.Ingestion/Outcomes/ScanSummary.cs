namespace Archive.Ingestion.Outcomes;

/// <summary>What a full scan of the inbox found.</summary>
/// <param name="Files">Document files in the inbox.</param>
/// <param name="Unchanged">Files indexed before and unchanged since.</param>
/// <param name="StillFailed">Files that failed before and are unchanged since (not retried).</param>
/// <param name="Queued">New or changed files queued for ingestion.</param>
/// <param name="Removed">Indexed files no longer in the inbox.</param>
public sealed record ScanSummary(int Files, int Unchanged, int StillFailed, int Queued, int Removed);
