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

    public void Dispose() => _archive.Dispose();
}
