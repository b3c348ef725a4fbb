using System.Globalization;
using Archive.Ingestion.Extraction.Tools;

namespace Archive.Ingestion.Extraction.Ocr;

/// <summary>
/// Tesseract with its Danish model, and poppler's pdftoppm to turn PDF pages into pictures for it, run as external
/// programs under a time limit (a hung program and its children are killed). Whether they are installed is asked of
/// <see cref="ToolAvailability"/> again once <see cref="RecheckInterval"/> has passed, so OCR starts working when they
/// are installed later, without a restart.
/// </summary>
internal sealed class TesseractOcr(ToolAvailability availability, TimeProvider clock)
{
    /// <summary>What to install when OCR cannot run (Debian package names).</summary>
    public const string InstallHint = "install " + InstalledTools.OcrPackages;

    private static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(30);

    // Tesseract's own threads would compete with the other documents being read; parallelism is the archive's to choose.
    private static readonly Dictionary<string, string?> SingleThreaded = new() { ["OMP_THREAD_LIMIT"] = "1" };

    private readonly Lock _lock = new();
    private Task<InstalledTools>? _check;
    private DateTimeOffset _checkedAt;

    /// <summary>Null when OCR can run; otherwise what is missing and what to install, for a failure message.</summary>
    public string? Missing => Describe(CurrentTools());

    public bool IsAvailable => Missing is null;

    /// <summary>
    /// Reads the text of a picture (a page of any number of pages: a multi-page TIFF gives its pages separated by form
    /// feeds). <paramref name="timeout"/> bounds the run; the result says how it ended.
    /// </summary>
    public async Task<ProgramResult> ReadAsync(string imagePath, string workingDirectory, TimeSpan timeout, int maxOutputBytes, CancellationToken cancellationToken)
    {
        var tesseract = CurrentTools().Tesseract ?? throw new InvalidOperationException(Missing);
        return await ExternalProgram.RunAsync(
            new ProgramInvocation(tesseract, [imagePath, "stdout", "-l", "dan", "--psm", "3"], workingDirectory)
            {
                Timeout = timeout,
                MaxOutputBytes = maxOutputBytes,
                Environment = SingleThreaded,
            },
            cancellationToken);
    }

    /// <summary>Renders page <paramref name="page"/> of a PDF as a grey picture <paramref name="outputStem"/>.pgm at <paramref name="dpi"/>.</summary>
    public async Task<ProgramResult> RenderPageAsync(string pdfPath, int page, int dpi, string outputStem, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pdftoppm = CurrentTools().Pdftoppm ?? throw new InvalidOperationException(Missing);
        var number = page.ToString(CultureInfo.InvariantCulture);
        return await ExternalProgram.RunAsync(
            new ProgramInvocation(pdftoppm, ["-gray", "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "-singlefile", pdfPath, outputStem], Path.GetDirectoryName(outputStem)!)
            {
                Timeout = timeout,
                MaxOutputBytes = 64 * 1024,
            },
            cancellationToken);
    }

    private static string? Describe(InstalledTools tools)
    {
        if (tools.ReadsScans)
        {
            return null;
        }

        var absent = new[] { tools.Tesseract is null ? "tesseract" : null, tools.Tesseract is not null && !tools.TesseractHasDanish ? "Tesseract's Danish model" : null, tools.Pdftoppm is null ? "pdftoppm" : null }.OfType<string>().ToList();
        return $"OCR needs {string.Join(" and ", absent)}, which {(absent.Count == 1 ? "is" : "are")} not installed: {InstallHint}";
    }

    /// <summary>The tools as last checked; checked again (a run of tesseract --list-langs) when the check is old.</summary>
    private InstalledTools CurrentTools()
    {
        Task<InstalledTools> check;
        lock (_lock)
        {
            if (_check is null || clock.GetUtcNow() - _checkedAt >= RecheckInterval)
            {
                _check = _check is null ? availability.GetAsync(CancellationToken.None) : availability.RescanAsync(CancellationToken.None);
                _checkedAt = clock.GetUtcNow();
            }

            check = _check;
        }

        return check.GetAwaiter().GetResult();
    }
}
