using System.Text;
using Archive.Ingestion.Extraction;
using Archive.Ingestion.Outcomes;

namespace Archive.Ingestion.Tests.Extraction;

/// <summary>
/// What a document may hold, whatever its file's size: a small Word file whose XML expands to more text than any
/// document has, a huge text file and a page without end are refused or cut, never built whole in memory.
/// </summary>
public sealed class DocumentLimitsTests
{
    private static readonly TextExtraction Extraction = new([new PlainTextExtractor(), new DocxTextExtractor(), new PdfTextExtractor()], ExtractionLimits.Default);

    [Fact]
    public async Task WordFileExpandingBeyondTheLimit_IsTooLarge()
    {
        // One word repeated: the package stays small, its XML and text do not.
        var word = DocxPackageBuilder.Paragraph(string.Concat(Enumerable.Repeat("bolig ", 100_000)));
        var docx = DocxPackageBuilder.WithBody(string.Concat(Enumerable.Repeat(word, 40))).Build();

        var outcome = await Extraction.ExtractAsync(docx, "bombe.docx", CancellationToken.None);

        Assert.True(docx.Length < 5 * 1024 * 1024, $"the package is {docx.Length} bytes");
        Assert.Equal(FailureReason.TooLarge, outcome.FailureReason);
        Assert.Contains("20,000,000 characters", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextFileBeyondTheLimit_IsTooLarge()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Notat om bolig og herberg.\n", 800_000)));

        var outcome = await Extraction.ExtractAsync(text, "stor.txt", CancellationToken.None);

        Assert.Equal(FailureReason.TooLarge, outcome.FailureReason);
    }

    [Fact]
    public async Task TextWithoutPageBreaks_IsCutIntoPagesOfAReadersSize_AtLineEnds()
    {
        var line = "Udsatterådet drøftede herberg, bostøtte og egen bolig til hjemløse borgere.\n";
        var text = string.Concat(Enumerable.Repeat(line, 4_000));

        var outcome = await Extraction.ExtractAsync(Encoding.UTF8.GetBytes(text), "lang.txt", CancellationToken.None);

        var pages = outcome.Text!.Pages;
        Assert.InRange(pages.Count, 3, 5);
        Assert.All(pages, page => Assert.InRange(page.Length, 1, ExtractionLimits.MaxPageCharacters));
        Assert.All(pages, page => Assert.EndsWith("borgere.", page.TrimEnd(), StringComparison.Ordinal));
        Assert.Equal(4_000, pages.Sum(page => page.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length));
    }

    [Fact]
    public void Cut_PageWithoutLineEnds_CutsAtSpacesOrAtTheLimit()
    {
        var pages = PageCutter.Cut(new string('x', (ExtractionLimits.MaxPageCharacters * 2) + 10)).ToList();

        Assert.Equal([ExtractionLimits.MaxPageCharacters, ExtractionLimits.MaxPageCharacters, 10], pages.Select(page => page.Length));
    }
}
