namespace Archive.Ingestion.Extraction.Tools;

/// <summary>
/// The optional programs found on the machine. The archive needs none of them; each one it lacks turns the files
/// that need it into failures that name the Debian packages to install.
/// </summary>
/// <param name="LibreOffice">soffice (or libreoffice), which converts legacy Word, RTF and other office files to PDF.</param>
/// <param name="Tesseract">tesseract, which reads the text of scanned pages.</param>
/// <param name="TesseractHasDanish">whether tesseract has the Danish model ("dan"), without which it misreads æ, ø and å.</param>
/// <param name="Pdftoppm">pdftoppm (poppler-utils), which renders a PDF's pages as images for tesseract.</param>
internal sealed record InstalledTools(string? LibreOffice, string? Tesseract, bool TesseractHasDanish, string? Pdftoppm)
{
    /// <summary>What to install for legacy office files, for messages and the README.</summary>
    public const string LibreOfficePackages = "libreoffice-writer-nogui";

    /// <summary>What to install for scans, for messages and the README.</summary>
    public const string OcrPackages = "tesseract-ocr tesseract-ocr-dan poppler-utils";

    public static InstalledTools None { get; } = new(null, null, false, null);

    /// <summary>Legacy .doc, RTF, WordPerfect and other office files can be converted to PDF and read.</summary>
    public bool ConvertsOfficeFiles => LibreOffice is not null;

    /// <summary>Scanned PDFs and images can be read with Danish OCR.</summary>
    public bool ReadsScans => Tesseract is not null && TesseractHasDanish && Pdftoppm is not null;
}

/// <summary>
/// Tells which optional tools are installed: checked once, on first use, and again on <see cref="RescanAsync"/>,
/// so a tool installed while the archive runs is found at the next rescan of the inbox and the files that waited for
/// it are read.
/// </summary>
internal sealed class ToolAvailability(ProgramLocator locator)
{
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(15);

    private readonly Lock _lock = new();
    private Task<InstalledTools>? _check;

    /// <summary>The tools found by the last check, or null before the first one has finished.</summary>
    public InstalledTools? Known => _check is { IsCompletedSuccessfully: true } check ? check.Result : null;

    /// <summary>The tools installed, as checked the first time this was asked.</summary>
    public Task<InstalledTools> GetAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_check is null || _check.IsFaulted || _check.IsCanceled)
            {
                _check = CheckAsync(cancellationToken);
            }

            return _check;
        }
    }

    /// <summary>Checks again which tools are installed; later calls of <see cref="GetAsync"/> answer with this check.</summary>
    public Task<InstalledTools> RescanAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _check = CheckAsync(cancellationToken);
            return _check;
        }
    }

    private async Task<InstalledTools> CheckAsync(CancellationToken cancellationToken)
    {
        var tesseract = locator.Find("tesseract");
        var danish = tesseract is not null && await HasDanishModelAsync(tesseract, cancellationToken);
        return new InstalledTools(locator.Find("soffice", "libreoffice"), tesseract, danish, locator.Find("pdftoppm"));
    }

    /// <summary>Asks tesseract which language models it has; "dan" must be among them.</summary>
    private static async Task<bool> HasDanishModelAsync(string tesseract, CancellationToken cancellationToken)
    {
        var result = await ExternalProgram.RunAsync(
            new ProgramInvocation(tesseract, ["--list-langs"], Path.GetTempPath()) { Timeout = CheckTimeout, MaxOutputBytes = 64 * 1024 },
            cancellationToken);
        // Tesseract 3 wrote the list to standard error, later versions to standard output.
        return result.Succeeded
            && (result.StandardOutput + "\n" + result.StandardError)
                .Split('\n', StringSplitOptions.TrimEntries)
                .Contains("dan", StringComparer.Ordinal);
    }
}
