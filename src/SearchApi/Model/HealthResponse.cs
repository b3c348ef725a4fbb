using System.ComponentModel;
using Archive.Ingestion.Outcomes;

namespace Archive.SearchApi.Model;

/// <summary>
/// The state of the archive. Each fact is a property of its own, set by name where the answer is made
/// (<c>StatusApi</c>), so a new fact is one property here and one line there.
/// </summary>
[Description("The state of the archive.")]
public sealed record HealthResponse
{
    [Description("ok, or degraded when the index cannot be opened or ingestion cannot run.")]
    public required string Status { get; init; }

    public int Documents { get; init; }

    public DateTimeOffset? LastIngestion { get; init; }

    public int FailedFiles { get; init; }

    [Description("Whether this process may ingest the inbox (it holds the index for writing); false when another process ingests or the index is only read. Whether it is ingesting now is in ingestion.")]
    public bool HostsIngestion { get; init; }

    [Description("What ingestion is doing now; null when this process does not host it.")]
    public IngestionActivityResponse? Ingestion { get; init; }

    [Description("What is wrong when degraded.")]
    public string? Problem { get; init; }

    [Description("The OCR queue: scanned documents waiting to be read by OCR, and why OCR cannot run, if it cannot.")]
    public required OcrQueueResponse Ocr { get; init; }

    [Description("Which formats can be read on this machine: legacyOffice (.doc, RTF, WordPerfect …) needs LibreOffice, ocr needs Tesseract with Danish and pdftoppm; files that need a missing tool fail as needs-converter or needs-ocr and are read once it is installed.")]
    public required ReaderAvailability Readers { get; init; }
}

[Description("What ingestion is doing now.")]
public sealed record IngestionActivityResponse(
    [property: Description("True while a run is reading files into the index.")] bool Running,
    [property: Description("Files noticed and not yet in the index: new, changed or deleted files waiting for their writes to settle or for their turn, and those of the run under way not yet read.")] int WaitingFiles)
{
    public static IngestionActivityResponse? From(IngestionActivity? activity) =>
        activity is null ? null : new IngestionActivityResponse(activity.Running, activity.WaitingFiles);
}
