using Archive.Ingestion.Extraction;
using Archive.Ingestion.Indexing;
using Archive.Ingestion.Outcomes;
using Archive.Lucene;

namespace Archive.Ingestion.Tests.Indexing;

/// <summary>
/// Every file of the shared real-world test suites (../shared/testfiles) ingested into one real index:
/// each is either indexed with its expected text or recorded as failed with the expected reason.
/// Nothing crashes the worker; a file that hangs would surface as a time-out, which no expectation allows.
/// </summary>
public sealed class TestFilesIngestionTests(TestFilesIngestionTests.IngestedTestFiles archive)
    : IClassFixture<TestFilesIngestionTests.IngestedTestFiles>
{
    public static TheoryData<string> ManifestFiles()
    {
        var data = new TheoryData<string>();
        if (!TestData.SharedExists)
        {
            data.Add("(shared test data absent)");
            return data;
        }

        foreach (var entry in TestFilesManifest.Entries)
        {
            data.Add(entry.File);
        }

        return data;
    }

    [SharedTheory]
    [MemberData(nameof(ManifestFiles))]
    public void Ingest_TestFile_IsIndexedWithItsTextOrFailsForTheExpectedReason(string file)
    {
        Assert.True(Expectations.TryGetValue(file, out var expected), $"no expectation written for {file}");
        var document = archive.DocumentOf(file);
        archive.Failures.TryGetValue(file, out var failure);

        if (document is not null)
        {
            Assert.True(expected.MayIndex, $"{file} was indexed, but should have failed as {string.Join(" or ", expected.Reasons)}");
            Assert.Null(failure);
            var text = string.Join("\n", document.Pages);
            if (expected.Phrase is { } phrase)
            {
                Assert.True(TestFilesManifest.Contains(text, phrase), $"{file} lacks '{phrase}': {TestFilesManifest.Comparable(text)}");
            }

            foreach (var absent in expected.Absent)
            {
                Assert.False(TestFilesManifest.Contains(text, absent), $"{file} contains '{absent}'");
            }
        }
        else
        {
            Assert.True(failure is not null, $"{file} is neither indexed nor recorded as failed");
            Assert.True(expected.Reasons.Contains(failure.Reason), $"{file} failed as {failure.Reason} ({failure.Message}); expected {(expected.Reasons.Length == 0 ? "it to be indexed" : string.Join(" or ", expected.Reasons))}");
            Assert.False(string.IsNullOrWhiteSpace(failure.Message));
        }
    }

    [SharedFact]
    public void Ingest_TestFiles_EveryFileIsAccountedForExactlyOnce()
    {
        var indexedPaths = archive.Documents.SelectMany(document => document.Files).Select(file => file.Path).ToList();

        Assert.Equal(indexedPaths.Count, indexedPaths.Distinct().Count());
        Assert.Empty(indexedPaths.Intersect(archive.Failures.Keys));
        Assert.Equal(archive.FileCount, indexedPaths.Count + archive.Failures.Count);
    }

    /// <summary>What each test file must give. Phrases come from the manifest's "expected" field.</summary>
    private static readonly Dictionary<string, Expectation> Expectations = new()
    {
        ["pdf/testPDF.pdf"] = Expectation.Text("Tika - Content Analysis Toolkit", absent: ["ToolkitApache", "libraries.Apache"]),
        ["pdf/crazyones.pdf"] = Expectation.Text("The round pegs in the square holes."),
        ["pdf/Two Page Text Only - from libre office.pdf"] = Expectation.Text("Version 2.0, January 2004"),
        ["pdf/issue13201.pdf"] = Expectation.Text("A purely peer-to-peer version of electronic cash would allow online"),
        ["pdf/issue13226.pdf"] = Expectation.Text("Mitarbeiterinnen und Mitarbeiter arbeiten in über 100 Ländern engagiert im Dienste"),
        ["pdf/testComment.pdf"] = Expectation.Text("Here is some text"),
        ["pdf/tracemonkey.pdf"] = Expectation.Text("Trace-based Just-in-Time Type Specialization for Dynamic Languages"),
        ["pdf/testPDFTwoTextBoxes.pdf"] = Expectation.Text("Left column line 1 Left column line 2"),
        ["pdf/Random 2 Columns Lists Hyph - Justified.pdf"] = Expectation.Text("Random Big Title"),
        ["pdf/2006_Swedish_Touring_Car_Championship.pdf"] = Expectation.Text("Håkan Malmborg"),
        ["pdf/Old Gutnish Internet Explorer.pdf"] = Expectation.Text("Greipur sem annar hét; og Gunnfjón sá þriðji"),
        ["pdf/standard_fonts.pdf"] = Expectation.Text("TCPDF Example 055"),
        ["pdf/90ms_rksj_h_sample.pdf"] = Expectation.Text("Hello ASCII"),
        ["pdf/ArabicCIDTrueType.pdf"] = Expectation.Text(null),
        ["pdf/Type0_CJK_Font.pdf"] = Expectation.Text("2010年8月17日"),
        ["pdf/little-pig-in-armenian.pdf"] = Expectation.Text("փոքրիկ խոզ"),
        ["pdf/vertical.pdf"] = Expectation.Text(null),
        
        // PdfPig cannot read this font (a TrueType dictionary without /FirstChar): a clear failure, not a silent empty page.
        ["pdf/issue18099_reduced.pdf"] = Expectation.Fails(FailureReason.Corrupt),
        ["pdf/Type3Test.pdf"] = Expectation.Text(null),
        ["pdf/simpletype3font.pdf"] = Expectation.Text("ababab"),
        ["pdf/issue10640.pdf"] = Expectation.Text("Open Sans is a humanist sans serif typeface designed by Steve Matteson."),
        ["pdf/copy_paste_ligatures.pdf"] = Expectation.Text("abcdeffffiflffifflststghijklmno"),
        ["pdf/testPDF_rotated.pdf"] = Expectation.Text("Apache Tika project"),
        ["pdf/rotation.pdf"] = Expectation.Text("This is my second page. It will have a landscape layout."),
        ["pdf/90 180 270 rotated.pdf"] = Expectation.Text("Morbi euismod mattis libero"),
        ["pdf/testPDF_angles.pdf"] = Expectation.Text(null),
        ["pdf/testOverlappingText.pdf"] = Expectation.Text("Text the first time"),
        ["pdf/text_rise_eol_bug.pdf"] = Expectation.Text("is the mass-energy equivalence."),
        // Scans: without OCR they wait for it (needs-ocr); with it they are indexed at once and read by OCR beside ingestion.
        ["pdf/testOCR.pdf"] = Expectation.TextOrFails(null, FailureReason.NeedsOcr),
        ["pdf/GHOSTSCRIPT-688999-2.pdf"] = Expectation.TextOrFails(null, FailureReason.NeedsOcr),
        ["pdf/xref-with-no-whitespace.pdf"] = Expectation.TextOrFails(null, FailureReason.NeedsOcr),
        ["pdf/Seige_of_Vicksburg_Sample_OCR.pdf"] = Expectation.Text("THE SIEGE OF VICKSBURG."),
        ["pdf/testPDF_protected.pdf"] = Expectation.Text("RETHINKING THE FINANCIAL NETWORK"),
        ["pdf/r6-owner-password.pdf"] = Expectation.Text("pdf encryption test"),
        ["pdf/testPDF_no_extract_no_accessibility_owner_empty.pdf"] = Expectation.Text("Hello World"),
        ["pdf/r4-aes-user-password.pdf"] = Expectation.Fails(FailureReason.Encrypted),
        ["pdf/testPassword4Spaces.pdf"] = Expectation.Fails(FailureReason.Encrypted),
        ["pdf/encrypted-password-is-password.pdf"] = Expectation.Fails(FailureReason.Encrypted),
        ["pdf/issue6010_2.pdf"] = Expectation.Fails(FailureReason.Encrypted),
        ["pdf/bug1020226.pdf"] = Expectation.Fails(FailureReason.Corrupt),
        ["pdf/bug1250079.pdf"] = Expectation.TextOrFails("Bug 1250079", FailureReason.Corrupt),
        ["pdf/xref_command_missing.pdf"] = Expectation.TextOrFails("Reduced test-case", FailureReason.Corrupt),
        ["pdf/issue6069.pdf"] = Expectation.TextOrFails("Missing value for startxref and junk before magic header", FailureReason.Corrupt),
        ["pdf/Single Page Broken Offsets - from google drive.pdf"] = Expectation.TextOrFails(null, FailureReason.Corrupt),
        ["pdf/SpookyPass.pdf"] = Expectation.Fails(FailureReason.Corrupt),
        ["pdf/Hang.pdf"] = Expectation.Fails(FailureReason.Corrupt),
        ["pdf/StackOverflow_Issue_1122.pdf"] = Expectation.Fails(FailureReason.Corrupt),
        ["pdf/GHOSTSCRIPT-691770-0.pdf"] = Expectation.Fails(FailureReason.Corrupt),
        ["pdf/stackoverflow_error.pdf"] = Expectation.Fails(FailureReason.Corrupt),
        ["pdf/zero-bytes.pdf"] = Expectation.Fails(FailureReason.Empty),
        ["pdf/empty.pdf"] = Expectation.Fails(FailureReason.NoTextLayer),
        ["pdf/file1.pdf"] = Expectation.Fails(FailureReason.Corrupt),
        ["pdf/freeculture.pdf"] = Expectation.Text("This PDF version of Free Culture is licensed under a Creative Commons license"),
        ["pdf/MOZILLA-10372-2.pdf"] = Expectation.Text("The Environments of the Organization"),
        ["pdf/testPDF_acroform3.pdf"] = Expectation.Text("Example PDF file that contains a form with a signature field."),
        ["docx/testWORD.docx"] = Expectation.Text("Sample Word Document"),
        ["docx/sample.docx"] = Expectation.Text("Lorem ipsum dolor sit amet, consectetuer adipiscing elit."),
        ["docx/testWORD_various.docx"] = Expectation.Text("This is the footer text."),
        ["docx/testWORD_2006ml.docx"] = Expectation.Text("This is an engaging title page", absent: ["frog"]),
        ["docx/IllustrativeCases.docx"] = Expectation.Text("ILLUSTRATIVE CASES"),
        ["docx/blk-paras-and-tables.docx"] = Expectation.Text("Text after"),
        ["docx/ThreeColHeadFoot.docx"] = Expectation.Text("HEADING TEXT"),
        ["docx/DiffFirstPageHeadFoot.docx"] = Expectation.Text("The footer of the first page"),
        ["docx/doc-odd-even-hdrs.docx"] = Expectation.Text("Second Page."),
        ["docx/footnotes.docx"] = Expectation.Text("snoska"),
        ["docx/endnotes.docx"] = Expectation.Text("tilaka"),
        ["docx/testComment.docx"] = Expectation.Text("Here is some text"),
        ["docx/testWORD_text_box.docx"] = Expectation.Text("This text is inside of a text box in the body of the document."),
        ["docx/delins.docx"] = Expectation.Text("extremely well", absent: ["pendant worn", "HYPERLINK"]),
        ["docx/testWORD_features.docx"] = Expectation.Text("insert this", absent: ["bibendum"]),
        ["docx/testWORD_numbered_list.docx"] = Expectation.Text("Intervening table"),
        ["docx/FldSimple.docx"] = Expectation.Text("FldSimple.docx"),
        ["docx/FieldCodes.docx"] = Expectation.Text("ANTONI", absent: ["AUTHOR", "CREATEDATE"]),
        ["docx/TestDocument.docx"] = Expectation.Text("This is a test document."),
        ["docx/testWORD_3imgs.docx"] = Expectation.Text("The Alfresco logo is above this"),
        ["docx/Bug54849.docx"] = Expectation.Text("Watermelon"),
        ["docx/52449.docx"] = Expectation.Text("Allerød, 11-01-2012", absent: ["MERGEFIELD"]),
        ["docx/testWORD_null_style.docx"] = Expectation.Text("Test av styrt dokument"),
        ["docx/61470.docx"] = Expectation.Text("東京"),
        ["docx/testWORD_macros.docm"] = Expectation.Text("The quick brown fox."),
        ["docx/testWORD_truncated.docx"] = Expectation.Fails(FailureReason.Corrupt),
        ["docx/truncated62886.docx"] = Expectation.Fails(FailureReason.Corrupt),
        ["docx/clusterfuzz-testcase-minimized-POIXWPFFuzzer-4791943399604224.docx"] = Expectation.Fails(FailureReason.Corrupt),
        ["docx/clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx"] = Expectation.TextOrFails("Content control within a paragraph is here", FailureReason.Corrupt),
        ["docx/stress025.docx"] = Expectation.Fails(FailureReason.Corrupt),
        ["docx/bug53475-password-is-solrcell.docx"] = Expectation.Fails(FailureReason.Encrypted),
        ["docx/testWORD_protected_passtika.docx"] = Expectation.Fails(FailureReason.Encrypted),
        ["docx/zero-bytes.docx"] = Expectation.Fails(FailureReason.Empty),
        ["other/testWORD.doc"] = Expectation.Converted("Sample Word Document"),
        ["other/testWORD6.doc"] = Expectation.Converted(null),
        ["other/testRTF.rtf"] = Expectation.Converted(null),
        ["other/testComment.rtf"] = Expectation.Converted("Here is some text"),
        ["other/testODFwithOOo3.odt"] = Expectation.Text("This is a rather difficult test document", absent: ["Tika is part of the Lucene project."]),
        ["other/60316b.dotx"] = Expectation.Text("header 2"),
    };

    /// <param name="Phrase">Text the indexed document must contain (null: any text).</param>
    /// <param name="Reasons">Failure reasons that are acceptable; empty when the file must be indexed.</param>
    private sealed record Expectation(string? Phrase, FailureReason[] Reasons, bool MayIndex, string[] Absent)
    {
        public static Expectation Text(string? phrase, string[]? absent = null) => new(phrase, [], true, absent ?? []);

        public static Expectation Fails(FailureReason reason) => new(null, [reason], false, []);

        /// <summary>Read through LibreOffice where it is installed; else a failure that says it is needed.</summary>
        public static Expectation Converted(string? phrase) =>
            LibreOffice.Program is not null ? Text(phrase) : Fails(FailureReason.NeedsConverter);

        public static Expectation TextOrFails(string? phrase, FailureReason reason) => new(phrase, [reason], true, []);
    }

    /// <summary>The test files copied into an inbox and ingested once for all tests of the class.</summary>
    public sealed class IngestedTestFiles : IAsyncLifetime, IDisposable
    {
        private readonly ArchiveHarness _archive = new();

        public IReadOnlyList<ArchiveDocument> Documents { get; private set; } = [];

        public IReadOnlyDictionary<string, IngestFailure> Failures { get; private set; } = new Dictionary<string, IngestFailure>();

        public int FileCount { get; private set; }

        public ArchiveDocument? DocumentOf(string path) =>
            Documents.FirstOrDefault(document => document.Files.Any(file => file.Path == path));

        public async Task InitializeAsync()
        {
            if (!TestData.SharedExists)
            {
                return;
            }

            var source = TestData.RequireShared("testfiles");
            foreach (var folder in new[] { "pdf", "docx", "other" })
            {
                foreach (var file in Directory.EnumerateFiles(Path.Combine(source, folder)))
                {
                    _archive.WriteBytes($"{folder}/{Path.GetFileName(file)}", await File.ReadAllBytesAsync(file));
                    FileCount++;
                }
            }

            // Generous: the time limit is tested elsewhere; here a busy machine must not turn a slow file into a failure.
            _archive.Open(options => options.ExtractionTimeout = TimeSpan.FromSeconds(120));
            await _archive.SyncAsync(TimeSpan.FromMinutes(5));
            Documents = _archive.Documents();
            Failures = _archive.Synchronizer!.Ingestor.Failures.All().ToDictionary(failure => failure.Path);
            _archive.Close();
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _archive.Dispose();
    }
}
