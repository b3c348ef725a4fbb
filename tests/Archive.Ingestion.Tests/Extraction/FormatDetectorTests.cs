using System.Text;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Extraction;

public sealed class FormatDetectorTests
{
    [Fact]
    public void Detect_PdfHeaderAfterJunk_IsPdf()
    {
        var bytes = Encoding.ASCII.GetBytes("garbage before the header\n%PDF-1.4\n");

        Assert.Equal(FileFormat.Pdf, FormatDetector.Detect(bytes, "whatever.bin").Format);
    }

    [Fact]
    public void Detect_FormatComesFromBytesNotName()
    {
        var text = Encoding.UTF8.GetBytes("Udsatterådet i Aarhus Kommune");

        Assert.Equal(FileFormat.PlainText, FormatDetector.Detect(text, "notes.dat").Format);
        Assert.Equal(FileFormat.Pdf, FormatDetector.Detect(Encoding.ASCII.GetBytes("%PDF-1.7"), "letter.txt").Format);
    }

    [Fact]
    public void Detect_TextNamedPdf_IsCorruptNotAPdf()
    {
        var detection = FormatDetector.Detect(Encoding.ASCII.GetBytes("Licensed under the Apache License"), "file1.pdf");

        Assert.Null(detection.Format);
        Assert.Equal(FailureReason.Corrupt, detection.Reason);
        Assert.Contains("not a PDF", detection.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_EmptyFile_IsEmpty()
    {
        Assert.Equal(FailureReason.Empty, FormatDetector.Detect([], "x.pdf").Reason);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10 }, "scan.dat")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16 }, "fax")]
    [InlineData(new byte[] { (byte)'I', (byte)'I', (byte)'*', 0, 8, 0, 0, 0 }, "brev.tif")]
    [InlineData(new byte[] { (byte)'M', (byte)'M', 0, (byte)'*', 0, 0, 0, 8 }, "brev.tiff")]
    public void Detect_ScannedImages_AreImagesForOcr(byte[] bytes, string name)
    {
        Assert.Equal(FileFormat.Image, FormatDetector.Detect(bytes, name).Format);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a' }, "logo.gif")]
    [InlineData(new byte[] { 0, 1, 2, 3, 0, 0, 0xFF, 0xFE, 0x00, 0x10 }, "blob.bin")]
    public void Detect_OtherFormats_AreUnsupported(byte[] bytes, string name)
    {
        Assert.Equal(FailureReason.UnsupportedFormat, FormatDetector.Detect(bytes, name).Reason);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'{', (byte)'\\', (byte)'r', (byte)'t', (byte)'f', (byte)'1' }, "Rtf")]
    [InlineData(new byte[] { 0xFF, (byte)'W', (byte)'P', (byte)'C', 0x10, 0, 0, 0 }, "WordPerfect")]
    public void Detect_FormatsReadThroughLibreOffice_AreRecognisedByTheirSignature(byte[] bytes, string format)
    {
        Assert.Equal(Enum.Parse<FileFormat>(format), FormatDetector.Detect(bytes, "brev.bin").Format);
    }

    [Theory]
    [InlineData("noter/referat.txt", "ZIP archive")]
    [InlineData("dagsorden med bilag/bilag 1.docx", "ZIP archive; unpack it into the inbox instead")]
    public void Detect_OtherZipPackages_AreUnsupportedAndNamed(string entry, string named)
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
            writer.Write("<indhold/>");
        }

        var detection = FormatDetector.Detect(zip.ToArray(), "bilag.zip");

        Assert.Equal(FailureReason.UnsupportedFormat, detection.Reason);
        Assert.Contains(named, detection.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>Dagsorden</body></html>", "side.txt")]
    [InlineData("\n  <HTML lang=\"da\"><body>Dagsorden</body></HTML>", "side")]
    [InlineData("<!-- gemt fra kommunens hjemmeside --><div>Dagsorden</div>", "side.dat")]
    [InlineData("<p>Dagsorden for mødet</p>", "side.txt")]
    [InlineData("<meta charset=\"utf-8\"><h1>Dagsorden</h1>", "side.txt")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>Dagsorden</body></html>", "side.xml")]
    [InlineData("Dagsorden for mødet, som ingen tags har", "side.html")]
    public void Detect_WebPages_AreHtmlByTheirStartOrTheirName(string page, string name)
    {
        Assert.Equal(FileFormat.Html, FormatDetector.Detect(Encoding.UTF8.GetBytes(page), name).Format);
    }

    [Theory]
    [InlineData("Dagsorden <b>vigtigt</b> for mødet")]
    [InlineData("<Bemærk> mødet er flyttet")]
    [InlineData("<pre-mødet> er aflyst")]
    public void Detect_TextWithTagsLater_IsPlainText(string text)
    {
        Assert.Equal(FileFormat.PlainText, FormatDetector.Detect(Encoding.UTF8.GetBytes(text), "note.txt").Format);
    }

    [Fact]
    public void Detect_Utf16PageWithBom_IsHtml()
    {
        var page = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<html><body>Dagsorden</body></html>")).ToArray();

        Assert.Equal(FileFormat.Html, FormatDetector.Detect(page, "side").Format);
    }

    [Fact]
    public void Detect_UnknownBinary_NamesEveryFormatTheArchiveReads()
    {
        var detection = FormatDetector.Detect([0, 1, 2, 3, 0, 0, 0xFF, 0xFE, 0x00, 0x10], "blob.bin");

        Assert.Equal(
            "unrecognised binary format; the archive reads PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument text (.odt), web pages (.html), e-mail (.eml), text and scans (TIFF, JPEG, PNG), and with LibreOffice legacy Office (.doc, .xls, .ppt), RTF, WordPerfect and OpenDocument spreadsheets and presentations",
            detection.Description);
    }

    [Fact]
    public void Detect_OtherXml_IsUnsupported()
    {
        Assert.Equal(FailureReason.UnsupportedFormat, FormatDetector.Detect(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><referat/>"), "referat.xml").Reason);
    }

    [SharedTheory]
    [InlineData("docx/bug53475-password-is-solrcell.docx", FailureReason.Encrypted)]
    [InlineData("docx/testWORD_protected_passtika.docx", FailureReason.Encrypted)]
    [InlineData("pdf/file1.pdf", FailureReason.Corrupt)]
    [InlineData("pdf/zero-bytes.pdf", FailureReason.Empty)]
    public void Detect_RealFilesThatCannotBeRead_AreRefusedWithReason(string file, FailureReason reason)
    {
        var path = TestData.RequireShared("testfiles", file);

        var detection = FormatDetector.Detect(File.ReadAllBytes(path), path);

        Assert.Null(detection.Format);
        Assert.Equal(reason, detection.Reason);
    }

    [SharedTheory]
    [InlineData("pdf/issue6069.pdf", "Pdf")]
    [InlineData("docx/testWORD.docx", "Docx")]
    [InlineData("docx/testWORD_truncated.docx", "Docx")]
    [InlineData("docx/testWORD_macros.docm", "Docx")]
    [InlineData("other/60316b.dotx", "Docx")]
    [InlineData("other/testODFwithOOo3.odt", "OpenDocumentText")]
    [InlineData("other/testWORD.doc", "LegacyWord")]
    [InlineData("other/testWORD6.doc", "LegacyWord")]
    [InlineData("other/testRTF.rtf", "Rtf")]
    public void Detect_RealSupportedFiles_AreRecognised(string file, string format)
    {
        var path = TestData.RequireShared("testfiles", file);

        Assert.Equal(Enum.Parse<FileFormat>(format), FormatDetector.Detect(File.ReadAllBytes(path), path).Format);
    }

    [SharedFact]
    public void Detect_OfficePackageWithoutWordPart_GoesToTheWordReaderWhateverItsName()
    {
        // A ZIP/OPC package with no word/ part: the Word reader, not "ZIP archive", says what is missing.
        var bytes = File.ReadAllBytes(TestData.RequireShared("testfiles", "docx", "stress025.docx"));

        Assert.Equal(FileFormat.Docx, FormatDetector.Detect(bytes, "package.zip").Format);
    }

    [Fact]
    public void Mismatch_ExtractorHandedAnotherFormat_GetsTheDetectorsAnswer()
    {
        Assert.Null(FormatDetector.Mismatch(Encoding.ASCII.GetBytes("%PDF-1.7"), FileFormat.Pdf, "PDF"));

        var pdfToWord = FormatDetector.Mismatch(Encoding.ASCII.GetBytes("%PDF-1.7"), FileFormat.Docx, "Word document");
        Assert.Equal((FailureReason.UnsupportedFormat, "not a Word document: the file is PDF"), (pdfToWord!.Reason, pdfToWord.Message));

        var empty = FormatDetector.Mismatch([], FileFormat.Pdf, "PDF");
        Assert.Equal(FailureReason.Empty, empty!.Reason);
    }
}
