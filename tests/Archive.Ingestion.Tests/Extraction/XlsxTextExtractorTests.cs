using Archive.Ingestion.Extraction;
using Archive.Ingestion.Extraction.Spreadsheet;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Extraction;

public sealed class XlsxTextExtractorTests
{
    private static readonly XlsxTextExtractor Extractor = new();

    [Fact]
    public void Extract_Rows_AreLinesWithTabSeparatedCellsUnderTheSheetName()
    {
        var content = XlsxBuilder.Create()
            .SharedStrings("Tilbud", "Beløb", "Værested på Søndergård", "<r><t>Gadeplans</t></r><r><rPr><b/></rPr><t>arbejde</t></r><rPh sb=\"0\" eb=\"1\"><t>fonetisk</t></rPh>")
            .Sheet("Budget 2024", string.Concat(
                XlsxBuilder.Row(1, XlsxBuilder.Shared("A1", 0), XlsxBuilder.Shared("B1", 1)),
                XlsxBuilder.Row(2, XlsxBuilder.Shared("A2", 2), XlsxBuilder.Number("B2", "375500")),
                "<row r=\"3\"/>",
                XlsxBuilder.Row(4, XlsxBuilder.Shared("A4", 3), XlsxBuilder.Number("C4", "0.30000000000000004")),
                XlsxBuilder.Row(5, XlsxBuilder.Inline("A5", "I alt"), XlsxBuilder.Formula("B5", "SUM(B2:B4)", "375500.3")),
                XlsxBuilder.Row(6, XlsxBuilder.Inline("A6", "Godkendt"), "<c r=\"B6\" t=\"b\"><v>1</v></c>", "<c r=\"C6\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"),
                XlsxBuilder.Row(7, XlsxBuilder.Formula("A7", "CONCATENATE(\"Holbæk \",\"Kommune\")", "Holbæk Kommune", type: "str"), XlsxBuilder.Inline("B7", "to\nlinjer"))))
            .Build();

        var page = Assert.Single(Extractor.Extract(content, CancellationToken.None).Pages);

        Assert.Equal(
            [
                "Budget 2024",
                "Tilbud\tBeløb",
                "Værested på Søndergård\t375500",
                "Gadeplansarbejde\t0.3",
                "I alt\t375500.3",
                "Godkendt\tSAND",
                "Holbæk Kommune\tto linjer",
            ],
            page.Split('\n'));
    }

    [Fact]
    public void Extract_Sheets_ArePagesInTabOrderWithoutHiddenSheets()
    {
        var content = XlsxBuilder.Create()
            .Sheet("Forside", XlsxBuilder.Row(1, XlsxBuilder.Inline("A1", "Høringssvar om bostøtte")))
            .Sheet("Opslag", XlsxBuilder.Row(1, XlsxBuilder.Inline("A1", "skjultopslag")), state: "hidden")
            .Sheet("Makro", XlsxBuilder.Row(1, XlsxBuilder.Inline("A1", "megetskjult")), state: "veryHidden")
            .Sheet("Tal", XlsxBuilder.Row(1, XlsxBuilder.Inline("A1", "Herberger"), XlsxBuilder.Number("B1", "12")))
            .Sheet("Tom", string.Empty)
            .Title("Udsatterådets budgetønsker")
            .Build();

        var result = Extractor.Extract(content, CancellationToken.None);

        Assert.Equal(["Forside\nHøringssvar om bostøtte", "Tal\nHerberger\t12", "Tom"], result.Pages);
        Assert.Equal("Udsatterådets budgetønsker", result.EmbeddedTitle);
    }

    [Fact]
    public void Extract_DateFormattedNumbers_AreIsoDates()
    {
        var content = XlsxBuilder.Create()
            .Styles(
                "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"[$-406]d\\.\\ mmmm\\ yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0\\ &quot;dage&quot;\"/></numFmts>"
                + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"22\"/></cellXfs>")
            .Sheet("Møder", XlsxBuilder.Row(
                1,
                XlsxBuilder.Number("A1", "43020", style: 1),
                XlsxBuilder.Number("B1", "45184", style: 2),
                XlsxBuilder.Number("C1", "30", style: 3),
                XlsxBuilder.Number("D1", "45184.604166666664", style: 4),
                XlsxBuilder.Number("E1", "43020")))
            .Build();

        Assert.Equal("Møder\n2017-10-12\t2023-09-15\t30\t2023-09-15 14:30\t43020", Assert.Single(Extractor.Extract(content, CancellationToken.None).Pages));
    }

    [Fact]
    public void Extract_1904DateSystem_CountsFrom1904()
    {
        var content = XlsxBuilder.Create()
            .With1904Dates()
            .Styles("<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>")
            .Sheet("Ark1", XlsxBuilder.Row(1, XlsxBuilder.Inline("A1", "Mødedato"), XlsxBuilder.Number("B1", "41558", style: 1)))
            .Build();

        Assert.Equal("Ark1\nMødedato\t2017-10-12", Assert.Single(Extractor.Extract(content, CancellationToken.None).Pages));
    }

    [Theory]
    [InlineData("dd-mm-yyyy", "Date")]
    [InlineData("[$-406]d. mmmm yyyy;@", "Date")]
    [InlineData("hh:mm", "Time")]
    [InlineData("[h]:mm", "Time")]
    [InlineData("dd/mm/yyyy hh:mm", "DateTime")]
    [InlineData("#,##0.00 \"kr.\"", "Number")]
    [InlineData("#,##0 \"dage\"", "Number")]
    [InlineData("[Red]-#,##0.00", "Number")]
    [InlineData("_-* #,##0_-;-* #,##0_-", "Number")]
    [InlineData("General", "Number")]
    [InlineData("0.00E+00", "Number")]
    public void Classify_FormatCodes_TellDatesFromNumbers(string formatCode, string expected)
    {
        Assert.Equal(Enum.Parse<NumberKind>(expected), CellStyles.Classify(formatCode));
    }

    [Fact]
    public void Extract_NoValues_IsEmpty()
    {
        var content = XlsxBuilder.Create().Sheet("Ark1", "<row r=\"1\"><c r=\"A1\" s=\"0\"/></row>").Build();

        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(content, CancellationToken.None));

        Assert.Equal(FailureReason.Empty, failure.Reason);
    }

    [Fact]
    public void Extract_OnlyHiddenSheets_IsEmpty()
    {
        var content = XlsxBuilder.Create().Sheet("Skjult", XlsxBuilder.Row(1, XlsxBuilder.Inline("A1", "hemmelig")), state: "hidden").Build();

        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(content, CancellationToken.None));

        Assert.Equal((FailureReason.Empty, "every sheet of the workbook is hidden"), (failure.Reason, failure.Message));
    }

    [Fact]
    public void Extract_EntriesExpandingBeyondLimit_FailsAsTooLargeBeforeUnpacking()
    {
        var content = XlsxBuilder.Create().SharedStrings(string.Concat(Enumerable.Repeat("bolig ", 10_000))).Sheet("Ark1", XlsxBuilder.Row(1, XlsxBuilder.Shared("A1", 0))).Build();
        var extractor = new XlsxTextExtractor(maxExpandedBytes: 10_000);

        var failure = Assert.Throws<ExtractionFailedException>(() => extractor.Extract(content, CancellationToken.None));

        Assert.Equal(FailureReason.TooLarge, failure.Reason);
        Assert.Contains("the Excel file expands to more than 10,000 bytes", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_HugeSheetOfOneRepeatedString_IsTooLargeWhileTheFileIsSmall()
    {
        // 40,000 cells that all show one 1,000-character shared string: 40 million characters from a small file.
        var cells = string.Concat(Enumerable.Range(1, 40_000).Select(row => XlsxBuilder.Row(row, XlsxBuilder.Shared($"A{row}", 0))));
        var content = XlsxBuilder.Create().SharedStrings(string.Concat(Enumerable.Repeat("herberg ", 125))).Sheet("Bombe", cells).Build();
        var extraction = new TextExtraction([Extractor], ExtractionLimits.Default);

        var outcome = await extraction.ExtractAsync(content, "bombe.xlsx", CancellationToken.None);

        Assert.True(content.Length < 1024 * 1024, $"the workbook is {content.Length} bytes");
        Assert.Equal(FailureReason.TooLarge, outcome.FailureReason);
        Assert.Contains("20,000,000 characters", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_LongSheet_IsCutIntoPagesOfAReadersSize()
    {
        var cells = string.Concat(Enumerable.Range(1, 5_000).Select(row => XlsxBuilder.Row(row, XlsxBuilder.Inline($"A{row}", $"Sag {row} om bostøtte og værested"), XlsxBuilder.Number($"B{row}", row.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        var content = XlsxBuilder.Create().Sheet("Sager", cells).Sheet("Noter", XlsxBuilder.Row(1, XlsxBuilder.Inline("A1", "Slutnote"))).Build();
        var extraction = new TextExtraction([Extractor], ExtractionLimits.Default);

        var outcome = await extraction.ExtractAsync(content, "sager.xlsx", CancellationToken.None);

        var pages = outcome.Text!.Pages;
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.True(page.Length <= ExtractionLimits.MaxPageCharacters, $"a page of {page.Length} characters"));
        Assert.All(pages.Take(pages.Count - 1), page => Assert.EndsWith("om bostøtte og værested", page.Split('\n')[^1].Split('\t')[0], StringComparison.Ordinal));
        Assert.Equal("Noter\nSlutnote", pages[^1]);
    }

    [Fact]
    public void Extract_DocumentTypeDeclaration_IsRefusedAsCorrupt()
    {
        var content = XlsxBuilder.Create()
            .SharedStrings("<t>&e;</t>")
            .Sheet("Ark1", XlsxBuilder.Row(1, XlsxBuilder.Shared("A1", 0)))
            .Build();
        var withDtd = ZipEntries.Replace(content, "xl/sharedStrings.xml", xml => xml.Replace("<sst ", "<!DOCTYPE sst [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><sst ", StringComparison.Ordinal));

        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(withDtd, CancellationToken.None));

        Assert.Equal(FailureReason.Corrupt, failure.Reason);
    }

    [Fact]
    public void Extract_TruncatedPackage_IsCorrupt()
    {
        var content = XlsxBuilder.Create().Sheet("Ark1", XlsxBuilder.Row(1, XlsxBuilder.Inline("A1", string.Concat(Enumerable.Repeat("Referat ", 500))))).Build();

        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(content[..(content.Length / 2)], CancellationToken.None));

        Assert.Equal(FailureReason.Corrupt, failure.Reason);
    }

    [SharedFact]
    public void Detect_PasswordProtectedWorkbook_IsEncryptedAndNamedAsExcel()
    {
        // Office encrypts every format the same way: an OLE2 file with an EncryptedPackage stream.
        var content = File.ReadAllBytes(TestData.RequireShared("testfiles", "docx", "bug53475-password-is-solrcell.docx"));

        var detection = FormatDetector.Detect(content, "budget.xlsx");

        Assert.Equal(FailureReason.Encrypted, detection.Reason);
        Assert.Equal("the Excel workbook is password-protected; remove the password and add it again", detection.Description);
    }
}
