// Longer than most files here: one test per kind of PDF the extractor meets (word spacing,
// reading order, hyphenation, encryption, broken files, the shared real-world files).
using System.Text;
using System.Text.RegularExpressions;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Outcomes;
using Archive.Ingestion.Tests.Support;

namespace Archive.Ingestion.Tests.Extraction;

/// <summary>
/// Runs the PDF extractor over every PDF of the shared real-world test files and checks it against the
/// expectations in their manifest, each file within a time limit.
/// </summary>
public sealed partial class PdfTextExtractorTests
{
    // A guard against an extractor that hangs, not a speed target (those live in bench/): generous, because the test
    // projects run side by side on a busy two-core machine and the longest file has 326 pages.
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(120);

    // Categories whose files must be refused, with the reason.
    private static readonly Dictionary<string, FailureReason> FailingCategories = new()
    {
        ["encrypted-user"] = FailureReason.Encrypted,
        ["corrupt"] = FailureReason.Corrupt,
        ["resource-exhaustion"] = FailureReason.Corrupt,
        ["malicious-nesting"] = FailureReason.Corrupt,
        ["empty"] = FailureReason.Empty,
        ["not-a-pdf"] = FailureReason.UnsupportedFormat,
    };

    // Categories whose files open fine but carry no text.
    private static readonly HashSet<string> TextlessCategories = ["scanned", "blank-page"];

    // Broken files that lenient parsing reads anyway; the manifest accepts their text instead of an error.
    private static readonly Dictionary<string, string[]> RecoveredFiles = new()
    {
        ["pdf/bug1250079.pdf"] = ["Bug 1250079"],
        ["pdf/xref_command_missing.pdf"] = ["Reduced test-case"],
        ["pdf/issue6069.pdf"] = ["Missing value for startxref and junk before magic header"],
        ["pdf/Single Page Broken Offsets - from google drive.pdf"] =
            ["This is the document title", "There is some lede text here", "And then another line of text."],
    };

    // Files whose font the parser cannot read at all, so that no page yields text: refused as corrupt
    // rather than passed off as a scan.
    private static readonly Dictionary<string, FailureReason> UnreadableFiles = new()
    {
        ["pdf/issue18099_reduced.pdf"] = FailureReason.Corrupt,
    };

    // Where the prose of `expected` needs reading, the phrases that must be found. Other text files use
    // every phrase quoted in `expected`.
    private static readonly Dictionary<string, string[]> Phrases = new()
    {
        // The unmapped apostrophes of "Here’s" are lost, as with the reference extractor.
        ["pdf/crazyones.pdf"] = ["The Crazy Ones", "October 14, 1998", "The round pegs in the square holes.", "differently"],
        ["pdf/testPDF.pdf"] = ["Tika - Content Analysis Toolkit", "Apache Software Foundation"],

        // Only page text is extracted: annotations and form field values are not part of it.
        ["pdf/testComment.pdf"] = ["Here is some text"],
        ["pdf/testPDF_acroform3.pdf"] = ["Example PDF file that contains a form with a signature field."],
        ["pdf/standard_fonts.pdf"] = ["TCPDF Example 055", "Å", "Æ", "Ø", "å", "æ", "ø"],

        // The predefined CJK CMap 90ms-RKSJ-H is not available to the parser: the Latin line survives.
        ["pdf/90ms_rksj_h_sample.pdf"] = ["Hello ASCII"],

        // The file draws " ab ba abba" once per line with growing word spacing; the manifest's phrase is the
        // reference extractor merging lines.
        ["pdf/Type3Test.pdf"] = ["ab ba abba"],

        // The ligature code points, compared after NFKC; the manifest's spelled-out alternative has one 'f' too many.
        ["pdf/copy_paste_ligatures.pdf"] = ["abcdef\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06ghijklmno"],

        // The same text drawn twice on top of itself is kept once where the glyphs coincide.
        ["pdf/testOverlappingText.pdf"] = ["Text the first time", "second time"],
        ["pdf/Seige_of_Vicksburg_Sample_OCR.pdf"] = ["THE SIEGE OF VICKSBURG.", "A report creeps into camp that", "Eichmond"],
        ["pdf/r6-owner-password.pdf"] = ["pdf encryption test"],

        // Permissions that forbid copying are not enforced: the archive indexes public documents.
        ["pdf/testPDF_no_extract_no_accessibility_owner_empty.pdf"] = ["Hello World"],
    };

    // Arabic comes out as presentation forms in visual order: the letters are there, the word order is not.
    private static readonly HashSet<string> ArabicFiles = ["pdf/ArabicCIDTrueType.pdf"];

    private readonly PdfTextExtractor _extractor = new();

    public static TheoryData<string> ManifestPdfs()
    {
        var data = new TheoryData<string>();
        if (!TestData.SharedExists)
        {
            // The theory is skipped; one row keeps discovery from failing on missing data.
            data.Add("pdf/absent.pdf");
            return data;
        }

        foreach (var entry in PdfEntries)
        {
            data.Add(entry.File);
        }

        return data;
    }

    [SharedTheory]
    [MemberData(nameof(ManifestPdfs))]
    public async Task Extract_ManifestFile_MeetsExpectation(string file)
    {
        var entry = PdfEntries.Single(e => e.File == file);
        var content = await File.ReadAllBytesAsync(TestData.RequireShared("testfiles", file));

        if (ExpectedFailure(entry) is { } reason)
        {
            var failure = await Assert.ThrowsAsync<ExtractionFailedException>(() => ExtractWithinLimit(content));
            Assert.Equal(reason, failure.Reason);
            Assert.False(string.IsNullOrWhiteSpace(failure.Message));
            return;
        }

        var result = await ExtractWithinLimit(content);
        Assert.NotEmpty(result.Pages);
        Assert.All(result.Pages, AssertClean);

        if (TextlessCategories.Contains(entry.Category))
        {
            Assert.False(result.HasText, $"{file} should have no text layer");
            Assert.All(result.Pages, page => Assert.Equal(string.Empty, page));
            return;
        }

        Assert.True(result.HasText, $"{file} should have text");
        var text = Flatten(result.Pages);
        if (ArabicFiles.Contains(file))
        {
            Assert.True(text.Count(c => c is >= '\u0600' and <= '\u06FF') >= 10, text);
            return;
        }

        foreach (var phrase in ExpectedPhrases(entry))
        {
            Assert.True(TestFilesManifest.Contains(text, phrase), $"{file} lacks '{phrase}': {text}");
        }
    }

    [SharedFact]
    public async Task Extract_TwoColumnAcmPaper_SeparatesWordsAndJoinsHyphenatedWords()
    {
        var result = await ExtractShared("tracemonkey.pdf");

        Assert.Equal(14, result.Pages.Count);
        var firstPage = result.Pages[0];
        Assert.Contains("Trace-based Just-in-Time Type Specialization for Dynamic", firstPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Trace-basedJust", firstPage, StringComparison.Ordinal);

        // "com-\npile" and "discov-\nered" are split at line ends in the abstract.
        Assert.Contains("more difficult to compile", firstPage, StringComparison.Ordinal);
        Assert.Contains("lazily discovered", firstPage, StringComparison.Ordinal);
        Assert.Contains("traditional compilers need to emit generic code", Flatten([firstPage]), StringComparison.Ordinal);
    }

    [SharedFact]
    public async Task Extract_TikaTestPdf_KeepsParagraphBoundariesAndTitle()
    {
        var result = await ExtractShared("testPDF.pdf");

        var page = Assert.Single(result.Pages);
        Assert.DoesNotContain("ToolkitApache", page, StringComparison.Ordinal);
        Assert.DoesNotContain("libraries.Apache", page, StringComparison.Ordinal);
        Assert.Contains("Tika - Content Analysis Toolkit\n", page, StringComparison.Ordinal);
        Assert.Equal("Apache Tika - Apache Tika", result.EmbeddedTitle);
    }

    [SharedFact]
    public async Task Extract_SoftHyphensInsideWords_RemovesThemWithoutSpaces()
    {
        var result = await ExtractShared("issue13226.pdf");

        Assert.Equal(
            "Mitarbeiterinnen und Mitarbeiter arbeiten in über 100 Ländern engagiert im Dienste",
            Assert.Single(result.Pages));
    }

    [SharedFact]
    public async Task Extract_JustifiedColumnsWithHyphenation_JoinsSplitWords()
    {
        var result = await ExtractShared("Random 2 Columns Lists Hyph - Justified.pdf");

        var page = Assert.Single(result.Pages);
        Assert.Contains("neque aliquam, pulvinar neque in, vulputate elit. Pellentesque ut erat", page.Replace('\n', ' '), StringComparison.Ordinal);
        Assert.DoesNotContain("ali-\nquam", page, StringComparison.Ordinal);
    }

    [SharedFact]
    public async Task Extract_RotatedPage_KeepsLinesWhole()
    {
        var result = await ExtractShared("testPDF_rotated.pdf");

        var page = Assert.Single(result.Pages);
        Assert.Contains("Tika - Content Analysis Toolkit\n", page, StringComparison.Ordinal);
        Assert.Contains("until a further review indicates that the infrastructure", page, StringComparison.Ordinal);
    }

    [SharedFact]
    public async Task Extract_SuperscriptByTextRise_StaysOnItsLine()
    {
        var result = await ExtractShared("text_rise_eol_bug.pdf");

        Assert.Equal("E = mc2 is the mass-energy equivalence.", Assert.Single(result.Pages));
    }

    [SharedFact]
    public async Task Extract_UnmappedTexLigatures_WritesThemOut()
    {
        var result = await ExtractShared("MOZILLA-10372-2.pdf");

        Assert.Equal(326, result.Pages.Count);
        var text = Flatten(result.Pages);
        Assert.Contains(" different ", text, StringComparison.Ordinal);
        Assert.Contains(" conflict", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" di erent ", text, StringComparison.Ordinal);
    }

    [SharedFact]
    public async Task Extract_ScannedDocument_ReturnsEveryPageEmpty()
    {
        var result = await ExtractShared("xref-with-no-whitespace.pdf");

        Assert.Equal(3, result.Pages.Count);
        Assert.All(result.Pages, page => Assert.Equal(string.Empty, page));
        Assert.False(result.HasText);
    }

    [SharedFact]
    public async Task Extract_PageWhoseFontFails_KeepsTheReadableText()
    {
        // The page's CJK font makes the parser throw; the retry without it still yields the Latin line.
        var result = await ExtractShared("90ms_rksj_h_sample.pdf");

        Assert.Equal("Hello ASCII", Assert.Single(result.Pages).Trim());
    }

    [SharedFact]
    public async Task Extract_OwnerPasswordOnly_OpensWithoutPassword()
    {
        var result = await ExtractShared("testPDF_protected.pdf");

        Assert.Equal(41, result.Pages.Count);
        Assert.Contains("RETHINKING THE FINANCIAL NETWORK", result.Pages[0], StringComparison.Ordinal);
    }

    [SharedTheory]
    [InlineData("r4-aes-user-password.pdf")]
    [InlineData("encrypted-password-is-password.pdf")]
    public async Task Extract_UserPassword_FailsAsEncryptedSayingPasswordIsRequired(string file)
    {
        var content = await File.ReadAllBytesAsync(TestData.RequireShared("testfiles", "pdf", file));

        var failure = await Assert.ThrowsAsync<ExtractionFailedException>(() => ExtractWithinLimit(content));

        Assert.Equal(FailureReason.Encrypted, failure.Reason);
        Assert.Contains("password", failure.Message, StringComparison.OrdinalIgnoreCase);
    }

    [SharedTheory]
    [InlineData("GHOSTSCRIPT-691770-0.pdf", "decompression")]
    [InlineData("StackOverflow_Issue_1122.pdf", "circle")]
    [InlineData("stackoverflow_error.pdf", "nested")]
    [InlineData("bug1020226.pdf", "broken")]
    public async Task Extract_HostileFile_FailsAsCorruptWithSummary(string file, string summary)
    {
        var content = await File.ReadAllBytesAsync(TestData.RequireShared("testfiles", "pdf", file));

        var failure = await Assert.ThrowsAsync<ExtractionFailedException>(() => ExtractWithinLimit(content));

        Assert.Equal(FailureReason.Corrupt, failure.Reason);
        Assert.Contains(summary, failure.Message, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(failure.InnerException);
    }

    [SharedFact]
    public async Task Extract_CancelledToken_Throws()
    {
        var content = await File.ReadAllBytesAsync(TestData.RequireShared("testfiles", "pdf", "tracemonkey.pdf"));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        Assert.ThrowsAny<OperationCanceledException>(() => _extractor.Extract(content, cancellation.Token));
    }

    [Fact]
    public void Extract_ZeroBytes_FailsAsEmpty()
    {
        var failure = Assert.Throws<ExtractionFailedException>(() => _extractor.Extract([], CancellationToken.None));

        Assert.Equal(FailureReason.Empty, failure.Reason);
    }

    [Fact]
    public void Extract_TextWithoutPdfHeader_FailsAsUnsupportedFormat()
    {
        var content = Encoding.UTF8.GetBytes("Dagsorden for byrådets møde\nDette er ikke en PDF.\n");

        var failure = Assert.Throws<ExtractionFailedException>(() => _extractor.Extract(content, CancellationToken.None));

        Assert.Equal(FailureReason.UnsupportedFormat, failure.Reason);
    }

    [Fact]
    public void Extract_TruncatedHeaderOnly_FailsAsCorrupt()
    {
        var content = Encoding.ASCII.GetBytes("%PDF-1.7\n%garbage that never becomes a document\n");

        var failure = Assert.Throws<ExtractionFailedException>(() => _extractor.Extract(content, CancellationToken.None));

        Assert.Equal(FailureReason.Corrupt, failure.Reason);
    }

    [Fact]
    public void Format_IsPdf()
    {
        Assert.Equal(FileFormat.Pdf, _extractor.Format);
    }

    private static FailureReason? ExpectedFailure(ManifestEntry entry)
    {
        if (RecoveredFiles.ContainsKey(entry.File))
        {
            return null;
        }

        if (UnreadableFiles.TryGetValue(entry.File, out var unreadable))
        {
            return unreadable;
        }

        return FailingCategories.TryGetValue(entry.Category, out var reason) ? reason : null;
    }

    private static IEnumerable<string> ExpectedPhrases(ManifestEntry entry)
    {
        if (RecoveredFiles.TryGetValue(entry.File, out var recovered))
        {
            return recovered;
        }

        if (Phrases.TryGetValue(entry.File, out var phrases))
        {
            return phrases;
        }

        var quoted = QuotedPhrase().Matches(entry.Expected).Select(match => match.Groups[1].Value).ToList();
        Assert.True(quoted.Count > 0, $"{entry.File}: no quoted phrase in the manifest; add it to the phrase table");
        return quoted;
    }

    private async Task<ExtractedText> ExtractShared(string file)
    {
        var content = await File.ReadAllBytesAsync(TestData.RequireShared("testfiles", "pdf", file));
        return await ExtractWithinLimit(content);
    }

    private async Task<ExtractedText> ExtractWithinLimit(byte[] content)
    {
        using var cancellation = new CancellationTokenSource(TimeLimit);
        var extraction = Task.Run(() => _extractor.Extract(content, cancellation.Token), CancellationToken.None);
        try
        {
            return await extraction.WaitAsync(TimeLimit + TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Extraction took longer than {TimeLimit.TotalSeconds:0} s.");
            throw;
        }
    }

    private static void AssertClean(string page)
    {
        Assert.DoesNotContain(page, c => char.IsControl(c) && c is not '\n' and not '\t');
        Assert.DoesNotContain("\u00AD", page, StringComparison.Ordinal);
        Assert.Equal(page.Normalize(NormalizationForm.FormKC), page);
    }

    // Pages joined and whitespace collapsed to single spaces, as the manifest's phrases are written.
    private static string Flatten(IEnumerable<string> pages) => TestFilesManifest.Comparable(string.Join(" ", pages));

    private static IEnumerable<ManifestEntry> PdfEntries =>
        TestFilesManifest.Entries.Where(entry => entry.File.StartsWith("pdf/", StringComparison.Ordinal));

    [GeneratedRegex(@"'([^']+)'")]
    private static partial Regex QuotedPhrase();

}
