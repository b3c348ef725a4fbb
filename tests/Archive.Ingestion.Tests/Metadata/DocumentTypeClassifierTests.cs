using Archive.Ingestion.Metadata.Types;

namespace Archive.Ingestion.Tests.Metadata;

public sealed class DocumentTypeClassifierTests
{
    [Theory]
    [InlineData("Udsatterådets høringssvar til budget 2024\n15.09.2023\nUdsatterådet har følgende bemærkninger.", DocumentTypes.Hearing)]
    [InlineData("Til: Handicap og Psykiatriudvalget\n12. oktober 2017\nHenvendelse vedr. Backstage", DocumentTypes.Approach)]
    [InlineData("Udvalg: Udsatteråd\nMødedato: 9. september 2014\nSagsfremstilling\nHøring af den nye udsattestrategi.", DocumentTypes.Agenda)]
    [InlineData("Udvalg: Handicaprådet\nMødedato: 3. september 2020\nIndstilling\nat budgetforslaget drøftes.\nBeslutning\nDrøftet.", DocumentTypes.Minutes)]
    [InlineData("Referat fra mødet i Ældrerådet\nPunkt 1", DocumentTypes.Minutes)]
    [InlineData("Notat\nPilotprojekt vedrørende udsatte kontanthjælpsmodtagere", DocumentTypes.Memo)]
    [InlineData("Handicappolitik 2019-2022\nKommunens politik for borgere med handicap.", DocumentTypes.Policy)]
    [InlineData("Kvalitetstandarder for plejeområdet", DocumentTypes.Policy)]
    [InlineData("Handicaprådets årsberetning 2023\nRådets arbejde i året.", DocumentTypes.Other)]
    [InlineData("Læserbrev: Udsatteråd er ikke gravlagt", DocumentTypes.News)]
    [InlineData("Om rådet\nRådet mødes fire gange om året.", DocumentTypes.Other)]
    public void Classify_Headlines_GiveTheType(string text, string type)
    {
        Assert.Equal(type, DocumentTypeClassifier.Classify(text, text.Split('\n')[0], null).Value);
    }

    [Fact]
    public void Classify_NewsSite_IsNews()
    {
        var found = DocumentTypeClassifier.Classify("Snart får kommunens udsatte også en stemme", null, "https://www.fyens.dk/kerteminde/Snart/artikel/3317468");

        Assert.Equal(DocumentTypes.News, found.Value);
        Assert.Equal("url:news", found.Source);
    }

    [Fact]
    public void Classify_AgendaWithUnreleasedDecision_IsAnAgenda()
    {
        var text = "Dagsorden\nSagsfremstilling\nSagen behandles.\n    Beslutning ikke frigivet\n";

        Assert.Equal(DocumentTypes.Agenda, DocumentTypeClassifier.Classify(text, "Dagsorden", null).Value);
    }

    [Fact]
    public void Classify_HearingAnnouncement_IsNotAHearingResponse()
    {
        var text = "Budget 2024-2027\nHøringen er afsluttet\nHøring af forslag til budget 2024-2027 for Randers Kommune";

        Assert.NotEqual(DocumentTypes.Hearing, DocumentTypeClassifier.Classify(text, "Budget 2024-2027", null).Value);
    }

    [Fact]
    public void Classify_PolitikSectionOfASite_IsNotAPolicy()
    {
        var found = DocumentTypeClassifier.Classify("Handicaprådet\nHandicaprådet holder 11 møder om året.", "Handicaprådet", "https://gentofte.dk/da/Indflydelse-politik/Raad-og-naevn/Handicapraadet");

        Assert.Equal(DocumentTypes.Other, found.Value);
    }
}
