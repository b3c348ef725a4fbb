using Archive.Ingestion.Extraction;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Extraction;

public sealed class OdtTextExtractorTests
{
    private static readonly OdtTextExtractor Extractor = new();

    [Fact]
    public void Extract_HeadingsParagraphsAndTable_AreLinesWithTabSeparatedCells()
    {
        var content = OdtPackage.WithBody(
            "<text:h text:outline-level=\"1\">Referat af <text:span>byrådsmøde</text:span></text:h>"
            + OdtPackage.Paragraph("Mødet blev afholdt på rådhuset i Ærøskøbing.<text:s text:c=\"3\"/>Alle var mødt.")
            + "<table:table table:name=\"Beslutninger\"><table:table-column table:number-columns-repeated=\"3\"/>"
            + "<table:table-header-rows><table:table-row><table:table-cell><text:p>Punkt</text:p></table:table-cell><table:table-cell><text:p>Beslutning</text:p></table:table-cell><table:table-cell><text:p>Beløb</text:p></table:table-cell></table:table-row></table:table-header-rows>"
            + "<table:table-row><table:table-cell><text:p>Ældrepleje</text:p><text:p>på Søndergård</text:p></table:table-cell><table:table-cell><text:p>Udsat</text:p></table:table-cell><table:table-cell office:value-type=\"float\" office:value=\"375500\"><text:p>375.500 kr.</text:p></table:table-cell></table:table-row>"
            + "</table:table>"
            + "<text:list><text:list-item>" + OdtPackage.Paragraph("Næste møde<text:tab/>14. marts") + "</text:list-item></text:list>",
            title: "Referat af byrådsmøde i Ærøskøbing");

        var result = Extractor.Extract(content, CancellationToken.None);

        Assert.Equal("Referat af byrådsmøde i Ærøskøbing", result.EmbeddedTitle);
        Assert.Equal(
            [
                "Referat af byrådsmøde",
                "Mødet blev afholdt på rådhuset i Ærøskøbing. Alle var mødt.",
                "Punkt\tBeslutning\tBeløb",
                "Ældrepleje på Søndergård\tUdsat\t375.500 kr.",
                "Næste møde\t14. marts",
            ],
            Assert.Single(result.Pages).Split('\n'));
    }

    [Fact]
    public void Extract_SoftPageBreaks_StartPagesAndNotesGoAtTheEnd()
    {
        var content = OdtPackage.WithBody(
            OdtPackage.Paragraph("Side et om herberger.")
            + "<text:soft-page-break/>"
            + OdtPackage.Paragraph("Side to om bostøtte<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body><text:p>Jf. serviceloven § 107.</text:p></text:note-body></text:note> og værested.")
            + OdtPackage.Paragraph("Fortsat på side <text:soft-page-break/>tre."));

        var result = Extractor.Extract(content, CancellationToken.None);

        Assert.Equal(["Side et om herberger.", "Side to om bostøtte og værested.\nFortsat på side", "tre.\nJf. serviceloven § 107."], result.Pages);
    }

    [Fact]
    public void Extract_CommentsTrackedDeletionsHiddenTextAndStyles_AreLeftOut()
    {
        var contentXml =
            $"<office:document-content {OdtPackage.Namespaces}>"
            + "<office:automatic-styles><number:number-style style:name=\"N1\"><number:text>stilkr.</number:text></number:number-style></office:automatic-styles>"
            + "<office:body><office:text>"
            + "<text:tracked-changes><text:changed-region><text:deletion><text:p>slettetord</text:p></text:deletion></text:changed-region></text:tracked-changes>"
            + OdtPackage.Paragraph("Rådet anbefaler<office:annotation><dc:creator>A</dc:creator><text:p>kommentarord</text:p></office:annotation> forslaget<text:hidden-text text:is-hidden=\"true\" text:string-value=\"skjultord\">skjultord</text:hidden-text>.")
            + "<text:section text:name=\"S\" text:display=\"none\">" + OdtPackage.Paragraph("skjultafsnit") + "</text:section>"
            + "<text:p><draw:frame><draw:text-box><text:p>Tekst i en boks</text:p></draw:text-box><svg:title>billedtitel</svg:title></draw:frame></text:p>"
            + "</office:text></office:body></office:document-content>";

        var page = Assert.Single(Extractor.Extract(OdtPackage.Build(contentXml), CancellationToken.None).Pages);

        Assert.Equal("Rådet anbefaler forslaget.\nTekst i en boks", page);
    }

    [Fact]
    public void Extract_Template_IsRead()
    {
        var content = OdtPackage.WithBody(OdtPackage.Paragraph("Skabelon til høringssvar"), mimetype: "application/vnd.oasis.opendocument.text-template");

        Assert.Equal("Skabelon til høringssvar", Assert.Single(Extractor.Extract(content, CancellationToken.None).Pages));
    }

    [Fact]
    public void Extract_EntriesExpandingBeyondLimit_FailsAsTooLargeBeforeUnpacking()
    {
        var content = OdtPackage.WithBody(OdtPackage.Paragraph(string.Concat(Enumerable.Repeat("bolig ", 10_000))));
        var extractor = new OdtTextExtractor(maxExpandedBytes: 10_000);

        var failure = Assert.Throws<ExtractionFailedException>(() => extractor.Extract(content, CancellationToken.None));

        Assert.Equal(FailureReason.TooLarge, failure.Reason);
        Assert.Contains("OpenDocument file expands to more than 10,000 bytes", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_ZipBombOfText_IsTooLarge()
    {
        // One word repeated: the package stays small, its text does not.
        var paragraph = OdtPackage.Paragraph(string.Concat(Enumerable.Repeat("bolig ", 100_000)));
        var content = OdtPackage.WithBody(string.Concat(Enumerable.Repeat(paragraph, 40)));
        var extraction = new TextExtraction([Extractor], ExtractionLimits.Default);

        var outcome = await extraction.ExtractAsync(content, "bombe.odt", CancellationToken.None);

        Assert.True(content.Length < 5 * 1024 * 1024, $"the package is {content.Length} bytes");
        Assert.Equal(FailureReason.TooLarge, outcome.FailureReason);
        Assert.Contains("20,000,000 characters", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DocumentTypeDeclaration_IsRefusedAsCorrupt()
    {
        var contentXml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + $"<office:document-content {OdtPackage.Namespaces}><office:body><office:text><text:p>&e;</text:p></office:text></office:body></office:document-content>";

        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(OdtPackage.Build(contentXml), CancellationToken.None));

        Assert.Equal(FailureReason.Corrupt, failure.Reason);
    }

    [Fact]
    public void Extract_EncryptedEntries_AreEncrypted()
    {
        var manifest = "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"><manifest:encryption-data manifest:checksum=\"x\"/></manifest:file-entry></manifest:manifest>";
        var content = OdtPackage.Build("binary", entries: ("META-INF/manifest.xml", manifest));

        Assert.Equal(FailureReason.Encrypted, Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(content, CancellationToken.None)).Reason);
    }

    [Fact]
    public void Extract_TruncatedPackage_IsCorrupt()
    {
        var content = OdtPackage.WithBody(OdtPackage.Paragraph("Referat"));

        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(content[..(content.Length / 2)], CancellationToken.None));

        Assert.Equal(FailureReason.Corrupt, failure.Reason);
    }

    [Fact]
    public void Extract_DeeplyNestedSections_DoNotExhaustTheStack()
    {
        var body = string.Concat(Enumerable.Repeat("<text:section>", 100_000)) + OdtPackage.Paragraph("Dybt inde") + string.Concat(Enumerable.Repeat("</text:section>", 100_000));

        Assert.Equal("Dybt inde", Assert.Single(Extractor.Extract(OdtPackage.WithBody(body), CancellationToken.None).Pages));
    }

    [SharedFact]
    public void Extract_RealFile_ReadsBodyNotesAndTitleWithoutComments()
    {
        var content = File.ReadAllBytes(TestData.RequireShared("testfiles", "other", "testODFwithOOo3.odt"));

        var result = Extractor.Extract(content, CancellationToken.None);
        var text = string.Join("\n", result.Pages);

        Assert.Equal("Apache Tika", result.EmbeddedTitle);
        Assert.StartsWith("Apache Tika Test Document\nThis is a rather difficult test document, with interesting features.", text, StringComparison.Ordinal);
        Assert.Contains("This is of course a simple footnote", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tika is part of the Lucene project.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("complex", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_OpenDocumentSpreadsheet_IsLeftToTheConverter()
    {
        var content = OdtPackage.WithBody(string.Empty, mimetype: "application/vnd.oasis.opendocument.spreadsheet");

        var detection = FormatDetector.Detect(content, "budget.ods");

        Assert.Equal(FileFormat.OpenDocumentSpreadsheet, detection.Format);
    }
}
