using System.Text.RegularExpressions;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Outcomes;
using Archive.Lucene;

namespace Archive.Ingestion.Tests.Ocr;

/// <summary>
/// Scans made from pages of the bundled PDFs (rendered by pdftoppm, wrapped as an image-only page of a PDF, a
/// multi-page TIFF or a PNG), read by Tesseract beside ingestion and found through the real index on their pages.
/// Few and small: OCR takes seconds a page.
/// </summary>
public sealed partial class OcrIngestionTests : IDisposable
{
    // Low enough to keep the tests quick; the clean pages are read as well at 150 dpi as at 300 (docs/benchmarks.md).
    private const int Dpi = 150;

    private const string Pejlemaerker = "slagelse/politiske-pejlemaerker-2019.pdf";
    private const string Budgetter = "raadet-for-socialt-udsatte/kommunernes-budgetter-udsatteomraadet-2014.pdf";

    private readonly ArchiveHarness _archive = new();

    [TesseractFact]
    public async Task IngestOnce_MixedPdfAndMultiPageTiff_AreFoundOnTheirPagesAsReadByOcr()
    {
        _archive.WriteBytes("slagelse/pejlemaerker-scannet.pdf", ScannedPdf.Mixed([(null, "Forside fra Slagelse Kommune om hjemloeshed"), (Page(Pejlemaerker, 2), null)]));
        _archive.WriteBytes("fax/budgetter.tif", GreyImage.ToTiff([Page(Budgetter, 1), Page(Budgetter, 2)]));
        _archive.Open(options => options.OcrResolution = Dpi);

        var run = await _archive.Ingestion!.IngestOnceAsync(null, null, TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(0, run.OcrWaiting);
        Assert.Equal(2, run.OcrOutcomes.Count(outcome => outcome.Status == FileStatus.Indexed));
        Assert.Empty(_archive.Ingestion.Failures());
        var mixed = Assert.Single(_archive.Search(UniqueWord(Pejlemaerker, 2)));
        Assert.Equal("pejlemaerker-scannet.pdf", mixed.FileName);
        Assert.Equal([2], ArchiveHarness.PagesMentioning(mixed, UniqueWord(Pejlemaerker, 2)));
        Assert.Equal([1], ArchiveHarness.PagesMentioning(mixed, "forside"));
        var tiff = Assert.Single(_archive.Search(UniqueWord(Budgetter, 2)));
        Assert.Equal("budgetter.tif", tiff.FileName);
        Assert.Equal([2], ArchiveHarness.PagesMentioning(tiff, UniqueWord(Budgetter, 2)));
        Assert.Equal([1], ArchiveHarness.PagesMentioning(tiff, UniqueWord(Budgetter, 1)));
        Assert.Equal("image/tiff", tiff.ContentType);
        Assert.All([mixed, tiff], document =>
        {
            Assert.Equal(TextSources.Ocr, document.Metadata.ValueOf(MetadataFields.TextSource));
            Assert.Equal("ocr:tesseract", document.Metadata.Provenance["textSource"]);
        });
        Assert.Equal(2, _archive.Search("textSource:ocr").Count);
    }

    [TesseractFact]
    public async Task Ingest_WithoutOcrInstalled_FailsAsNeedsOcr_AndIsReadUntouchedOnceItIs()
    {
        var path = _archive.WriteBytes("holbaek/referat.pdf", ScannedPdf.Of(Page(Pejlemaerker, 4)));
        var written = File.GetLastWriteTimeUtc(path);
        using var noTools = new TempDirectory();
        _archive.Open(options => options.ToolSearchPath = noTools.Path);

        await _archive.Ingestion!.IngestOnceAsync(null, null, TimeSpan.FromSeconds(5), CancellationToken.None);

        var failure = Assert.Single(_archive.Ingestion.Failures());
        Assert.Equal(FailureReason.NeedsOcr, failure.Reason);
        Assert.Equal("needs-ocr", failure.ReasonName);
        Assert.Contains("tesseract-ocr-dan", failure.Message, StringComparison.Ordinal);
        Assert.Empty(_archive.Documents());

        _archive.Open(options => options.OcrResolution = Dpi);
        var run = await _archive.Ingestion!.IngestOnceAsync(null, null, TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Equal(1, run.Scan.Queued);
        Assert.Empty(_archive.Ingestion.Failures());
        var document = Assert.Single(_archive.Search(UniqueWord(Pejlemaerker, 4)));
        Assert.Equal("referat.pdf", document.FileName);
    }

    [TesseractFact]
    public async Task Restart_WithAScanWaitingForOcr_ReadsItOnceAfterwards()
    {
        _archive.WriteBytes("odense/brev.png", Page(Pejlemaerker, 4).ToPng());
        _archive.Open(options => options.OcrResolution = Dpi);

        // Ingestion alone, committed, then the process goes away before OCR runs: the queue lives in the index.
        await _archive.SyncAsync();
        _archive.Close();
        var waiting = Assert.Single(_archive.Search("textSource:ocr-pending"));
        Assert.All(waiting.Pages, page => Assert.Empty(page));

        _archive.Open(options => options.OcrResolution = Dpi);
        Assert.Equal(1, _archive.Ingestion!.OcrWaiting);
        var run = await _archive.Ingestion.IngestOnceAsync(null, null, TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.Equal(0, run.OcrWaiting);
        var document = Assert.Single(_archive.Documents());
        Assert.Equal(TextSources.Ocr, document.Metadata.ValueOf(MetadataFields.TextSource));
        Assert.Equal([1], ArchiveHarness.PagesMentioning(document, UniqueWord(Pejlemaerker, 4)));
        Assert.Empty(_archive.Search("textSource:ocr-pending"));
    }

    [TesseractFact]
    public async Task Watching_AScanDroppedIn_IsReadByTheOcrWorkerAndFoundByItsWords()
    {
        _archive.Open(options =>
        {
            options.OcrResolution = Dpi;
            options.RescanInterval = TimeSpan.FromMinutes(10);
        });
        var ingestion = _archive.Ingestion!;
        _archive.WriteBytes("aarhus/indscannet-brev.png", Page(Pejlemaerker, 4).ToPng());
        await ingestion.StartAsync(CancellationToken.None);
        try
        {
            await ingestion.InitialScanCompleted.WaitAsync(TimeSpan.FromMinutes(1));

            Assert.True(
                await Eventually.WaitUntilAsync(() => Task.FromResult(_archive.Search(UniqueWord(Pejlemaerker, 4)).Count == 1), TimeSpan.FromMinutes(2)),
                "the watching worker and the OCR worker did not make the scan searchable");
            Assert.Equal(0, ingestion.OcrWaiting);
        }
        finally
        {
            await ingestion.StopAsync(CancellationToken.None);
        }
    }

    public void Dispose() => _archive.Dispose();

    private static GreyImage Page(string bundledPdf, int page) => GreyImage.Render(TestData.BundledCorpusFile(bundledPdf), page, Dpi);

    /// <summary>The longest plain word of a page of the bundled PDF (its own text layer) that no other page of it holds.</summary>
    private static string UniqueWord(string bundledPdf, int page)
    {
        var pages = new PdfTextExtractor().Extract(File.ReadAllBytes(TestData.BundledCorpusFile(bundledPdf)), CancellationToken.None).Pages;
        var others = string.Join("\n", pages.Where((_, index) => index != page - 1)).ToLowerInvariant();
        return PlainWord().Matches(pages[page - 1].ToLowerInvariant())
            .Select(match => match.Value)
            .Where(word => !others.Contains(word, StringComparison.Ordinal))
            .OrderByDescending(word => word.Length)
            .ThenBy(word => word, StringComparer.Ordinal)
            .First();
    }

    [GeneratedRegex(@"(?<![\w-])[a-zæøå]{8,}(?![\w-])")]
    private static partial Regex PlainWord();
}
