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

    public void Dispose() => _archive.Dispose();
}
