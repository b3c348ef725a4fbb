using Archive.Ingestion.Outcomes;
using Archive.Lucene;

namespace Archive.Ingestion.Tests.Indexing;

/// <summary>
/// E-mail messages dropped into a real inbox: the message and each attachment it carries become documents of their
/// own, linked to each other, found by search on their pages, and replaced or removed together with the message file.
/// </summary>
public sealed class EmailIngestionTests : IDisposable
{
    private const string PdfSeed = "raadet-for-socialt-udsatte/kommunernes-budgetter-udsatteomraadet-2014.pdf";
    private const string DocxSeed = "koebenhavn/pilotprojekt-udsatte-kontanthjaelpsmodtagere-2012.docx";

    private readonly ArchiveHarness _archive = new();

    [Fact]
    public async Task Ingest_MessageWithPdfAndDocxAttached_GivesTheMessageAndOneDocumentPerAttachment()
    {
        _archive.WriteBytes("post/svar.eml", MessageWithSeeds());

        var outcomes = await _archive.SyncAsync();

        var message = Assert.Single(_archive.Search("gadeplansarbejde"));
        Assert.Equal("Høringssvar om værestedet", message.Metadata.Title);
        Assert.Equal("2017-10-12", message.Metadata.Date?.PreciseIso);
        Assert.Equal("Udsatterådet <udsatteraadet@slagelse.dk>", message.Metadata.Sender);
        Assert.Equal("Socialudvalget <socialudvalget@kk.dk>", message.Metadata.Recipient);
        Assert.Equal("Slagelse Kommune", message.Metadata.Municipality);
        Assert.All(
            [MetadataFields.Title, MetadataFields.Date, MetadataFields.Sender, MetadataFields.Recipient, MetadataFields.Municipality],
            field => Assert.Equal("email:header", message.Metadata.Provenance[field.Name]));
        Assert.Equal("message/rfc822", message.ContentType);
        Assert.Null(message.PartOf);
        Assert.EndsWith("Vedhæftede filer: budgetter.pdf, pilotprojekt.docx, bilag.txt, logo.png", message.Pages[^1], StringComparison.Ordinal);

        var pdf = Assert.Single(_archive.Search("erfaringsrunde"));
        Assert.Equal([2], ArchiveHarness.PagesMentioning(pdf, "erfaringsrunde"));
        Assert.Equal(("budgetter.pdf", "application/pdf", message.Id, "1"), (pdf.FileName, pdf.ContentType, pdf.PartOf, pdf.Attachment));
        Assert.Equal(message.Files, pdf.Files);

        var docx = Assert.Single(_archive.Search("fællesborgere"));
        Assert.Equal(("pilotprojekt.docx", message.Id, "2"), (docx.FileName, docx.PartOf, docx.Attachment));
        Assert.Equal("2012-01-12", docx.Metadata.Date?.PreciseIso);
        Assert.Equal("text:case-number", docx.Metadata.Provenance[MetadataFields.CaseNumber.Name]);

        // A note without a date or a place of its own was sent when and from where its message was.
        var note = Assert.Single(_archive.Search("natcaféens"));
        Assert.Equal("2017-10-12", note.Metadata.Date?.PreciseIso);
        Assert.Equal("Slagelse Kommune", note.Metadata.Municipality);
        Assert.Equal("email:message", note.Metadata.Provenance[MetadataFields.Date.Name]);
        Assert.Equal("email:message", note.Metadata.Provenance[MetadataFields.Municipality.Name]);

        Assert.Equal(4, _archive.Documents().Count);
        Assert.Equal(4, _archive.Documents().Select(document => document.Id).Distinct().Count());
        var indexed = Assert.Single(outcomes, outcome => outcome.Path == "post/svar.eml");
        Assert.Equal(FileStatus.Indexed, indexed.Status);
        Assert.Contains("logo.png: corrupt", indexed.Message, StringComparison.Ordinal);
        Assert.Empty(_archive.Synchronizer!.Ingestor.Failures.All());
    }

    [Fact]
    public async Task Ingest_MessageDeleted_RemovesEveryDocumentItGave()
    {
        _archive.WriteBytes("post/svar.eml", MessageWithSeeds());
        await _archive.SyncAsync();
        Assert.Equal(4, _archive.Documents().Count);

        File.Delete(_archive.FullPath("post/svar.eml"));
        var outcomes = await _archive.SyncAsync();

        Assert.Empty(_archive.Documents());
        Assert.Equal(new FileOutcome("post/svar.eml", FileStatus.Removed), Assert.Single(outcomes));
    }

    [Fact]
    public async Task Ingest_MessageChanged_ReplacesItsAttachmentsOnce()
    {
        _archive.WriteBytes("post/svar.eml", MessageWithSeeds());
        await _archive.SyncAsync();

        _archive.WriteBytes("post/svar.eml", EmailBuilder.Create()
            .Subject("Høringssvar om værestedet, rettet")
            .Text("Rettet høringssvar om gadeplansarbejde.")
            .Attach("budgetter.pdf", File.ReadAllBytes(TestData.BundledCorpusFile(PdfSeed)))
            .Build());
        await _archive.SyncAsync();

        var documents = _archive.Documents();
        Assert.Equal(2, documents.Count);
        Assert.Single(_archive.Search("erfaringsrunde"));
        Assert.Empty(_archive.Search("fællesborgere"));
        Assert.Equal("Høringssvar om værestedet, rettet", Assert.Single(_archive.Search("gadeplansarbejde")).Metadata.Title);
    }

    [Fact]
    public async Task Ingest_AfterRestart_TheCatalogKnowsTheMessageAndReadsNothingAgain()
    {
        var message = MessageWithSeeds();
        _archive.WriteBytes("post/svar.eml", message);
        _archive.WriteBytes("post/kopi.eml", message);
        await _archive.SyncAsync();
        Assert.Equal(4, _archive.Documents().Count);

        _archive.Close();
        _archive.Open();
        var outcomes = await _archive.SyncAsync();

        Assert.Empty(outcomes);
        Assert.Equal(2, _archive.Synchronizer!.Ingestor.IndexedFileCount);
        Assert.Equal(4, _archive.Documents().Count);
        Assert.All(_archive.Documents(), document => Assert.Equal(["post/kopi.eml", "post/svar.eml"], document.Files.Select(file => file.Path)));
    }

    [Fact]
    public async Task Ingest_MessageForwardedAsAttachment_LinksEachAttachmentToItsOwnMessage()
    {
        var original = EmailBuilder.Create()
            .From("Bent Jensen <bent.jensen@holbaek.dk>")
            .Subject("Referat fra Udsatterådet")
            .Date(new DateTimeOffset(2016, 3, 1, 9, 0, 0, TimeSpan.Zero))
            .Text("Referatet af mødet om herberget er vedhæftet.")
            .Attach("referat.txt", "Rådet drøftede natvarmestuen."u8.ToArray())
            .Build();
        _archive.WriteBytes("post/videresendt.eml", EmailBuilder.Create()
            .Subject("VS: Referat fra Udsatterådet")
            .Text("Til orientering om gadeplansarbejde.")
            .AttachMessage(original)
            .Build());

        await _archive.SyncAsync();

        var outer = Assert.Single(_archive.Search("gadeplansarbejde"));
        Assert.Equal("Referat fra Udsatterådet", outer.Metadata.Title);
        var inner = Assert.Single(_archive.Search("herberget"));
        Assert.Equal((outer.Id, "1", "message/rfc822"), (inner.PartOf, inner.Attachment, inner.ContentType));
        Assert.Equal("2016-03-01", inner.Metadata.Date?.PreciseIso);
        Assert.Equal("Holbæk Kommune", inner.Metadata.Municipality);
        var minutes = Assert.Single(_archive.Search("natvarmestuen"));
        Assert.Equal((inner.Id, "1/1"), (minutes.PartOf, minutes.Attachment));
        Assert.Equal("Holbæk Kommune", minutes.Metadata.Municipality);
    }

    [Fact]
    public async Task Ingest_HtmlOnlyMessage_IsReadThroughTheHtmlReader()
    {
        _archive.WriteBytes("post/nyhedsbrev.eml", EmailBuilder.Create()
            .Html("<html><head><style>p { color: red }</style></head><body><p>Værestedet får nye <b>åbningstider</b>.</p><script>sporingskode()</script></body></html>")
            .Build());

        await _archive.SyncAsync();

        var message = Assert.Single(_archive.Search("åbningstider"));
        Assert.Contains("Værestedet får nye åbningstider.", message.Pages[0], StringComparison.Ordinal);
        Assert.Empty(_archive.Search("sporingskode"));
    }

    /// <summary>A reply from Slagelse's council with the bundled PDF and Word seeds, a dateless note and a logo attached.</summary>
    private static byte[] MessageWithSeeds() => EmailBuilder.Create()
        .Subject("SV: Høringssvar om værestedet")
        .Text("Kære udvalg\n\nHermed vores høringssvar om gadeplansarbejde.\n\nMed venlig hilsen\nUdsatterådet")
        .Attach("budgetter.pdf", File.ReadAllBytes(TestData.BundledCorpusFile(PdfSeed)))
        .Attach("pilotprojekt.docx", File.ReadAllBytes(TestData.BundledCorpusFile(DocxSeed)))
        .Attach("bilag.txt", "Oversigt over natcaféens åbningstider i vinterhalvåret."u8.ToArray())
        .Attach("logo.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0])
        .Build();

    public void Dispose() => _archive.Dispose();
}
