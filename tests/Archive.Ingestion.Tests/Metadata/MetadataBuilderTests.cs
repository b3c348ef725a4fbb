using Archive.Ingestion.Extraction;
using Archive.Ingestion.Metadata;
using Archive.Lucene;

namespace Archive.Ingestion.Tests.Metadata;

public sealed class MetadataBuilderTests
{
    [Fact]
    public void Build_LetterWithAddressAndDateLines_TakesTheHeadline()
    {
        var text = new ExtractedText(["Til: Handicap og Psykiatriudvalget\n12. oktober 2017\nHenvendelse vedr. Backstage\nBrødtekst."]);

        var metadata = TestMetadata.Builder.Build(text, "x.docx", sidecar: null);

        Assert.Equal("Henvendelse vedr. Backstage", metadata.Title);
        Assert.Equal("text:first-line", metadata.Provenance[MetadataFields.Title.Name]);
    }

    [Theory]
    [InlineData(10, true)] // the case number on the 11th page, within the first 30,000 characters of the text
    [InlineData(40, false)] // past them: the rules read the head of a long text only
    public void Build_ManyPages_RulesReadTheHeadOfThePagesJoined(int pagesBefore, bool found)
    {
        var filler = string.Join(' ', Enumerable.Repeat("Udvalget drøftede sagen.", 40));
        var pages = Enumerable.Repeat(filler, pagesBefore).Append("Sagsnr.: 27.12.00-A00-1-19").ToList();

        var metadata = TestMetadata.Builder.Build(new ExtractedText(pages), "x.pdf", sidecar: null);

        Assert.Equal(found ? "27.12.00-A00-1-19" : null, metadata.CaseNumber);
    }

    [Fact]
    public void Build_WebPageWithNavigationAndQuote_TakesTheHeadline()
    {
        var text = new ExtractedText(["Gå direkte til indhold\n• Jeg vil gerne have et almindeligt liv\nKommunernes budgetter for udsatteområdet\n17. jun. 2014"]);

        Assert.Equal("Kommunernes budgetter for udsatteområdet", TestMetadata.Builder.Build(text, "x.pdf", sidecar: null).Title);
    }

    [Fact]
    public void Build_EmbeddedTitle_WinsOverText()
    {
        var metadata = TestMetadata.Builder.Build(new ExtractedText(["Overskrift"], "Politiske pejlemærker"), "x.pdf", sidecar: null);

        Assert.Equal("Politiske pejlemærker", metadata.Title);
        Assert.Equal("file-properties", metadata.Provenance[MetadataFields.Title.Name]);
    }

    [Fact]
    public void Build_Sidecar_OverridesFieldByField()
    {
        var sidecar = Sidecar.Parse("""{ "title": "Rettet titel", "municipality": "Slagelse Kommune" }"""u8);

        var metadata = TestMetadata.Builder.Build(new ExtractedText(["Overskrift fra teksten"]), "x.txt", sidecar);

        Assert.Equal("Rettet titel", metadata.Title);
        Assert.Equal("Slagelse Kommune", metadata.Municipality);
        Assert.Equal("sidecar", metadata.Provenance[MetadataFields.Title.Name]);
    }

    [Fact]
    public void Build_NoHeadline_FallsBackToFileName()
    {
        var metadata = TestMetadata.Builder.Build(new ExtractedText(["12-01-2012"]), "notat-2012.txt", sidecar: null);

        Assert.Equal("notat-2012", metadata.Title);
    }

    [Fact]
    public void Build_DanishStatement_FillsTheDocumentModelWithProvenance()
    {
        var text = new ExtractedText([
            "Til: Socialudvalget, Holbæk Kommune\n\n15.09.2023\n\nUdsatterådets høringssvar til budget 2024\n\nSagsnr.: 23/1234\n\n"
            + "Udsatterådet er bekymret for besparelser på herberger og forsorgshjem. Budgettet rammer hjemløse, og færre boliger "
            + "til hjemløse betyder flere på gaden. Hjemløshed koster mere end boliger.\n\n"
            + "Med venlig hilsen\n\nPå vegne af Udsatterådet i Holbæk Kommune\nBent Jensen, formand",
        ]);

        var metadata = TestMetadata.Builder.Build(text, "svar.txt", sidecar: null);

        Assert.Equal("Holbæk Kommune", metadata.Municipality);
        Assert.Equal("text:signature", metadata.Provenance[MetadataFields.Municipality.Name]);
        Assert.Equal("Udsatterådet", metadata.Council);
        Assert.Equal("text:signature", metadata.Provenance[MetadataFields.Council.Name]);
        Assert.Equal(new DocumentDate(new DateOnly(2023, 9, 15), DatePrecision.Day), metadata.Date);
        Assert.Equal("Høringssvar", metadata.Type);
        Assert.Contains("Hjemløshed og bolig", metadata.Topics);
        Assert.Equal("23/1234", metadata.CaseNumber);
        Assert.Equal("Socialudvalget, Holbæk Kommune", metadata.Recipient);
        Assert.Equal("Bent Jensen", metadata.Signatory);
        Assert.All(metadata.Provenance.Values, source => Assert.False(string.IsNullOrEmpty(source)));
    }

    [Fact]
    public void Build_SourceUrlOfAMunicipality_OverridesTheTextAndSaysSo()
    {
        var sidecar = Sidecar.Parse("""{ "sourceUrl": "https://dagsordner.holbaek.dk/vis/pdf/bilag" }"""u8);

        var metadata = TestMetadata.Builder.Build(new ExtractedText(["Notat\nRoskilde Kommune og Roskilde Kommune sammenlignes."]), "x.txt", sidecar);

        Assert.Equal("Holbæk Kommune", metadata.Municipality);
        Assert.Equal("url:host", metadata.Provenance[MetadataFields.Municipality.Name]);
        Assert.Equal("sidecar", metadata.Provenance[MetadataFields.SourceUrl.Name]);
    }

    [Fact]
    public void Build_NationalBody_HasNoMunicipality()
    {
        var text = new ExtractedText(["Notat fra Rådet for Socialt Udsatte\nKommunernes budgetter\n17. jun. 2014\nRådet har set på budgetterne.\nTal fra 2013.\nOversigt.\n"
            + "Københavns Kommune og Odense Kommune og Københavns Kommune bruger mest på udsatte."]);

        var metadata = TestMetadata.Builder.Build(text, "x.txt", sidecar: null);

        Assert.Equal("Rådet for Socialt Udsatte", metadata.Council);
        Assert.Null(metadata.Municipality);
        Assert.False(metadata.Provenance.ContainsKey(MetadataFields.Municipality.Name));
    }

    [Fact]
    public void Build_NewsItem_HasNoCouncil()
    {
        var sidecar = Sidecar.Parse("""{ "sourceUrl": "https://www.fyens.dk/odense/Varmestue/artikel/3305559" }"""u8);

        var metadata = TestMetadata.Builder.Build(new ExtractedText(["Varmestue åbner igen\nUdsatterådet og Socialudvalget og Udsatterådet er glade."]), "x.txt", sidecar);

        Assert.Equal("Nyhed", metadata.Type);
        Assert.Null(metadata.Council);
    }
}
