namespace Archive.Ingestion;

/// <summary>
/// Settings of ingestion, bound once from the "Archive" configuration section (environment: Archive__InboxPath …)
/// and checked at start by <see cref="IngestionOptionsValidator"/>. Each default is written here, and only here.
/// </summary>
public sealed class IngestionOptions
{
    public const string Section = "Archive";

    /// <summary>The largest <see cref="MaxFileSizeMegabytes"/> allowed: a file is read into memory whole.</summary>
    public const int LargestFileSizeMegabytes = 2047;

    /// <summary>The folder whose files (and sub-folders) make up the archive. Default: "corpus", the bundled sample archive.</summary>
    public string InboxPath { get; set; } = "corpus";

    /// <summary>The folder of the Lucene index and the failure log. Default: "data/index".</summary>
    public string IndexPath { get; set; } = Path.Combine("data", "index");

    /// <summary>How often the whole inbox is compared with the index, catching changes the file-system events missed. Default: 5 minutes.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a file's size and time must stay the same before it is read, so a half-copied file is never indexed. Default: 1 second.</summary>
    public TimeSpan StabilityDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Changes are committed after this many files, and whenever the inbox goes quiet: at most this many files are
    /// read again after a crash. Default: 2,000 (a commit every few seconds in a long run; files are read 200 at a time).
    /// </summary>
    public int CommitBatchSize { get; set; } = 2000;

    /// <summary>
    /// How long the inbox must stay quiet after a commit before the watching worker merges the index's small segments
    /// (each commit writes some, and every search pays per segment). Default: 1 minute.
    /// </summary>
    public TimeSpan MergeWhenQuietFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Files larger than this are refused as too large. Default: 200 MB.</summary>
    public int MaxFileSizeMegabytes { get; set; } = 200;

    /// <summary>Longest time spent extracting one file. Default: 60 seconds.</summary>
    public TimeSpan ExtractionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Files extracted at once. Default: the number of processor cores.</summary>
    public int MaxParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Masks citizens' own e-mail addresses (at free mail services) and phone numbers in the text as it is read, so
    /// that no search, page, export or feed shows them. Default: on. CPR numbers are masked always. A change applies
    /// to files read from then on; delete the index to apply it to the whole archive.
    /// </summary>
    public bool MaskPersonalData { get; set; } = true;

    /// <summary>
    /// Where the optional tools (soffice, tesseract, pdftoppm) are looked for: folders separated as in PATH. Default:
    /// unset, the process's PATH. Only absolute folders count.
    /// </summary>
    public string? ToolSearchPath { get; set; }

    /// <summary>Documents read by OCR at once, beside ingestion (each page takes Tesseract seconds of one core). Default: 1.</summary>
    public int OcrParallelism { get; set; } = 1;

    /// <summary>
    /// The resolution pages of a PDF are rendered at for OCR. Default: 200 dpi, as accurate as 300 on the measured pages
    /// and a sixth faster (docs/benchmarks.md); 300 helps pages of very small print.
    /// </summary>
    public int OcrResolution { get; set; } = 200;

    /// <summary>Longest time rendering and reading one page by OCR may take; a page over it fails its file as timed-out. Default: 2 minutes.</summary>
    public TimeSpan OcrPageTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The most pages of one file read by OCR; a scan with more fails as too-large. Default: 1,000.</summary>
    public int OcrMaxPages { get; set; } = 1000;

    public long MaxFileBytes => MaxFileSizeMegabytes * 1024L * 1024L;
}
