using Archive.Indexer.Metadata.Councils;

namespace Archive.Indexer.Tests.Metadata;

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
}
