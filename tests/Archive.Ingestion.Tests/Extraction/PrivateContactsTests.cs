using System.Text;
using Archive.Ingestion.Extraction;

namespace Archive.Ingestion.Tests.Extraction;

/// <summary>Citizens' own e-mail addresses and phone numbers are masked visibly; a council's are not.</summary>
public sealed class PrivateContactsTests
{
    [Theory]
    [InlineData("Skriv til jens.hansen@gmail.com i dag", "Skriv til [e-mail skjult] i dag")]
    [InlineData("Kontakt: Mette_K@Hotmail.dk.", "Kontakt: [e-mail skjult].")]
    [InlineData("Ring på tlf. 22 33 44 55", "Ring på tlf. [telefon skjult]")]
    [InlineData("Mobil: 22334455", "Mobil: [telefon skjult]")]
    [InlineData("+45 22334455", "+45 [telefon skjult]")]
    [InlineData("Hans nummer er 22 33 44 55.", "Hans nummer er [telefon skjult].")]
    public void MaskIn_PrivateContacts_AreMaskedVisibly(string text, string expected)
    {
        Assert.Equal(expected, PrivateContacts.MaskIn(text));
    }

    [Theory]
    [InlineData("Skriv til udsatteraadet@kk.dk eller sekretariat@holbaek.dk")]
    [InlineData("Sagsnr. 2012-6834 og 18/924, beløb 22334455 kr.")]
    [InlineData("Mødet 12-01-2012 kl. 16:00")]
    public void MaskIn_PublicAddressesAndOtherNumbers_AreLeftAlone(string text)
    {
        Assert.Equal(text, PrivateContacts.MaskIn(text));
    }

    [Fact]
    public async Task Extraction_MasksThem_UnlessTurnedOff()
    {
        var text = Encoding.UTF8.GetBytes("Henvendelse fra jens@gmail.com, tlf. 22334455.");
        var masking = new TextExtraction([new PlainTextExtractor()], ExtractionLimits.Default);
        var notMasking = new TextExtraction([new PlainTextExtractor()], ExtractionLimits.Default with { MaskPrivateContacts = false });

        var masked = await masking.ExtractAsync(text, "brev.txt", CancellationToken.None);
        var plain = await notMasking.ExtractAsync(text, "brev.txt", CancellationToken.None);

        Assert.Equal("Henvendelse fra [e-mail skjult], tlf. [telefon skjult].", Assert.Single(masked.Text!.Pages));
        Assert.Equal("Henvendelse fra jens@gmail.com, tlf. 22334455.", Assert.Single(plain.Text!.Pages));
    }
}
