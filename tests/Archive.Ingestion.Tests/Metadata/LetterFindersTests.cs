using Archive.Ingestion.Metadata.Letters;

namespace Archive.Ingestion.Tests.Metadata;

public sealed class LetterFindersTests
{
    [Theory]
    [InlineData("Sagsnr. 2012-6834", "2012-6834")]
    [InlineData("Sagsnr.: 18/924", "18/924")]
    [InlineData("Acadre sagsnr.: 07/3026", "07/3026")]
    [InlineData("Sagsnr.\n2012-6834\n\nDokumentnr.\n2012-35506", "2012-6834")]
    [InlineData("Sagsbehandler\nLene\nSagsnr.\n2020 - 2853\nDoknr.", "2020-2853")]
    [InlineData("Sagsnr.: 00.30.00-G01-1-20 Sagsbehandler: Mariane", "00.30.00-G01-1-20")]
    [InlineData("J.nr. 29.00.00-A26-1-14", "29.00.00-A26-1-14")]
    public void CaseNumber_DanishCaseLines_AreRead(string text, string caseNumber)
    {
        var found = CaseNumberFinder.Find(text);

        Assert.Equal(caseNumber, found!.Value);
        Assert.Equal("text:case-number", found.Source);
    }

    [Fact]
    public void CaseNumber_NoCaseLine_IsNull()
    {
        Assert.Null(CaseNumberFinder.Find("Budget 2019-2022 og 18/924 borgere"));
    }

    [Fact]
    public void Find_ToLineAndContactPerson_GiveRecipientAndSignatory()
    {
        var header = LetterHeaderFinder.Find("Til: Handicap og Psykiatriudvalget i Slagelse Kommune\n\n12. oktober 2017\n\nHenvendelse\n\nMed venlig hilsen\n\nBent Jensen\nFormand");

        Assert.Equal("Handicap og Psykiatriudvalget i Slagelse Kommune", header.Recipient!.Value);
        Assert.Equal("Bent Jensen", header.Signatory!.Value);
    }

    [Fact]
    public void Find_NameWithRole_IsTheSignatory()
    {
        var header = LetterHeaderFinder.Find("Vi ser frem til et svar.\n\nBent Jensen, Formand\nUdsatterådet");

        Assert.Equal("Bent Jensen", header.Signatory!.Value);
        Assert.Null(header.Recipient);
    }

    [Fact]
    public void Find_OnBehalfOfACouncil_SignatoryIsThePersonBelow()
    {
        var header = LetterHeaderFinder.Find("Bemærkninger.\n\nPå vegne af Udsatterådet i Københavns Kommune\n\nAnne-Marie K. Holm\nformand");

        Assert.Equal("Anne-Marie K. Holm", header.Signatory!.Value);
    }

    [Fact]
    public void Find_SentenceAfterGreeting_IsNoSignatory()
    {
        Assert.Null(LetterHeaderFinder.Find("Med venlig hilsen\nvi håber at høre fra jer snarest muligt og tak for samarbejdet.").Signatory);
    }
}
