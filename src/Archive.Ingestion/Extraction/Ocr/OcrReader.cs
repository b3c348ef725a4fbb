using System.Globalization;
using Archive.Ingestion.Outcomes;
using Archive.Ingestion.Extraction.Tools;
using UglyToad.PdfPig;

namespace Archive.Ingestion.Extraction.Ocr;

/// <summary>
/// Reads the pages of a document that are pictures of text by OCR: a PDF's image-only pages one by one (rendered
/// at <see cref="OcrSettings.Resolution"/>, lowered for a page so large it would pass
/// <see cref="ImageTextExtractor.MaxPagePixels"/>), a scanned image's pages in one run of Tesseract. Every page has
/// <see cref="OcrSettings.PageTimeout"/>; the file's copy and the pictures live in a temporary folder removed
/// afterwards, whatever happens.
/// </summary>
internal sealed class OcrReader(TesseractOcr tesseract, OcrSettings settings)
{
    /// <summary>Where the temporary folders of OCR are made (under the system's temporary folder).</summary>
    public static readonly string WorkRoot = Path.Combine(Path.GetTempPath(), "archive-ocr");

    // Far more than any page's text: Tesseract's output beyond it is dropped.
    private const int MaxOutputBytesPerPage = 1024 * 1024;

    public bool IsAvailable => tesseract.IsAvailable;

    public string? Missing => tesseract.Missing;

    /// <summary>
    /// The text with its <see cref="ExtractedText.ImagePages"/> read: a success whose <see cref="ExtractedText.OcrPages"/>
    /// name them, or why they could not be read (needs-ocr, timed-out, corrupt).
    /// </summary>
    public async Task<ExtractionOutcome> ReadAsync(byte[] content, FileFormat format, ExtractedText text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(text);
        if (tesseract.Missing is { } missing)
        {
            return ExtractionOutcome.Failure(FailureReason.NeedsOcr, missing, format);
        }

        var folder = Directory.CreateDirectory(Path.Combine(WorkRoot, Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var file = Path.Combine(folder, format == FileFormat.Pdf ? "scan.pdf" : "scan.image");
            await File.WriteAllBytesAsync(file, content, cancellationToken);
            var pages = text.Pages.ToArray();
            var failure = format == FileFormat.Pdf
                ? await ReadPdfPagesAsync(file, content, text.ImagePages, pages, cancellationToken)
                : await ReadImagePagesAsync(file, pages, cancellationToken);
            return failure is null
                ? ExtractionOutcome.Success(format, text with { Pages = pages, ImagePages = [], OcrPages = text.ImagePages })
                : ExtractionOutcome.Failure(failure.Value.Reason, failure.Value.Message, format);
        }
        finally
        {
            RemoveFolder(folder);
        }
    }

    /// <summary>Removes temporary folders a crash left behind (older than <paramref name="age"/>, so no running reader's).</summary>
    public static int RemoveLeftovers(TimeSpan age)
    {
        if (!Directory.Exists(WorkRoot))
        {
            return 0;
        }

        var removed = 0;
        foreach (var folder in new DirectoryInfo(WorkRoot).EnumerateDirectories())
        {
            if (DateTime.UtcNow - folder.LastWriteTimeUtc > age)
            {
                RemoveFolder(folder.FullName);
                removed++;
            }
        }

        return removed;
    }

    private async Task<(FailureReason Reason, string Message)?> ReadPdfPagesAsync(string file, byte[] content, IReadOnlyList<int> imagePages, string[] pages, CancellationToken cancellationToken)
    {
        var sizes = PageSizes(content, imagePages);
        foreach (var number in imagePages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stem = Path.Combine(Path.GetDirectoryName(file)!, "page");
            var picture = stem + ".pgm";
            var rendered = await tesseract.RenderPageAsync(file, number, DpiFor(sizes[number]), stem, settings.PageTimeout, cancellationToken);
            if (!rendered.Succeeded || !File.Exists(picture))
            {
                return Failed(rendered, "pdftoppm", $"page {number} of the PDF could not be rendered for OCR");
            }

            var read = await tesseract.ReadAsync(picture, Path.GetDirectoryName(file)!, Max(settings.PageTimeout - rendered.Elapsed, TimeSpan.FromSeconds(1)), MaxOutputBytesPerPage, cancellationToken);
            File.Delete(picture);
            if (!read.Succeeded)
            {
                return Failed(read, "tesseract", $"page {number} could not be read by OCR");
            }

            pages[number - 1] = TextNormalizer.Normalize(read.StandardOutput);
        }

        return null;
    }

    private async Task<(FailureReason Reason, string Message)?> ReadImagePagesAsync(string file, string[] pages, CancellationToken cancellationToken)
    {
        var read = await tesseract.ReadAsync(file, Path.GetDirectoryName(file)!, settings.PageTimeout * pages.Length, MaxOutputBytesPerPage * pages.Length, cancellationToken);
        if (!read.Succeeded)
        {
            return Failed(read, "tesseract", "the image could not be read by OCR");
        }

        // Tesseract ends every page of its text with a form feed.
        var texts = read.StandardOutput.Split('\f');
        for (var i = 0; i < pages.Length; i++)
        {
            pages[i] = i < texts.Length ? TextNormalizer.Normalize(texts[i]) : string.Empty;
        }

        return null;
    }

    /// <summary>The resolution a page is rendered at: the chosen one, lowered for a page so large it would pass the pixel limit.</summary>
    private int DpiFor((double Width, double Height) points)
    {
        var squareInches = points.Width / 72 * (points.Height / 72);
        var largest = squareInches <= 0 ? settings.Resolution : (int)Math.Sqrt(ImageTextExtractor.MaxPagePixels / squareInches);
        return Math.Clamp(largest, 1, settings.Resolution);
    }

    private static Dictionary<int, (double Width, double Height)> PageSizes(byte[] content, IReadOnlyList<int> numbers)
    {
        using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true });
        return numbers.ToDictionary(number => number, number =>
        {
            var page = document.GetPage(number);
            return (page.Width, page.Height);
        });
    }

    private static (FailureReason Reason, string Message) Failed(ProgramResult result, string program, string what) =>
        result.End == ProgramEnd.TimedOut
            ? (FailureReason.TimedOut, string.Create(CultureInfo.InvariantCulture, $"{what}: {result.Describe(program)} (Archive:OcrPageTimeout)"))
            : (FailureReason.Corrupt, $"{what}: {result.Describe(program)}");

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static void RemoveFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Removed with the other leftovers at the next start.
        }
    }
}

/// <summary>How OCR reads pages (from <see cref="IngestionOptions"/>).</summary>
/// <param name="Resolution">Dots per inch PDF pages are rendered at.</param>
/// <param name="PageTimeout">Longest time for rendering and reading one page.</param>
internal sealed record OcrSettings(int Resolution, TimeSpan PageTimeout);
