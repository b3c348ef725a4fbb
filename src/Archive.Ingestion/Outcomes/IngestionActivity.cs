namespace Archive.Ingestion.Outcomes;

/// <summary>What ingestion is doing at this moment.</summary>
/// <param name="Running">True while files are being read into the index.</param>
/// <param name="WaitingFiles">
/// Files noticed but not yet in the index: new, changed or deleted files waiting for their writes to settle or for
/// their turn, and those of the run under way not yet read.
/// </param>
public sealed record IngestionActivity(bool Running, int WaitingFiles);
