using Archive.Ingestion.Metadata.Municipalities;

namespace Archive.Ingestion.Tests.Metadata;

public sealed class MunicipalityFinderTests
{
    private static readonly MunicipalityFinder Finder = MunicipalityFinder.Default;

    [Fact]
    public void Find_Signature_NamesTheAuthorAmongOthers()
    {
        var text = "Høringssvar om herberger\nOdense Kommune og Aarhus Kommune har gode erfaringer, og Aalborg Kommune også.\n\n"
            + "Med venlig hilsen\n\nPå vegne af Udsatterådet i Københavns Kommune\nBent Jensen, formand";

        var found = Finder.Find(text);

        Assert.Equal("Københavns Kommune", found!.Value);
        Assert.Equal("text:signature", found.Source);
    }

    [Fact]
    public void Find_CouncilWithItsPlace_IsTheAuthorsMunicipality()
    {
        var found = Finder.Find("Udsatterådets høringssvar\n\nUdsatterådet i Holbæk har følgende bemærkninger. Vi ser til Roskilde Kommune og Roskilde Kommune.");

        Assert.Equal("Holbæk Kommune", found!.Value);
        Assert.Equal("text:author-body", found.Source);
    }

    [Fact]
    public void Find_ToLineInTheLetterhead_NamesTheMunicipality()
    {
        var found = Finder.Find("Til: Handicap og Psykiatriudvalget i Slagelse Kommune\n\n12. oktober 2017\n\nHenvendelse vedr. Backstage");

        Assert.Equal("Slagelse Kommune", found!.Value);
    }

    [Fact]
    public void Find_OnePassingBareMention_IsNoAuthor()
    {
        Assert.Null(Finder.Find("Rådet for Socialt Udsatte holdt dialogmøde i Odense med de lokale udsatteråd."));
    }

    [Fact]
    public void Find_RepeatedFullName_IsTheAuthor()
    {
        var found = Finder.Find("Ældrepolitik\n\nHer beskrives hvordan ældre i Hørsholm Kommune skal have et godt liv. Hørsholm Kommune vil …");

        Assert.Equal("Hørsholm Kommune", found!.Value);
    }
}
