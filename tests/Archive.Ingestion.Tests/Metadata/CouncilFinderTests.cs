using Archive.Ingestion.Metadata.Councils;

namespace Archive.Ingestion.Tests.Metadata;

public sealed class CouncilFinderTests
{
    [Theory]
    [InlineData("Udsatteråd", "Udsatterådet")]
    [InlineData("Udsatterådets", "Udsatterådet")]
    [InlineData("Udsatterådet i Københavns Kommune", "Udsatterådet")]
    [InlineData("Handicaprådet (18-21)", "Handicaprådet")]
    [InlineData("handicapråd", "Handicaprådet")]
    [InlineData("Ældrerådet", "Ældrerådet")]
    [InlineData("Integrationsråd", "Integrationsrådet")]
    [InlineData("Socialudvalg", "Socialudvalget")]
    [InlineData("Beskæftigelses- og Integrationsudvalget", "Beskæftigelses- og Integrationsudvalget")]
    [InlineData("Senior- Social- og Sundhedsudvalget", "Senior-, Social- og Sundhedsudvalget")]
    [InlineData("Udvalget for Specialiserede Borgerindsatser", "Udvalget for Specialiserede Borgerindsatser")]
    [InlineData("Byråd", "Byrådet")]
    [InlineData("Kommunalbestyrelsens", "Kommunalbestyrelsen")]
    [InlineData("Socialforvaltning", "Socialforvaltningen")]
    [InlineData("Rådet for socialt udsatte", "Rådet for Socialt Udsatte")]
    [InlineData("Kommunernes Landsforening", "KL")]
    [InlineData("Det lokale Beskæftigelsesråd", "Det Lokale Beskæftigelsesråd")]
    [InlineData("Svendborg Lokale Beskæftigelsesråd's", "Det Lokale Beskæftigelsesråd")]
    [InlineData("kommunalbestyrelsen", "Kommunalbestyrelsen")]
    public void Canonical_WrittenForms_GiveTheBodysOwnSpelling(string written, string canonical)
    {
        Assert.Equal(canonical, CouncilNames.Canonical(written));
    }

    [Theory]
    [InlineData("Kommunen")]
    [InlineData("Socialområdet")]
    [InlineData("")]
    public void Canonical_NoBody_IsNull(string written)
    {
        Assert.Null(CouncilNames.Canonical(written));
    }

    [Theory]
    [InlineData("Rådet for Socialt Udsatte", true)]
    [InlineData("KL", true)]
    [InlineData("Socialstyrelsen", true)]
    [InlineData("Social- og Boligministeriet", true)]
    [InlineData("Udsatterådet", false)]
    [InlineData("Kommunalbestyrelsen", false)]
    public void IsNational_NationalBodies_HaveNoMunicipality(string council, bool national)
    {
        Assert.Equal(national, CouncilNames.IsNational(council));
    }

    [Fact]
    public void Find_CommitteeLine_IsTheMeetingsBody()
    {
        var found = CouncilFinder.Find("Udvalg: Handicaprådet\nMødedato: 3. september 2020\nByrådets 2. behandling af budgettet.");

        Assert.Equal("Handicaprådet", found!.Value);
        Assert.Equal("text:committee-line", found.Source);
    }

    [Fact]
    public void Find_Signature_IsTheAuthor()
    {
        var found = CouncilFinder.Find("Kære Socialudvalg\n\nVi har følgende bemærkninger.\n\nPå vegne af Udsatterådet i Københavns Kommune\nBent Jensen");

        Assert.Equal("Udsatterådet", found!.Value);
        Assert.Equal("text:signature", found.Source);
    }

    [Fact]
    public void Find_HeadlineOfAStatement_NamesTheAuthor()
    {
        var found = CouncilFinder.Find("Udsatterådets høringssvar til budget 2024\n\n15.09.2023\n\nSocialudvalget har sendt budgettet i høring.");

        Assert.Equal("Udsatterådet", found!.Value);
    }

    [Fact]
    public void Find_CommitteeInTheArchiveAddress_IsTheMeetingsBody()
    {
        var found = CouncilFinder.Find(
            "Beslutningstema\nSagen sendes til Byrådet. Senior- Social- og Sundhedsudvalget drøfter plejecentrene.",
            "https://www.svendborg.dk/dagsordener-og-referater/senior-social-og-sundhedsudvalget/03-06-2025-5754");

        Assert.Equal("Senior-, Social- og Sundhedsudvalget", found!.Value);
        Assert.Equal("url:path", found.Source);
    }

    [Fact]
    public void Find_NationalBodyInTheLetterhead_IsTheAuthor()
    {
        var found = CouncilFinder.Find("Notat fra Rådet for Socialt Udsatte\nom kommunernes budgetter");

        Assert.Equal("Rådet for Socialt Udsatte", found!.Value);
    }

    [Fact]
    public void Find_PolicyWithoutAuthor_BelongsToTheBoardThatAdoptedIt()
    {
        var found = CouncilFinder.Find("Kvalitetsstandard: Ledsagelse 2016\nBeskrivelse af det serviceniveau, byrådet ønsker.", isPolicy: true);

        Assert.Equal("Byrådet", found!.Value);
        Assert.Equal("text:adopted-by", found.Source);
    }

    [Fact]
    public void Find_NoBody_IsNull()
    {
        Assert.Null(CouncilFinder.Find("Varmestuen åbner igen om søndagen, skriver avisen."));
    }

    [Theory]
    [InlineData("https://www.udsatte.dk/aktuelt/hoeringssvar/x", "Rådet for Socialt Udsatte")]
    [InlineData("https://www.kl.dk/kommunale-opgaver/x", "KL")]
    [InlineData("https://socialstyrelsen.dk/x", "Socialstyrelsen")]
    public void Find_NationalBodysOwnSite_IsTheAuthor(string url, string body)
    {
        var found = CouncilFinder.Find("Socialudvalget i Københavns Kommune og Socialudvalget har drøftet sagen.", url);

        Assert.Equal(body, found!.Value);
        Assert.Equal("url:host", found.Source);
    }

    [Fact]
    public void Find_BodyWrittenOutInTheAddress_IsTheMeetingsBody()
    {
        var found = CouncilFinder.Find(
            "DAGSORDEN\nfor Ordinært møde torsdag den 9. februar 2006\nSundheds- og Omsorgsudvalgets beslutning i mødet den 24. november 2005",
            "https://kk.dk/dagsordener-og-referater/Borgerrepr%C3%A6sentationen/m%C3%B8de-09022006/dagsorden/punkt-6");

        Assert.Equal("Borgerrepræsentationen", found!.Value);
    }

    [Theory]
    [InlineData("Referat til mødet i Kommunalbestyrelsen den 3. oktober 2022 kl. 19:00\nPkt. 197 Sang inden møderne", "Kommunalbestyrelsen")]
    [InlineData("Vælg Referat Aarhus Byråd 18-12-2019 Beskæftigelsesplan 2020", "Byrådet")]
    [InlineData("Referat - Ældre- og Sundhedsudvalget den 14. marts 2018\nMødefakta", "Ældre- og Sundhedsudvalget")]
    [InlineData("Referat AALBORG BYRÅD Aalborg Byråd Familie- og Socialudvalget Mødet den 3. maj", "Familie- og Socialudvalget")]
    public void Find_MeetingHeading_NamesTheMeetingsBody(string text, string body)
    {
        Assert.Equal(body, CouncilFinder.Find(text)?.Value);
        Assert.Equal("text:meeting-heading", CouncilFinder.Find(text)?.Source);
    }

    [Fact]
    public void Find_QuotedLaw_NamesNoAuthor()
    {
        const string law = "Kvalitetsstandard for AKUcenter\n\nServiceloven § 103.\n\n\u201dKommunalbestyrelsen skal tilbyde beskyttet beskæftigelse.\u201d"
            + " Stk. 2. Kommunalbestyrelsen kan tilbyde forløb. Kommunalbestyrelsen i den enkelte kommune skal formulere en politik."
            + " Kommunalbestyrelsen er ansvarlig for forebyggelsen.";

        Assert.Null(CouncilFinder.Find(law, isPolicy: true));
    }

    [Theory]
    [InlineData("https://www.fredensborg.dk/politik/dagsordener-og-referater/oekonomiudvalget-(18-21)/2018/december/10--december-2018--referat/2", "Økonomiudvalget")]
    [InlineData("https://www.fredensborg.dk/politik/dagsordener-og-referater/social--og-seniorudvalget-(18-21)/2018/oktober/9--oktober-2018--referat/108", "Social- og Seniorudvalget")]
    [InlineData("https://example.dk/dagsordener/senior-social-og-sundhedsudvalget/2020", "Senior-, Social- og Sundhedsudvalget")]
    public void Find_CommitteeSlugInTheAddress_IsTheMeetingsBody(string url, string body)
    {
        var found = CouncilFinder.Find("Nr.291 - Ældrepolitik med høringssvar\nSagsnr.: 18/23326\nBeslutningstema", url);

        Assert.Equal(body, found?.Value);
        Assert.Equal("url:path", found?.Source);
    }

    [Theory]
    [InlineData("https://example.dk/politik/byraad-og-udvalg/referat")]
    [InlineData("https://example.dk/om-seniorraadet")]
    public void Find_AddressFoldersThatNameNoSingleBody_AreNotCouncils(string url)
    {
        Assert.Null(CouncilFinder.Find("Mødet blev holdt i rådhusets mødesal.", url));
    }

    [Fact]
    public void Find_Colophon_NamesThePublisher()
    {
        var found = CouncilFinder.Find("Nationale retningslinjer for social stofmisbrugsbehandling\n\nPublikationen er udgivet af Socialstyrelsen Edisonsvej 1 5000 Odense C");

        Assert.Equal("Socialstyrelsen", found?.Value);
        Assert.Equal("text:publisher", found?.Source);
    }

    [Fact]
    public void Find_AnswerToAParliamentaryQuestion_IsTheMinistrys()
    {
        var found = CouncilFinder.Find("Folketingets Udvalg for Landdistrikter og Øer har d. 8. april 2025 stillet\nfølgende spørgsmål nr. 100 til social- og boligministeren, som\nhermed besvares.");

        Assert.Equal("Social- og Boligministeriet", found?.Value);
    }

    [Fact]
    public void Find_ParliamentaryFilingStamp_IsNotTheAuthor()
    {
        var found = CouncilFinder.Find("Socialudvalget 2024-25\nSOU Alm.del Bilag 446\nOffentligt\nTil Social- og boligministeren\nRÅDET FOR SOCIALT UDSATTES INPUT TIL VÆRDIGHEDSREFORMEN");

        Assert.Equal("Rådet for Socialt Udsatte", found?.Value);
    }

    [Fact]
    public void Find_AgendaItemRecommendedToACommittee_IsThatCommittees()
    {
        var found = CouncilFinder.Find("Dagsordener og referater\nGodkendelse af dagsorden\nSagsnummer: 00.22.04-A01-2-18\nAdministrationen indstiller til udvalget for Forebyggelse, Social og Sundhed\n1. at godkende dagsordenen");

        Assert.Equal("Udvalget for Forebyggelse, Social og Sundhed", found?.Value);
    }

    [Fact]
    public void Find_MirroredDocument_ReadsItsOwnTopAfterTheViewer()
    {
        var found = CouncilFinder.Find("Forebyggelse af alkoholmisbrug Størrelse: px Starte visningen fra side: Download \"Forebyggelse af alkoholmisbrug. Rapport fra et udvalg nedsat af sundhedsministeren\" Transkript 1 Forebyggelse af alkoholmisbrug Rapport fra et udvalg nedsat af sundhedsministeren Sundhedsministeriet Betænkning nr Juni 1989");

        Assert.Equal("Sundhedsministeriet", found?.Value);
    }
}
