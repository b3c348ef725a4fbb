using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Indexing;

/// <summary>Each format the archive reads, dropped into a real inbox, ingested and found by a search on its own words.</summary>
public sealed class FormatIngestionTests : IDisposable
{
    private readonly ArchiveHarness _archive = new();

    [Fact]
    public async Task Ingest_OpenDocumentText_IsFoundWithItsPagesAndTitle()
    {
        _archive.WriteBytes("aeroe/referat.odt", OdtPackage.WithBody(
            OdtPackage.Paragraph("Byrådet drøftede værestedet på Søndergård.") + "<text:soft-page-break/>" + OdtPackage.Paragraph("Næste punkt: gadeplansarbejde."),
            title: "Referat af byrådsmøde i Ærøskøbing"));

        await _archive.SyncAsync();

        var document = Assert.Single(_archive.Search("gadeplansarbejde"));
        Assert.Equal("Referat af byrådsmøde i Ærøskøbing", document.Metadata.Title);
        Assert.Equal([2], ArchiveHarness.PagesMentioning(document, "gadeplansarbejde"));
        Assert.Equal("application/vnd.oasis.opendocument.text", document.ContentType);
    }

    [Fact]
    public async Task Ingest_ExcelWorkbook_IsFoundOnItsSheetsPageWithItsTitle()
    {
        _archive.WriteBytes("holbaek/budget.xlsx", XlsxBuilder.Create()
            .SharedStrings("Tilbud", "Beløb", "Værestedet på Søndergård", "Gadeplansarbejde")
            .Sheet("Oversigt", XlsxBuilder.Row(1, XlsxBuilder.Shared("A1", 0), XlsxBuilder.Shared("B1", 1)) + XlsxBuilder.Row(2, XlsxBuilder.Shared("A2", 2), XlsxBuilder.Number("B2", "375500")))
            .Sheet("Gammel", XlsxBuilder.Row(1, XlsxBuilder.Inline("A1", "Natcafé")), state: "hidden")
            .Sheet("Udvidelser", XlsxBuilder.Row(1, XlsxBuilder.Shared("A1", 3), XlsxBuilder.Formula("B1", "B2*2", "120000")))
            .Title("Udsatterådets budgetønsker 2024")
            .Build());

        await _archive.SyncAsync();

        var document = Assert.Single(_archive.Search("gadeplansarbejde"));
        Assert.Equal("Udsatterådets budgetønsker 2024", document.Metadata.Title);
        Assert.Equal([2], ArchiveHarness.PagesMentioning(document, "gadeplansarbejde"));
        Assert.Equal([1], ArchiveHarness.PagesMentioning(document, "værestedet"));
        Assert.Empty(_archive.Search("natcafé"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", document.ContentType);
    }

    [Fact]
    public async Task Ingest_PowerPointPresentation_IsFoundOnItsSlidesPageWithItsNotes()
    {
        _archive.WriteBytes("slagelse/oplaeg.pptx", PptxBuilder.Create()
            .Slide(PptxBuilder.Shape("Oplæg om hjemløshed i Slagelse", "ctrTitle") + PptxBuilder.Shape("Udsatterådet, 12. oktober 2017", "subTitle", id: 3))
            .Slide(PptxBuilder.Shape("Reservedias om natcafé"), hidden: true)
            .Slide(PptxBuilder.Shape("Værestedet", "title") + PptxBuilder.Shape("Åbent alle hverdage", "body", id: 3), notes: "Fortæl om gadeplansarbejde")
            .Build());

        await _archive.SyncAsync();

        var document = Assert.Single(_archive.Search("gadeplansarbejde"));
        Assert.Equal("Oplæg om hjemløshed i Slagelse", document.Metadata.Title);
        Assert.Equal(3, document.Pages.Count);
        Assert.Equal([3], ArchiveHarness.PagesMentioning(document, "gadeplansarbejde"));
        Assert.Equal([1], ArchiveHarness.PagesMentioning(document, "hjemløshed"));
        Assert.Empty(_archive.Search("natcafé"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.presentationml.presentation", document.ContentType);
    }

    [Fact]
    public async Task Ingest_WebPages_InWindows1252AndUtf8_AreFoundByTheirDanishWordsWithoutTheirNavigation()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var windows1252 = System.Text.Encoding.GetEncoding(1252);
        _archive.WriteBytes("aarhus/referat.htm", windows1252.GetBytes(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Referat fra Ældrerådet</title></head>"
            + "<body><nav>Menupunkt Forsidenyheder</nav><main><h1>Referat</h1><p>Rådet drøftede plejehjemmet Søndergården og ældreplejen.</p></main></body></html>"));
        _archive.Write("aarhus/dagsorden.html",
            "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"></head>"
            + "<body><header>Aarhus Kommune Forsidenyheder</header><article><h1>Dagsorden for Udsatterådet</h1><p>Punkt 3: Værestedet på Østergade.</p></article></body></html>");
        // A saved page under a text file's name is still read as a page.
        _archive.Write("aarhus/gemt.txt", "<p>Høringssvar om gadeplansarbejde i Aarhus.</p><script>sporingskode()</script>");

        await _archive.SyncAsync();

        var referat = Assert.Single(_archive.Search("søndergården"));
        Assert.Equal("Referat fra Ældrerådet", referat.Metadata.Title);
        Assert.Equal([1], ArchiveHarness.PagesMentioning(referat, "ældreplejen"));
        Assert.Equal("text/html", referat.ContentType);

        var dagsorden = Assert.Single(_archive.Search("østergade"));
        Assert.Equal("Dagsorden for Udsatterådet", dagsorden.Metadata.Title);

        Assert.Single(_archive.Search("gadeplansarbejde"));
        Assert.Empty(_archive.Search("sporingskode"));
        Assert.Empty(_archive.Search("forsidenyheder"));
    }

    [SharedFact]
    public async Task Ingest_BrokenNewFormats_AreListedWithTheirReasonsAndTheRestIsIndexed()
    {
        var workbook = XlsxBuilder.Create().Sheet("Ark1", XlsxBuilder.Row(1, XlsxBuilder.Inline("A1", string.Concat(Enumerable.Repeat("Referat ", 200))))).Build();
        _archive.WriteBytes("fejl/afskaaret.xlsx", workbook[..(workbook.Length / 2)]);
        _archive.WriteBytes("fejl/bombe.pptx", PptxBuilder.Create().Slide(string.Concat(Enumerable.Repeat(PptxBuilder.Shape(string.Concat(Enumerable.Repeat("bolig ", 100_000))), 40))).Build());
        _archive.WriteBytes("fejl/kodeord.pptx", File.ReadAllBytes(TestData.RequireShared("testfiles", "docx", "bug53475-password-is-solrcell.docx")));
        _archive.WriteBytes("fejl/tom.xlsx", XlsxBuilder.Create().Sheet("Ark1", string.Empty).Build());
        _archive.Write("fejl/side.html", "<html><body><p>Værestedet holder åbent.</p></body></html>");

        await _archive.SyncAsync();

        var failures = _archive.Synchronizer!.Ingestor.Failures.All().ToDictionary(failure => failure.Path, failure => failure.Reason);
        Assert.Equal(
            new Dictionary<string, FailureReason>
            {
                ["fejl/afskaaret.xlsx"] = FailureReason.Corrupt,
                ["fejl/bombe.pptx"] = FailureReason.TooLarge,
                ["fejl/kodeord.pptx"] = FailureReason.Encrypted,
                ["fejl/tom.xlsx"] = FailureReason.Empty,
            },
            failures);
        Assert.Single(_archive.Search("værestedet"));
    }

    public void Dispose() => _archive.Dispose();
}
