using Archive.Ingestion.Metadata.Dates;
using Archive.Lucene;

namespace Archive.Ingestion.Tests.Metadata;

public sealed class DocumentDateFinderTests
{
    [Fact]
    public void Find_DateLine_WinsOverMentionedDates()
    {
        var found = DocumentDateFinder.Find("Høringsnotat\nSagsnr.\n2020 - 2853\nDato\n07-10-2020\nI perioden fra den 29. maj til den 29. juni 2020.", null);

        Assert.Equal("2020-10-07", found!.Value.IsoDate);
        Assert.Equal("text:date-line", found.Source);
    }

    [Fact]
    public void Find_AgendaHeader_TakesTheMeetingDate()
    {
        var found = DocumentDateFinder.Find("Udvalg: Handicaprådet\nMødedato: 3. september 2020\nHøringssvar sendes senest den 16. september 2020.", null);

        Assert.Equal("2020-09-03", found!.Value.IsoDate);
    }

    [Fact]
    public void Find_DateAloneUnderTheHeadline_IsTheLetterDate()
    {
        var found = DocumentDateFinder.Find("Udsatterådets høringssvar til budget 2024\n\n15.09.2023\n\nAf Stine, Udsatterådet", null);

        Assert.Equal(new DocumentDate(new DateOnly(2023, 9, 15), DatePrecision.Day), found!.Value);
        Assert.Equal("text:letter-date", found.Source);
    }

    [Fact]
    public void Find_MeetingLine_ReadsWeekdayAndTime()
    {
        var found = DocumentDateFinder.Find("Dagsorden\n\nMøde i Udsatterådet mandag den 4. marts 2024 kl. 16.00\n\nPunkt 1", null);

        Assert.Equal("2024-03-04", found!.Value.IsoDate);
    }

    [Fact]
    public void Find_NoDateInText_TakesTheDateInTheAddress()
    {
        var found = DocumentDateFinder.Find(
            "Nr.25 - Høring vedrørende Budget 2019-2022\n\nSagsnr.: 18/924",
            "https://www.fredensborg.dk/politik/dagsordener-og-referater/handicapraadet-(18-21)/2018/maj/31--maj-2018--referat/25");

        Assert.Equal("2018-05-31", found!.Value.IsoDate);
        Assert.Equal("url:path", found.Source);
    }

    [Fact]
    public void Find_OnlyBudgetYearsAndCaseNumbers_FindsNothing()
    {
        Assert.Null(DocumentDateFinder.Find("Budget 2019-2022\nSagsnr. 2012-6834\nSagsnr.: 18/924\nTlf. 40 88 76 12", null));
    }

    [Fact]
    public void Find_DeadlineInTheHeader_IsNotTheDocumentsDate()
    {
        Assert.Null(DocumentDateFinder.Find("Kommunen har en ny politik, der er åben for høringssvar indtil 15. november 2023.", null));
    }

    [Fact]
    public void Find_TitlePageWithAYear_HasYearPrecision()
    {
        var found = DocumentDateFinder.Find("\nUdvalget for Specialiserede Borgerindsatser\n\nPolitiske pejlemærker\n\n2019\n\nMed visionen som drivkraft", null);

        Assert.Equal(new DocumentDate(new DateOnly(2019, 1, 1), DatePrecision.Year), found!.Value);
    }

    [Theory]
    [InlineData("https://www.odense.dk/temp/SBSYS/Dagsordener/Beskaeftigelses-_og_S(2016)/08-11-2016/Dagsorden(ID74)/dagsorden.html", "2016-11-08")]
    [InlineData("https://www.aarhus.dk/dagsordner-og-referater/Magistraten/Referat/2019-03-25/?agendaId=387342", "2019-03-25")]
    [InlineData("https://dragoer-nyt.dk/2025/02/21/handleplan-faerre-unge/", "2025-02-21")]
    [InlineData("https://seniorraad.horsholm.dk/referat-fra-moede-den-10-juni-2021", "2021-06-10")]
    public void FromUrl_DatedAddresses_AreRead(string url, string iso)
    {
        Assert.Equal(iso, DocumentDateFinder.FromUrl(url)!.IsoDate);
    }

    [Fact]
    public void FromUrl_CaseNumberInAddress_IsNotADate()
    {
        Assert.Null(DocumentDateFinder.FromUrl("https://docplayer.dk/18753367-forslag-2012-6834.html"));
    }
}
