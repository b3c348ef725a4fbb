// Longer than most files here: one test per construct of WordprocessingML the extractor reads
// (tables, tracked changes, fields, text boxes, notes, page breaks, broken packages), each over a package built in the test.
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Outcomes;
using Archive.Ingestion.Tests.Support;

namespace Archive.Ingestion.Tests.Extraction;

public sealed class DocxTextExtractorTests
{
    private const string Footnotes = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";

    private static readonly DocxTextExtractor Extractor = new();

    // ---------------------------------------------------------------------------------------------
    // Real files from ../shared/testfiles: the phrases of each manifest entry's "expected" that the
    // policy promises. Phrases pass through the same normalizer as the text (so '（ＧＨＱ）' is '(GHQ)').
    // ---------------------------------------------------------------------------------------------

    [SharedTheory]
    [InlineData("docx/testWORD.docx", "Sample Word Document")]
    [InlineData("docx/testWORD.docx", "Heading Level 1")]
    [InlineData("docx/testWORD.docx", "Heading Level 2")]
    [InlineData("docx/testWORD.docx", "BOLD")]
    [InlineData("docx/testWORD.docx", "ITALIC")]
    [InlineData("docx/testWORD.docx", "Tika")]
    [InlineData("docx/testWORD_various.docx", "This is the header text.")]
    [InlineData("docx/testWORD_various.docx", "This is the footer text.")]
    [InlineData("docx/testWORD_various.docx", "This is a footnote.")]
    [InlineData("docx/testWORD_various.docx", "Here is a text box")]
    [InlineData("docx/testWORD_various.docx", "Row 1 Col 1")]
    [InlineData("docx/testWORD_various.docx", "Bullet 1")]
    [InlineData("docx/testWORD_various.docx", "Number bullet 1")]
    [InlineData("docx/testWORD_various.docx", "This is a hyperlink")]
    [InlineData("docx/testWORD_various.docx", "Suddenly some Japanese text:")]
    [InlineData("docx/testWORD_various.docx", "（ＧＨＱ）")]
    [InlineData("docx/testWORD_various.docx", "And then some Gothic text:")]
    [InlineData("docx/testWORD_various.docx", "\U00010332")]
    [InlineData("docx/testWORD_2006ml.docx", "This is an engaging title page")]
    [InlineData("docx/testWORD_2006ml.docx", "My Document Title")]
    [InlineData("docx/testWORD_2006ml.docx", "My Document Subtitle")]
    [InlineData("docx/testWORD_2006ml.docx", "This is a text box")]
    [InlineData("docx/testWORD_2006ml.docx", "Embedded table r1c1")]
    [InlineData("docx/testWORD_2006ml.docx", "Rich text content control")]
    [InlineData("docx/testWORD_2006ml.docx", "Drop down1")]
    [InlineData("docx/testWORD_2006ml.docx", "tab\ttab")]
    [InlineData("docx/testWORD_2006ml.docx", "this is the footnote")]
    [InlineData("docx/testWORD_2006ml.docx", "First page header")]
    [InlineData("docx/testWORD_2006ml.docx", "Even page header")]
    [InlineData("docx/testWORD_2006ml.docx", "Odd page footer")]
    [InlineData("docx/IllustrativeCases.docx", "ILLUSTRATIVE CASES")]
    [InlineData("docx/IllustrativeCases.docx", "As well as gaining €90 from child benefit increases, he will also receive the early childhood supplement of €250 per quarter")]
    [InlineData("docx/blk-paras-and-tables.docx", "Left-side")]
    [InlineData("docx/blk-paras-and-tables.docx", "Right-side")]
    [InlineData("docx/blk-paras-and-tables.docx", "Copyright")]
    [InlineData("docx/ThreeColHeadFoot.docx", "First header column!\tMid header\tRight header!")]
    [InlineData("docx/ThreeColHeadFoot.docx", "HEADING TEXT")]
    [InlineData("docx/ThreeColHeadFoot.docx", "End of page 1")]
    [InlineData("docx/ThreeColHeadFoot.docx", "Footer Left\tFooter Middle\tFooter Right")]
    [InlineData("docx/DiffFirstPageHeadFoot.docx", "I am the header on the first page, and I\u2019m nice and simple")]
    [InlineData("docx/DiffFirstPageHeadFoot.docx", "The footer of the first page")]
    [InlineData("docx/DiffFirstPageHeadFoot.docx", "First header column!")]
    [InlineData("docx/DiffFirstPageHeadFoot.docx", "Footer Left")]
    [InlineData("docx/doc-odd-even-hdrs.docx", "First Page.")]
    [InlineData("docx/doc-odd-even-hdrs.docx", "Second Page.")]
    [InlineData("docx/doc-odd-even-hdrs.docx", "Even page header.")]
    [InlineData("docx/doc-odd-even-hdrs.docx", "Odd page header.")]
    [InlineData("docx/footnotes.docx", "Eto ochen prostoy")]
    [InlineData("docx/footnotes.docx", "snoska")]
    [InlineData("docx/endnotes.docx", "XXX")]
    [InlineData("docx/endnotes.docx", "tilaka")]
    [InlineData("docx/testComment.docx", "Here is some text")]
    [InlineData("docx/testWORD_text_box.docx", "This text is directly in the body of the document.")]
    [InlineData("docx/testWORD_text_box.docx", "This text is inside of a text box in the body of the document.")]
    [InlineData("docx/testWORD_text_box.docx", "This text is inside of a text box in the header of the document.")]
    [InlineData("docx/testWORD_text_box.docx", "This text is inside of a text box in the footer of the document.")]
    [InlineData("docx/delins.docx", "Lucene will be extremely well represented at ApacheCon EU 2009")]
    [InlineData("docx/testWORD_features.docx", "insert this")]
    // The numbered-list file: the item texts. The manifest's '1) This' style phrases need list labels, which
    // Word computes from the numbering definitions at layout time; they are not text in the markup.
    [InlineData("docx/testWORD_numbered_list.docx", "This")]
    [InlineData("docx/testWORD_numbered_list.docx", "A multi")]
    [InlineData("docx/testWORD_numbered_list.docx", "Intervening table")]
    [InlineData("docx/testWORD_numbered_list.docx", "Within cell 1")]
    [InlineData("docx/testWORD_numbered_list.docx", "This is another list")]
    [InlineData("docx/testWORD_numbered_list.docx", "seven a")]
    [InlineData("docx/FldSimple.docx", "FldSimple.docx")]
    [InlineData("docx/FieldCodes.docx", "ANTONI")]
    [InlineData("docx/FieldCodes.docx", "16 June 2010")]
    [InlineData("docx/testWORD_3imgs.docx", "The quick brown fox jumps over the lazy dog")]
    [InlineData("docx/testWORD_3imgs.docx", "The Alfresco logo is above this")]
    [InlineData("docx/testWORD_3imgs.docx", "The end!")]
    [InlineData("docx/52449.docx", "Allerød, 11-01-2012")]
    [InlineData("docx/52449.docx", "Vedr: Ansættelse af")]
    [InlineData("docx/52449.docx", "Med venlig hilsen")]
    [InlineData("docx/52449.docx", "Adm. Direktør")]
    [InlineData("docx/52449.docx", "Fiktiv A/S")]
    [InlineData("docx/52449.docx", "«Fornavn»")]
    [InlineData("docx/testWORD_null_style.docx", "Test av styrt dokument")]
    [InlineData("docx/testWORD_null_style.docx", "Godkänd av:")]
    [InlineData("docx/testWORD_null_style.docx", "Utgåva: 2")]
    [InlineData("docx/61470.docx", "東京 (とうきょう)")]
    [InlineData("docx/testWORD_macros.docm", "The quick brown fox.")]
    [InlineData("other/60316b.dotx", "header 2")]
    [InlineData("other/60316b.dotx", "footer 1")]
    // Only theme1.xml of this fuzzed file is damaged, and the extractor never reads the theme.
    [InlineData("docx/clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx", "Content control within a paragraph is here")]
    [InlineData("docx/clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx", "Content control that is the entire paragraph")]
    public void Extract_SharedFile_ContainsExpectedPhrase(string file, string phrase)
    {
        var text = AllText(ExtractShared(file));

        Assert.Contains(TextNormalizer.Normalize(phrase), text, StringComparison.Ordinal);
    }

    [SharedTheory]
    [InlineData("header_rich_text")]
    [InlineData("rich_text")]
    [InlineData("plain_text_no_newlines")]
    [InlineData("watermelon")]
    [InlineData("dirt")]
    [InlineData("4/16/2013")]
    [InlineData("rich_text_in_cell")]
    [InlineData("footer_rich_text")]
    [InlineData("footnote_sdt")]
    [InlineData("endnote_sdt")]
    public void Extract_ContentControlsEverywhere_AreIncluded(string phrase)
    {
        var text = AllText(ExtractShared("docx/Bug54849.docx")).ToLowerInvariant();

        Assert.Contains(phrase, text, StringComparison.Ordinal);
    }

    [SharedTheory]
    // Field codes never leak; their results do (asserted above).
    [InlineData("docx/FieldCodes.docx", "AUTHOR")]
    [InlineData("docx/FieldCodes.docx", "CREATEDATE")]
    [InlineData("docx/52449.docx", "MERGEFIELD")]
    [InlineData("docx/delins.docx", "HYPERLINK")]
    // Tracked deletions are not part of the final text.
    [InlineData("docx/delins.docx", "A pendant worn in place of the red spot")]
    [InlineData("docx/testWORD_2006ml.docx", "frog")]
    [InlineData("docx/testWORD_features.docx", "bibendum")]
    [InlineData("docx/testWORD_features.docx", "Donec")]
    // The manifest lists the comments of these files as expected text. Comments are
    // reviewers' notes about a document, not what it states, so the archive does not index them.
    [InlineData("docx/testComment.docx", "Here is a comment")]
    [InlineData("docx/testWORD_2006ml.docx", "This is a comment")]
    [InlineData("docx/testWORD_features.docx", "This is another comment")]
    // Hidden text (w:vanish) is not shown to readers.
    [InlineData("docx/testWORD_features.docx", "inceptos")]
    // Hyperlinks contribute their display text only, never their address.
    [InlineData("docx/TestDocument.docx", "http://")]
    public void Extract_SharedFile_DoesNotContain(string file, string phrase)
    {
        var text = AllText(ExtractShared(file));

        Assert.DoesNotContain(phrase, text, StringComparison.Ordinal);
    }

    [SharedTheory]
    [InlineData("docx/testWORD_text_box.docx", "This text is inside of a text box in the body of the document.")]
    [InlineData("docx/testWORD_text_box.docx", "This text is inside of a text box in the header of the document.")]
    [InlineData("docx/testWORD_text_box.docx", "This text is inside of a text box in the footer of the document.")]
    [InlineData("docx/testWORD_2006ml.docx", "This is a text box")]
    [InlineData("docx/testWORD_2006ml.docx", "This is an engaging title page")]
    public void Extract_TextBoxStoredTwice_AppearsOnce(string file, string phrase)
    {
        var text = AllText(ExtractShared(file));

        Assert.Equal(1, CountOccurrences(text, phrase));
    }

    [SharedFact]
    public void Extract_TextBox_IsALineOfItsOwn()
    {
        var lines = AllText(ExtractShared("docx/testWORD_text_box.docx")).Split('\n');

        Assert.Contains("This text is inside of a text box in the body of the document.", lines);
        Assert.Contains("This text is directly in the body of the document.", lines);
    }

    [SharedFact]
    public void Extract_PlainDocument_StartsAndEndsWithItsParagraphs()
    {
        var text = AllText(ExtractShared("docx/sample.docx"));

        Assert.StartsWith(
            "Lorem ipsum dolor sit amet, consectetuer adipiscing elit. Nunc at risus vel erat tempus posuere. Aenean non ante. Suspendisse vehicula dolor sit amet odio.",
            text,
            StringComparison.Ordinal);
        Assert.EndsWith(
            "Phasellus ultricies mi nec leo. Sed tempus. In sit amet lorem at velit faucibus vestibulum.",
            text,
            StringComparison.Ordinal);
        Assert.Equal(3, text.Split('\n').Length);
    }

    [SharedFact]
    public void Extract_Hyperlinks_KeepTheirTextInParagraphOrder()
    {
        var lines = AllText(ExtractShared("docx/TestDocument.docx")).Split('\n');

        Assert.Equal(
            [
                "This is a test document.",
                "This bit is in bold and italic",
                "Back to normal",
                "This contains BOLD, ITALIC and BOTH, as well as RED and YELLOW text.",
                "We have a hyperlink here, and another.",
            ],
            lines);
    }

    [SharedFact]
    public void Extract_BlocksAndTables_KeepBodyOrder()
    {
        var text = AllText(ExtractShared("docx/blk-paras-and-tables.docx"));

        AssertInOrder(
            text,
            "Left-side",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            "Text before",
            "Table",
            "Between",
            "Text after",
            "Donec semper facilisis metus finibus malesuada.",
            "Copyright");
    }

    [SharedFact]
    public void Extract_DifferentFirstPageHeaders_HeadersOpenFirstPageAndFootersCloseLastPage()
    {
        var pages = ExtractShared("docx/DiffFirstPageHeadFoot.docx").Pages;

        Assert.Equal(2, pages.Count);
        Assert.StartsWith("I am the header on the first page", pages[0], StringComparison.Ordinal);
        Assert.Contains("First header column!\tMid header\tRight header!", pages[0], StringComparison.Ordinal);
        Assert.EndsWith("Footer Left\tFooter Middle\tFooter Right", pages[^1], StringComparison.Ordinal);
        Assert.Contains("The footer of the first page", pages[^1], StringComparison.Ordinal);
        Assert.Contains("This is page two.", pages[1], StringComparison.Ordinal);
    }

    [SharedFact]
    public void Extract_RenderedPageBreaks_StartNewPages()
    {
        var pages = ExtractShared("docx/doc-odd-even-hdrs.docx").Pages;

        Assert.Equal(2, pages.Count);
        Assert.Contains("First Page.", pages[0], StringComparison.Ordinal);
        Assert.Contains("Second Page.", pages[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Second Page.", pages[0], StringComparison.Ordinal);
    }

    [SharedFact]
    public void Extract_Footnotes_AreAtTheEndOfTheLastPage()
    {
        var pages = ExtractShared("docx/footnotes.docx").Pages;

        Assert.EndsWith("snoska", pages[^1], StringComparison.Ordinal);
    }

    [SharedFact]
    public void Extract_Template_ReadsBodyHeadersAndFooters()
    {
        var result = ExtractShared("other/60316b.dotx");

        Assert.True(result.HasText);
        Assert.Contains("header 2", result.Pages[0], StringComparison.Ordinal);
        Assert.Contains("footer 1", result.Pages[^1], StringComparison.Ordinal);
    }

    [SharedFact]
    public void Extract_MacroEnabledDocument_ReadsOnlyTheDocumentText()
    {
        var result = ExtractShared("docx/testWORD_macros.docm");

        Assert.Equal(["The quick brown fox."], result.Pages);
    }

    [SharedTheory]
    [InlineData("docx/testWORD.docx", "Sample Word Document")]
    [InlineData("docx/testWORD_2006ml.docx", "My Document Title")]
    public void Extract_CoreTitle_IsTheEmbeddedTitle(string file, string title)
    {
        Assert.Equal(title, ExtractShared(file).EmbeddedTitle);
    }

    [SharedTheory]
    [InlineData("docx/zero-bytes.docx", FailureReason.Empty)]
    [InlineData("docx/testWORD_truncated.docx", FailureReason.Corrupt)]
    [InlineData("docx/truncated62886.docx", FailureReason.Corrupt)]
    [InlineData("docx/clusterfuzz-testcase-minimized-POIXWPFFuzzer-4791943399604224.docx", FailureReason.Corrupt)]
    [InlineData("docx/stress025.docx", FailureReason.Corrupt)]
    [InlineData("docx/bug53475-password-is-solrcell.docx", FailureReason.Encrypted)]
    [InlineData("docx/testWORD_protected_passtika.docx", FailureReason.Encrypted)]
    [InlineData("other/testWORD.doc", FailureReason.UnsupportedFormat)]
    [InlineData("other/testWORD6.doc", FailureReason.UnsupportedFormat)]
    [InlineData("other/testRTF.rtf", FailureReason.UnsupportedFormat)]
    [InlineData("other/testComment.rtf", FailureReason.UnsupportedFormat)]
    [InlineData("other/testODFwithOOo3.odt", FailureReason.UnsupportedFormat)]
    public void Extract_UnreadableSharedFile_FailsWithReason(string file, FailureReason reason)
    {
        var content = File.ReadAllBytes(TestData.RequireShared("testfiles", file));

        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(content, CancellationToken.None));

        Assert.Equal(reason, failure.Reason);
    }

    [SharedFact]
    public void Extract_MissingMainPart_SaysItIsNotAWordDocument()
    {
        var content = File.ReadAllBytes(TestData.RequireShared("testfiles", "docx", "stress025.docx"));

        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(content, CancellationToken.None));

        Assert.Equal("not a Word document: the package has no main document part", failure.Message);
    }

    [SharedFact]
    public void Extract_BrokenZip_SaysTheFileIsDamaged()
    {
        var content = File.ReadAllBytes(TestData.RequireShared("testfiles", "docx", "truncated62886.docx"));

        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(content, CancellationToken.None));

        Assert.StartsWith("the Word file is damaged: ", failure.Message, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Extract_LegacyDoc_NamesTheLegacyFormat()
    {
        var content = File.ReadAllBytes(TestData.RequireShared("testfiles", "other", "testWORD.doc"));

        var failure = Assert.Throws<ExtractionFailedException>(() => Extractor.Extract(content, CancellationToken.None));

        Assert.Contains("legacy Word 97-2003 .doc", failure.Message, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Extract_PartsExpandingBeyondLimit_FailsAsTooLarge()
    {
        var content = File.ReadAllBytes(TestData.RequireShared("testfiles", "docx", "sample.docx"));
        var extractor = new DocxTextExtractor(maxExpandedBytes: 10_000);

        var failure = Assert.Throws<ExtractionFailedException>(() => extractor.Extract(content, CancellationToken.None));

        Assert.Equal(FailureReason.TooLarge, failure.Reason);
    }

    /// <summary>Every Word-family file of the manifest is covered by one of the tests above.</summary>
    [SharedFact]
    public void Manifest_WordFamilyFiles_AreAllCoveredHere()
    {
        var covered = typeof(DocxTextExtractorTests).GetMethods()
            .SelectMany(method => method.GetCustomAttributes(typeof(InlineDataAttribute), inherit: false))
            .Cast<InlineDataAttribute>()
            .SelectMany(data => data.GetData(null!).SelectMany(row => row))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        string[] explicitlyNamed = ["docx/sample.docx", "docx/TestDocument.docx", "docx/blk-paras-and-tables.docx", "docx/Bug54849.docx"];
        covered.UnionWith(explicitlyNamed);

        var wordFamily = TestFilesManifest.Entries
            .Where(entry => entry.File.StartsWith("docx/", StringComparison.Ordinal)
                || entry.Category is "legacy-doc" or "dotx-template")
            .Select(entry => entry.File);

        Assert.All(wordFamily, file => Assert.Contains(file, covered));
    }

    // ---------------------------------------------------------------------------------------------
    // A Danish council minute saved by a word processor other than Word: no rendered page marks,
    // one explicit page break, a table, and a title in the core properties.
    // ---------------------------------------------------------------------------------------------

    [Fact]
    public void Extract_DanishMinute_TableRowsInOrderAndPageBreakSplitsPages()
    {
        var path = Path.Combine(TestData.RepositoryRoot, "tests", "Archive.Ingestion.Tests", "TestFiles", "docx", "referat-da.docx");

        var result = Extract(File.ReadAllBytes(path));

        Assert.Equal("Referat af byrådsmøde i Ærøskøbing", result.EmbeddedTitle);
        Assert.Equal(2, result.Pages.Count);
        Assert.Equal(
            [
                "Referat af byrådsmøde",
                "Mødet blev afholdt på rådhuset i Ærøskøbing. Byrådet godkendte dagsordenen uden bemærkninger.",
                "Punkt\tBeslutning\tBeløb",
                "Økonomiudvalgets budgetforslag\tGodkendt\t1.250.000 kr.",
                "Ældrepleje på Søndergård\tUdsat\t375.500 kr.",
            ],
            result.Pages[0].Split('\n'));
        Assert.Equal(
            "Side to: Borgmesteren takkede for et godt møde.\nNæste møde afholdes torsdag den 14. marts.",
            result.Pages[1]);
    }

    // ---------------------------------------------------------------------------------------------
    // Small packages written here, one rule each.
    // ---------------------------------------------------------------------------------------------

    [Fact]
    public void Extract_Table_RowsAreLinesAndCellsAreTabSeparated()
    {
        var content = DocxPackageBuilder.WithBody(
            DocxPackageBuilder.Paragraph("Bevillinger 2024")
            + "<w:tbl><w:tblPr/><w:tblGrid/>"
            + "<w:tr><w:tc><w:p><w:r><w:t>Udvalg</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Beløb</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Note</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:p><w:r><w:t>Børn og Unge</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>1.200</w:t></w:r></w:p></w:tc>"
            + "<w:tc><w:p><w:r><w:t>Første del</w:t></w:r></w:p><w:p><w:r><w:t>anden del</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>300</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>"
            + "</w:tbl>"
            + DocxPackageBuilder.Paragraph("Efter tabellen")).Build();

        var page = Assert.Single(Extract(content).Pages);

        Assert.Equal(
            "Bevillinger 2024\nUdvalg\tBeløb\tNote\nBørn og Unge\t1.200\tFørste del anden del\n\t300\nEfter tabellen",
            page);
    }

    [Fact]
    public void Extract_NestedTable_IsFlattenedIntoItsCell()
    {
        var content = DocxPackageBuilder.WithBody(
            "<w:tbl><w:tr>"
            + "<w:tc><w:p><w:r><w:t>Ydre</w:t></w:r></w:p></w:tc>"
            + "<w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>a2</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:p><w:r><w:t>b1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b2</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc>"
            + "<w:tc><w:p><w:r><w:t>Sidst</w:t></w:r></w:p></w:tc>"
            + "</w:tr></w:tbl>").Build();

        Assert.Equal("Ydre\ta1 a2 b1 b2\tSidst", Assert.Single(Extract(content).Pages));
    }

    [Fact]
    public void Extract_ExplicitPageBreaks_SplitPages()
    {
        var content = DocxPackageBuilder.WithBody(
            "<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>Side et</w:t></w:r></w:p>"
            + "<w:p><w:r><w:t>Stadig et</w:t></w:r><w:r><w:br w:type=\"page\"/><w:t>Side to</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>Side tre</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:pageBreakBefore w:val=\"0\"/></w:pPr><w:r><w:t>Også side tre</w:t></w:r></w:p>").Build();

        var pages = Extract(content).Pages;

        Assert.Equal(["Side et\nStadig et", "Side to", "Side tre\nOgså side tre"], pages);
    }

    [Fact]
    public void Extract_RenderedPageBreaks_WinOverExplicitOnes()
    {
        var content = DocxPackageBuilder.WithBody(
            DocxPackageBuilder.Paragraph("Første side")
            + "<w:p><w:r><w:t>lang linje der </w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>fortsætter</w:t></w:r></w:p>"
            + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Tredje side</w:t></w:r></w:p>").Build();

        var pages = Extract(content).Pages;

        Assert.Equal(["Første side\nlang linje der", "fortsætter", "Tredje side"], pages);
    }

    [Fact]
    public void Extract_TableRowAcrossPages_BreaksOnce()
    {
        var content = DocxPackageBuilder.WithBody(
            DocxPackageBuilder.Paragraph("Før")
            + "<w:tbl><w:tr>"
            + "<w:tc><w:p><w:r><w:t>a</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>b</w:t></w:r></w:p></w:tc>"
            + "<w:tc><w:p><w:r><w:t>c</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>d</w:t></w:r></w:p></w:tc>"
            + "</w:tr></w:tbl>").Build();

        Assert.Equal(2, Extract(content).Pages.Count);
    }

    [Fact]
    public void Extract_NoPageBreaks_GivesOnePage()
    {
        var content = DocxPackageBuilder.WithBody("<w:p/>").Build();

        var result = Extract(content);

        Assert.Equal([string.Empty], result.Pages);
        Assert.False(result.HasText);
    }

    [Fact]
    public void Extract_TrackedChanges_GivesTheFinalText()
    {
        var content = DocxPackageBuilder.WithBody(
            "<w:p><w:r><w:t xml:space=\"preserve\">Byrådet </w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText xml:space=\"preserve\">afviser </w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"x\"><w:r><w:t xml:space=\"preserve\">godkender </w:t></w:r></w:ins>"
            + "<w:moveFrom w:id=\"3\" w:author=\"x\"><w:r><w:t xml:space=\"preserve\">gammelplads </w:t></w:r></w:moveFrom>"
            + "<w:r><w:t xml:space=\"preserve\">forslaget</w:t></w:r>"
            + "<w:moveTo w:id=\"4\" w:author=\"x\"><w:r><w:t xml:space=\"preserve\"> enstemmigt</w:t></w:r></w:moveTo>"
            + "<w:r><w:t>.</w:t></w:r></w:p>").Build();

        Assert.Equal("Byrådet godkender forslaget enstemmigt.", Assert.Single(Extract(content).Pages));
    }

    [Fact]
    public void Extract_Fields_KeepResultsAndDropCodes()
    {
        var content = DocxPackageBuilder.WithBody(
            "<w:p><w:r><w:t xml:space=\"preserve\">Side </w:t></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> af </w:t></w:r>"
            + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>9</w:t></w:r></w:fldSimple>"
            + "<w:r><w:t xml:space=\"preserve\">, </w:t></w:r>"
            // A field whose code holds a nested field: neither code may leak, the outer result stays.
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>MERGEFIELD By</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Allerød</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:instrText> = \"\" \"ukendt\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Allerød Kommune</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "</w:p>").Build();

        Assert.Equal("Side 7 af 9, Allerød Kommune", Assert.Single(Extract(content).Pages));
    }

    [Fact]
    public void Extract_RunCharacters_BecomeText()
    {
        var content = DocxPackageBuilder.WithBody(
            "<w:p><w:r><w:t>Kolonne</w:t><w:tab/><w:t>værdi</w:t><w:br/><w:t>linje</w:t><w:cr/><w:t>CO</w:t><w:noBreakHyphen/>"
            + "<w:t>udledning</w:t><w:t xml:space=\"preserve\"> ud</w:t><w:softHyphen/><w:t>bud</w:t></w:r></w:p>").Build();

        Assert.Equal("Kolonne\tværdi\nlinje\nCO-udledning udbud", Assert.Single(Extract(content).Pages));
    }

    [Fact]
    public void Extract_HiddenRuns_AreDropped()
    {
        var content = DocxPackageBuilder.WithBody(
            "<w:p><w:r><w:t xml:space=\"preserve\">Synlig </w:t></w:r>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space=\"preserve\">skjult </w:t></w:r>"
            + "<w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t xml:space=\"preserve\">også synlig </w:t></w:r>"
            + "<w:r><w:rPr><w:rPrChange w:id=\"1\" w:author=\"x\"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>tekst</w:t></w:r>"
            + "</w:p>").Build();

        Assert.Equal("Synlig også synlig tekst", Assert.Single(Extract(content).Pages));
    }

    [Fact]
    public void Extract_AlternateContent_TakesChoiceOnceAndFallbackOnlyWithoutIt()
    {
        static string TextBox(string text) =>
            $"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>";
        var content = DocxPackageBuilder.WithBody(
            "<w:p><w:r><w:t>Før</w:t></w:r><w:r><mc:AlternateContent>"
            + $"<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>{TextBox("Tekstboks")}</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
            + $"<mc:Fallback><w:pict><v:shape><v:textbox>{TextBox("Tekstboks")}</v:textbox></v:shape></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r><w:r><w:t>efter</w:t></w:r></w:p>"
            + "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing/></mc:Choice>"
            + $"<mc:Fallback><w:pict><v:shape><v:textbox>{TextBox("Kun i reserve")}</v:textbox></v:shape></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r></w:p>").Build();

        Assert.Equal("Før\nTekstboks\nefter\nKun i reserve", Assert.Single(Extract(content).Pages));
    }

    [Fact]
    public void Extract_Ruby_IsBaseFollowedByGuide()
    {
        var content = DocxPackageBuilder.WithBody(
            "<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>とうきょう</w:t></w:r></w:rt>"
            + "<w:rubyBase><w:r><w:t>東京</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>").Build();

        Assert.Equal("東京 (とうきょう)", Assert.Single(Extract(content).Pages));
    }

    [Fact]
    public void Extract_ContentControlAndMath_AreIncluded()
    {
        var content = DocxPackageBuilder.WithBody(
            "<w:sdt><w:sdtPr><w:alias w:val=\"Sagsnummer\"/><w:placeholder><w:docPart w:val=\"X\"/></w:placeholder></w:sdtPr>"
            + "<w:sdtContent><w:p><w:r><w:t>Sag 24/1234</w:t></w:r></w:p></w:sdtContent></w:sdt>"
            + "<w:p><m:oMath><m:r><m:t>x=2</m:t></m:r></m:oMath></w:p>").Build();

        Assert.Equal("Sag 24/1234\nx=2", Assert.Single(Extract(content).Pages));
    }

    [Fact]
    public void Extract_Comments_AreNotDocumentText()
    {
        var content = DocxPackageBuilder.WithBody(
                "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>Indstillingen godkendes.</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
                + "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>")
            .WithPart(
                "comments.xml",
                "comments",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                "w:comments",
                "<w:comment w:id=\"0\" w:author=\"x\"><w:p><w:r><w:t>Husk at tjekke beløbet</w:t></w:r></w:p></w:comment>")
            .Build();

        Assert.Equal("Indstillingen godkendes.", Assert.Single(Extract(content).Pages));
    }

    [Fact]
    public void Extract_HeadersAndFooters_DistinctOnceOnFirstAndLastPage()
    {
        var content = DocxPackageBuilder.WithBody(
                "<w:p><w:pPr><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/><w:headerReference w:type=\"first\" r:id=\"rId2\"/>"
                + "<w:footerReference w:type=\"default\" r:id=\"rId3\"/></w:sectPr></w:pPr><w:r><w:t>Afsnit et</w:t></w:r></w:p>"
                + DocxPackageBuilder.Paragraph("Afsnit to")
                + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId4\"/><w:footerReference w:type=\"default\" r:id=\"rId3\"/></w:sectPr>")
            .WithHeader("header1.xml", DocxPackageBuilder.Paragraph("Allerød Kommune"))
            .WithHeader("header2.xml", DocxPackageBuilder.Paragraph("Forside"))
            .WithFooter("footer1.xml", DocxPackageBuilder.Paragraph("Side 1"))
            .WithHeader("header3.xml", DocxPackageBuilder.Paragraph("Allerød Kommune"))
            .WithPart(
                "footnotes.xml",
                "footnotes",
                Footnotes,
                "w:footnotes",
                "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/><w:t>skillelinje</w:t></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/><w:t xml:space=\"preserve\"> Jf. lov om kommunernes styrelse.</w:t></w:r></w:p></w:footnote>")
            .Build();

        var pages = Extract(content).Pages;

        // The section break after "Afsnit et" starts a new page.
        Assert.Equal(
            ["Forside\nAllerød Kommune\nAfsnit et", "Afsnit to\nJf. lov om kommunernes styrelse.\nSide 1"],
            pages);
    }

    [Fact]
    public void Extract_MacroTemplateWithoutPackageRelationship_FindsMainPartByContentType()
    {
        var content = DocxPackageBuilder.WithBody(DocxPackageBuilder.Paragraph("Skabelon til dagsorden"))
            .WithMainContentType(DocxPackageBuilder.MacroTemplateContentType)
            .WithoutOfficeDocumentRelationship()
            .Build();

        Assert.Equal("Skabelon til dagsorden", Assert.Single(Extract(content).Pages));
    }

    [Theory]
    [InlineData("Referat af byrådsmødet 12. marts", "Referat af byrådsmødet 12. marts")]
    [InlineData("  Microsoft Word - Dagsorden Økonomiudvalget ", "Dagsorden Økonomiudvalget")]
    [InlineData("Dokument", null)]
    [InlineData("Untitled", null)]
    [InlineData("referat_2024.docx", null)]
    [InlineData("   ", null)]
    [InlineData("1234", null)]
    public void Extract_CoreTitle_KeptOnlyWhenMeaningful(string title, string? expected)
    {
        var content = DocxPackageBuilder.WithBody(DocxPackageBuilder.Paragraph("Tekst")).WithTitle(title).Build();

        Assert.Equal(expected, Extract(content).EmbeddedTitle);
    }

    [Fact]
    public void Extract_DeeplyNestedMarkup_FailsAsCorrupt()
    {
        var nested = string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 400))
            + DocxPackageBuilder.Paragraph("dybt")
            + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 400));
        var content = DocxPackageBuilder.WithBody(nested).Build();

        var failure = Assert.Throws<ExtractionFailedException>(() => Extract(content));

        Assert.Equal(FailureReason.Corrupt, failure.Reason);
    }

    [Fact]
    public void Extract_MalformedDocumentXml_FailsAsCorrupt()
    {
        var content = DocxPackageBuilder.WithBody("<w:p><w:r><w:t>ikke lukket</w:r></w:p>").Build();

        var failure = Assert.Throws<ExtractionFailedException>(() => Extract(content));

        Assert.Equal(FailureReason.Corrupt, failure.Reason);
        Assert.StartsWith("the Word file is damaged: ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NotAZip_FailsAsUnsupportedFormat()
    {
        var failure = Assert.Throws<ExtractionFailedException>(() => Extract("Dette er bare tekst"u8.ToArray()));

        Assert.Equal(FailureReason.UnsupportedFormat, failure.Reason);
    }

    [Fact]
    public void Extract_CancelledToken_Stops()
    {
        var content = DocxPackageBuilder.WithBody(DocxPackageBuilder.Paragraph("Tekst")).Build();

        Assert.ThrowsAny<OperationCanceledException>(() => Extractor.Extract(content, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Format_IsDocx()
    {
        Assert.Equal(Archive.Ingestion.Extraction.FileFormat.Docx, Extractor.Format);
    }

    [Fact]
    public void Extract_DanishTitleStyleByName_IsTheMarkedTitle()
    {
        const string styles = """<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/></w:style>""";
        var content = DocxPackageBuilder.WithBody(
                DocxPackageBuilder.Paragraph("Slagelse Kommune")
                + """<w:p><w:pPr><w:pStyle w:val="Overskrift1"/></w:pPr><w:r><w:t>Baggrund</w:t></w:r></w:p>"""
                + """<w:p><w:pPr><w:pStyle w:val="Titel"/></w:pPr><w:r><w:t>Handleplan for </w:t></w:r><w:r><w:t>hjemløse</w:t></w:r></w:p>""")
            .WithPart("word/styles.xml", "styles", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", "w:styles", styles)
            .Build();

        Assert.Equal(new MarkedTitle("Handleplan for hjemløse", TitleMark.WordTitleStyle), Extract(content).MarkedTitle);
    }

    [Fact]
    public void Extract_HeadingOneWithoutTitle_IsTheMarkedHeading()
    {
        var content = DocxPackageBuilder.WithBody(
            DocxPackageBuilder.Paragraph("Til: Socialudvalget")
            + """<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Høringssvar om herberg</w:t></w:r></w:p>""").Build();

        Assert.Equal(new MarkedTitle("Høringssvar om herberg", TitleMark.WordHeading), Extract(content).MarkedTitle);
    }

    private static ExtractedText Extract(byte[] content) => Extractor.Extract(content, CancellationToken.None);

    private static ExtractedText ExtractShared(string file) =>
        Extract(File.ReadAllBytes(TestData.RequireShared("testfiles", file)));

    private static string AllText(ExtractedText result) => string.Join('\n', result.Pages);

    private static int CountOccurrences(string text, string phrase)
    {
        var count = 0;
        for (var index = text.IndexOf(phrase, StringComparison.Ordinal); index >= 0; index = text.IndexOf(phrase, index + phrase.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void AssertInOrder(string text, params string[] phrases)
    {
        var position = 0;
        foreach (var phrase in phrases)
        {
            var found = text.IndexOf(phrase, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{phrase}' not found after position {position} in:\n{text}");
            position = found + phrase.Length;
        }
    }
}
