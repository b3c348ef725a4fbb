using Archive.Indexer.Extraction;
using Archive.Indexer.Metadata;
using Archive.Lucene;

namespace Archive.Indexer.Tests.Metadata;

public sealed class MetadataBuilderTests
{
    [Fact]
    public void Build_LetterWithAddressAndDateLines_TakesTheHeadline()
    {
        var text = new ExtractedText(["Til: Handicap og Psykiatriudvalget\n12. oktober 2017\nHenvendelse vedr. Backstage\nBrødtekst."]);

        var metadata = MetadataBuilder.Build(text, "x.docx", sidecar: null);

        Assert.Equal("Henvendelse vedr. Backstage", metadata.Title);
        Assert.Equal("text:first-line", metadata.Provenance[ArchiveFields.Title]);
    }

    [Fact]
    public void Build_WebPageWithNavigationAndQuote_TakesTheHeadline()
    {
        var text = new ExtractedText(["Gå direkte til indhold\n• Jeg vil gerne have et almindeligt liv\nKommunernes budgetter for udsatteområdet\n17. jun. 2014"]);

        Assert.Equal("Kommunernes budgetter for udsatteområdet", MetadataBuilder.Build(text, "x.pdf", sidecar: null).Title);
    }

    [Fact]
    public void Build_EmbeddedTitle_WinsOverText()
    {
        var metadata = MetadataBuilder.Build(new ExtractedText(["Overskrift"], "Politiske pejlemærker"), "x.pdf", sidecar: null);

        Assert.Equal("Politiske pejlemærker", metadata.Title);
        Assert.Equal("file-properties", metadata.Provenance[ArchiveFields.Title]);
    }

    [Fact]
    public void Build_Sidecar_OverridesFieldByField()
    {
        var sidecar = Sidecar.Parse("""{ "title": "Rettet titel", "municipality": "Slagelse Kommune" }"""u8);

        var metadata = MetadataBuilder.Build(new ExtractedText(["Overskrift fra teksten"]), "x.txt", sidecar);

        Assert.Equal("Rettet titel", metadata.Title);
        Assert.Equal("Slagelse Kommune", metadata.Municipality);
        Assert.Equal("sidecar", metadata.Provenance[ArchiveFields.Title]);
    }

    [Fact]
    public void Build_NoHeadline_FallsBackToFileName()
    {
        var metadata = MetadataBuilder.Build(new ExtractedText(["12-01-2012"]), "notat-2012.txt", sidecar: null);

        Assert.Equal("notat-2012", metadata.Title);
    }
}
