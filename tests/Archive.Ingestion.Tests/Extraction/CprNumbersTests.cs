using System.Text;
using Archive.Ingestion.Extraction;

namespace Archive.Ingestion.Tests.Extraction;

/// <summary>CPR numbers never reach the index: masked in the text as it is read.</summary>
public sealed class CprNumbersTests
{
    [Theory]
    [InlineData("Borgerens CPR er 120456-1234.", "Borgerens CPR er [CPR skjult].")]
    [InlineData("cpr-nr.: 3101891234 og mere", "cpr-nr.: [CPR skjult] og mere")]
    [InlineData("Født 290200-4321 i Odense", "Født [CPR skjult] i Odense")]
    [InlineData("010190 1234", "[CPR skjult]")]
    public void MaskIn_CprNumbers_AreMasked(string text, string expected)
    {
        Assert.Equal(expected, CprNumbers.MaskIn(text));
    }

    [Theory]
    [InlineData("Ring på 4512345678 i dag.")]
    [InlineData("Sagsnr. 2012-6834 og 18/924")]
    [InlineData("Datoen 320456-1234 findes ikke")]
    [InlineData("Beløbet 1234567-89012")]
    [InlineData("kl. 16:00, 12-01-2012")]
    public void MaskIn_OtherNumbers_AreLeftAlone(string text)
    {
        Assert.Equal(text, CprNumbers.MaskIn(text));
    }

    [Fact]
    public async Task Extraction_MasksCprNumbersBeforeAnythingSeesThem()
    {
        var extraction = new TextExtraction([new PlainTextExtractor()], ExtractionLimits.Default);

        var outcome = await extraction.ExtractAsync(Encoding.UTF8.GetBytes("Henvendelse fra borger, CPR 120456-1234.\fSide to: 010190-4321."), "brev.txt", CancellationToken.None);

        Assert.Equal(["Henvendelse fra borger, CPR [CPR skjult].", "Side to: [CPR skjult]."], outcome.Text!.Pages);
    }
}
