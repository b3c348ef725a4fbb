using System.Buffers.Binary;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Ocr;

/// <summary>How scans are told apart and bounded before OCR runs (no OCR program needed).</summary>
public sealed class ScanExtractionTests
{
    private static readonly TextExtraction WithoutOcr = new([new PdfTextExtractor(), new ImageTextExtractor()], ExtractionLimits.Default);

    [Fact]
    public async Task ExtractAsync_ImageOnlyPdfWithoutOcr_NeedsOcrNamingWhatToInstall()
    {
        var outcome = await WithoutOcr.ExtractAsync(ScannedPdf.Of(Speckled(200, 100)), "scan.pdf", CancellationToken.None);

        Assert.Equal(FailureReason.NeedsOcr, outcome.FailureReason);
        Assert.Contains("tesseract-ocr-dan", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_PdfMixingTextAndScans_KeepsTheTextAndLeavesTheScannedPagesForOcr()
    {
        var outcome = await WithoutOcr.ExtractAsync(ScannedPdf.Mixed([(null, "Referat af modet i Udsatteraadet"), (Speckled(200, 100), null), (null, "Bilag om vaerestedet")]), "referat.pdf", CancellationToken.None);

        var text = Assert.IsType<ExtractedText>(outcome.Text);
        Assert.Equal([2], text.ImagePages);
        Assert.Contains("Udsatteraadet", text.Pages[0], StringComparison.Ordinal);
        Assert.Equal(string.Empty, text.Pages[1]);
        Assert.Contains("vaerestedet", text.Pages[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_MultiPageTiff_HasOnePageWaitingForOcrPerPicture()
    {
        var tiff = GreyImage.ToTiff([Speckled(40, 30), Speckled(40, 30), Speckled(40, 30)]);

        var text = (await new TextExtraction([new ImageTextExtractor()], ExtractionLimits.Default, ocr: null).ExtractAsync(tiff, "fax.tif", CancellationToken.None)).Text;

        // Without OCR a picture alone is a failure; the detector and the page count come first.
        Assert.Null(text);
        Assert.Equal([1, 2, 3], new ImageTextExtractor().Extract(tiff, CancellationToken.None).ImagePages);
    }

    [Fact]
    public async Task ExtractAsync_HugePicture_IsTooLargeFromItsHeaderAlone()
    {
        // A PNG that claims 30,000 × 30,000 pixels: 900 megapixels, refused before any pixel is read.
        var png = new byte[33];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(png, 0);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 30_000);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 30_000);

        var outcome = await WithoutOcr.ExtractAsync(png, "plakat.png", CancellationToken.None);

        Assert.Equal(FailureReason.TooLarge, outcome.FailureReason);
        Assert.Contains("30,000 × 30,000", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractAsync_ScanWithMorePagesThanOcrReads_IsTooLarge()
    {
        var extraction = new TextExtraction([new ImageTextExtractor()], ExtractionLimits.Default, ocr: null, ocrMaxPages: 2);

        var outcome = await extraction.ExtractAsync(GreyImage.ToTiff([Speckled(8, 8), Speckled(8, 8), Speckled(8, 8)]), "fax.tif", CancellationToken.None);

        Assert.Equal(FailureReason.TooLarge, outcome.FailureReason);
        Assert.Contains("Archive:OcrMaxPages", outcome.Message, StringComparison.Ordinal);
    }

    /// <summary>A white picture with a grey pattern: something to draw, nothing to read.</summary>
    private static GreyImage Speckled(int width, int height) =>
        new(width, height, [.. Enumerable.Range(0, width * height).Select(i => (byte)(i % 7 == 0 ? 96 : 255))]);
}
