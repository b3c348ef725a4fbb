using Archive.Ingestion.Extraction;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Extraction;

public sealed class PptxTextExtractorTests
{
    private static readonly PptxTextExtractor Extractor = new();

    [Fact]
    public void Extract_Slide_IsItsShapesInReadingOrderThenItsNotes()
    {
        var group = "<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"20\" name=\"Gruppe\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
            + PptxBuilder.Shape("Boks i en gruppe", id: 21) + "</p:grpSp>";
        var alternative = "<mc:AlternateContent><mc:Choice Requires=\"a14\">" + PptxBuilder.Shape("Ligning", id: 30)
            + "</mc:Choice><mc:Fallback>" + PptxBuilder.Shape("Ligning", id: 31) + "</mc:Fallback></mc:AlternateContent>";
        var content = PptxBuilder.Create()
            .Slide(
                PptxBuilder.Shape("Budget for\nudsatteområdet", "title")
                + PptxBuilder.Shape("Værestedet på Søndergård\nGadeplansarbejde", "body", id: 3)
                + PptxBuilder.Table(["Tilbud", "Beløb"], ["Herberg", "375.500 kr."])
                + group
                + alternative
                + PptxBuilder.Shape("7", "sldNum", id: 5)
                + PptxBuilder.Shape("12-10-2017", "dt", id: 6)
                + PptxBuilder.Shape("Holbæk Kommune", "ftr", id: 7),
                notes: "Husk at nævne\nbrugerinddragelsen")
            .Build();

        var page = Assert.Single(Extractor.Extract(content, CancellationToken.None).Pages);

        Assert.Equal(
            [
                "Budget for",
                "udsatteområdet",
                "Værestedet på Søndergård",
                "Gadeplansarbejde",
                "Tilbud\tBeløb",
                "Herberg\t375.500 kr.",
                "Boks i en gruppe",
                "Ligning",
                "Holbæk Kommune",
                "Husk at nævne",
                "brugerinddragelsen",
            ],
            page.Split('\n'));
    }

    [Fact]
    public void Extract_Slides_ArePagesInShowOrderAndAHiddenSlideKeepsItsPageEmpty()
    {
        var content = PptxBuilder.Create()
            .Slide(PptxBuilder.Shape("Tredje dias om herberger"))
            .Slide(PptxBuilder.Shape("Første dias", "ctrTitle"))
            .Slide(PptxBuilder.Shape("Skjult reservedias"), notes: "skjultenoter", hidden: true)
            .ShowInOrder(1, 2, 0)
            .Build();

        var result = Extractor.Extract(content, CancellationToken.None);

        Assert.Equal(["Første dias", string.Empty, "Tredje dias om herberger"], result.Pages);
        Assert.Equal("Første dias", result.EmbeddedTitle);
    }

    [Fact]
    public void Extract_FirstSlideWithoutTitle_TakesTheCorePropertiesTitle()
    {
        var content = PptxBuilder.Create()
            .Slide(PptxBuilder.Shape("Indledning uden titelfelt"))
            .Slide(PptxBuilder.Shape("Titel på andet dias", "title"))
            .Title("Oplæg for Udsatterådet")
            .Build();

        Assert.Equal("Oplæg for Udsatterådet", Extractor.Extract(content, CancellationToken.None).EmbeddedTitle);
    }

    [Fact]
    public void Extract_PlaceholderTitleOnTheFirstSlide_GivesWayToTheCorePropertiesTitle()
    {
        var content = PptxBuilder.Create().Slide(PptxBuilder.Shape("Præsentation1", "title")).Title("Oplæg om bostøtte").Build();

        Assert.Equal("Oplæg om bostøtte", Extractor.Extract(content, CancellationToken.None).EmbeddedTitle);
    }

    [Fact]
    public void Extract_NoSlides_IsEmpty()
    {
        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(PptxBuilder.Create().Build(), CancellationToken.None));

        Assert.Equal((FailureReason.Empty, "the presentation has no slides"), (failure.Reason, failure.Message));
    }

    [Fact]
    public void Extract_EntriesExpandingBeyondLimit_FailsAsTooLargeBeforeUnpacking()
    {
        var content = PptxBuilder.Create().Slide(PptxBuilder.Shape(string.Concat(Enumerable.Repeat("bolig ", 10_000)))).Build();
        var extractor = new PptxTextExtractor(maxExpandedBytes: 10_000);

        var failure = Assert.Throws<ExtractionFailedException>(() => extractor.Extract(content, CancellationToken.None));

        Assert.Equal(FailureReason.TooLarge, failure.Reason);
        Assert.Contains("the PowerPoint file expands to more than 10,000 bytes", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_ZipBombOfSlideText_IsTooLarge()
    {
        var shape = PptxBuilder.Shape(string.Concat(Enumerable.Repeat("bolig ", 100_000)));
        var content = PptxBuilder.Create().Slide(string.Concat(Enumerable.Repeat(shape, 40))).Build();
        var extraction = new TextExtraction([Extractor], ExtractionLimits.Default);

        var outcome = await extraction.ExtractAsync(content, "bombe.pptx", CancellationToken.None);

        Assert.True(content.Length < 5 * 1024 * 1024, $"the package is {content.Length} bytes");
        Assert.Equal(FailureReason.TooLarge, outcome.FailureReason);
        Assert.Contains("20,000,000 characters", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TruncatedPackage_IsCorrupt()
    {
        var content = PptxBuilder.Create().Slide(PptxBuilder.Shape(string.Concat(Enumerable.Repeat("Referat ", 500)))).Build();

        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(content[..(content.Length / 2)], CancellationToken.None));

        Assert.Equal(FailureReason.Corrupt, failure.Reason);
    }

    [Fact]
    public void Extract_DocumentTypeDeclarationInASlide_IsRefusedAsCorrupt()
    {
        var content = PptxBuilder.Create().Slide(PptxBuilder.Shape("&e;")).Build();
        var withDtd = ZipEntries.Replace(content, "ppt/slides/slide1.xml", xml => xml.Replace("<p:sld ", "<!DOCTYPE p:sld [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p:sld ", StringComparison.Ordinal));

        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(withDtd, CancellationToken.None));

        Assert.Equal(FailureReason.Corrupt, failure.Reason);
    }

    [Fact]
    public void Detect_Presentation_IsPptxWhateverItsName()
    {
        var content = PptxBuilder.Create().Slide(PptxBuilder.Shape("Dagsorden")).Build();

        Assert.Equal(FileFormat.Pptx, FormatDetector.Detect(content, "bilag.bin").Format);
    }

    [Fact]
    public void Detect_PresentationWhoseBytesHappenToHoldOtherFolderNames_IsStillPptx()
    {
        // Compressed pictures hold any byte sequence; "xl/" or "word/" in them names no part of the package.
        var content = PptxBuilder.Create().Slide(PptxBuilder.Shape("Dagsorden")).Build();
        using var stream = new MemoryStream();
        stream.Write(content);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            using var picture = zip.CreateEntry("ppt/media/image1.bin", System.IO.Compression.CompressionLevel.NoCompression).Open();
            picture.Write("\u0089PNG xl/worksheets word/document.xml"u8);
        }

        var detection = FormatDetector.Detect(stream.ToArray(), "oplaeg.pptx");

        Assert.Equal(FileFormat.Pptx, detection.Format);
        Assert.Equal("Dagsorden", Assert.Single(Extractor.Extract(stream.ToArray(), CancellationToken.None).Pages));
    }

    [SharedFact]
    public void Detect_PasswordProtectedPresentation_IsEncryptedAndNamedAsPowerPoint()
    {
        var content = File.ReadAllBytes(TestData.RequireShared("testfiles", "docx", "bug53475-password-is-solrcell.docx"));

        var detection = FormatDetector.Detect(content, "oplaeg.pptx");

        Assert.Equal(FailureReason.Encrypted, detection.Reason);
        Assert.Equal("the PowerPoint presentation is password-protected; remove the password and add it again", detection.Description);
    }
}
