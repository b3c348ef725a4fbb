using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using PdfPoint = UglyToad.PdfPig.Core.PdfPoint;

namespace Archive.Ingestion.Tests.Indexing;

/// <summary>
/// A phrase split across a PDF's line end after a name's hyphen ("Housing First-" / "indsatsen") is found by a phrase
/// search through a real index, on its page.
/// </summary>
public sealed class HyphenatedPdfSearchTests
{
    [Fact]
    public async Task Search_PhraseBeforeHyphenAtLineEnd_FindsThePdfOnItsPage()
    {
        using var temp = new TempDirectory();
        var inbox = Directory.CreateDirectory(temp.Combine("inbox")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(inbox, "udsatteraad-2024.pdf"), TwoPagePdf(
            ["Udsatteraadets hoeringssvar", "Raadet bakker op om budgettet for herbergerne."],
            ["Raadet anbefaler, at kommunen udvider Housing First-", "indsatsen, saa flere hjemloese faar egen bolig, og at FN-", "konventionen om handicappedes rettigheder foelges."]));

        await TestIngestion.IngestOnceAsync(inbox, temp.Combine("index"));

        var hit = Assert.Single(CommittedIndex.Search(temp.Combine("index"), "\"Housing First\""));
        Assert.Equal("udsatteraad-2024.pdf", hit.FileName);
        Assert.Contains("Housing First-indsatsen", hit.Pages[1], StringComparison.Ordinal);
        Assert.Contains("FN-konventionen", hit.Pages[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Housing", hit.Pages[0], StringComparison.Ordinal);
    }

    /// <summary>A PDF of two pages, each with its lines set one below the other in Helvetica (whose standard encoding has no æ, ø, å).</summary>
    private static byte[] TwoPagePdf(string[] firstPage, string[] secondPage)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in new[] { firstPage, secondPage })
        {
            var page = builder.AddPage(595, 842);
            for (var index = 0; index < lines.Length; index++)
            {
                page.AddText(lines[index], 11, new PdfPoint(60, 760 - (index * 16)), font);
            }
        }

        return builder.Build();
    }
}
